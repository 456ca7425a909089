package org.stillpoint.clinic;

public record RoomView(RoomId id, String name, boolean dimmable, boolean scentFree, boolean soundproofed,
                       boolean heatedTable, boolean hotStoneHeater, boolean active) {

    /** Dimmable, scent-free and quiet: the room a person with migraine needs. */
    public boolean migraineFriendly() {
        return dimmable && scentFree && soundproofed;
    }
}
