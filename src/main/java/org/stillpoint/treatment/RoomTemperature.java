package org.stillpoint.treatment;

/** How warm the room is kept. */
public enum RoomTemperature {
    COOL, NEUTRAL, WARM
}
