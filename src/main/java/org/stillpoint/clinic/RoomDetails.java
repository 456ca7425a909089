package org.stillpoint.clinic;

/** A room and its sensory features, as created and edited. */
public record RoomDetails(String name, boolean dimmable, boolean scentFree, boolean soundproofed, boolean heatedTable,
                          boolean hotStoneHeater, boolean active) {
}
