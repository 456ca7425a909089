package org.stillpoint.clinic;

/** What a session type is for: a free consultation, a treatment, short acute relief during an attack, or an add-on. */
public enum SessionKind {
    CONSULTATION, TREATMENT, ACUTE_RELIEF, ADD_ON
}
