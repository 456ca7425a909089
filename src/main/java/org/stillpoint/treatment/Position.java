package org.stillpoint.treatment;

/** How the client lies (clinical-reference §6.3 — never face-down during an attack). */
public enum Position {
    SUPINE, SIDE_LYING, PRONE
}
