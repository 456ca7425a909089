package org.stillpoint.treatment;

/** A pack offered during the session (clinical-reference §6.3 — cold during an attack, heat only between attacks). */
public enum Pack {
    NONE, COLD, WARM
}
