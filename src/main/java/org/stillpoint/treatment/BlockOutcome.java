package org.stillpoint.treatment;

/** The engine's answer for one planned block. */
public enum BlockOutcome {
    /** May be done as planned (cautions may still be shown). */
    OK,
    /** May be done only with the required change (lighter pressure, no heat), or as planned with an override. */
    MODIFY,
    /** Must not be done: an absolute rule, or a relative one that was not overridden. */
    BLOCKED
}
