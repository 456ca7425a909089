package org.stillpoint.treatment;

/** Lights in the room during the session. */
public enum Lighting {
    DIMMED, OFF
}
