package org.stillpoint.treatment;

/** The engine's answer for the whole session. */
public enum SessionOutcome {
    /** Every block is OK. */
    GO,
    /** Some blocks need a change or are blocked; the session may go ahead without or with changed blocks. */
    GO_WITH_CHANGES,
    /** No session today (an absolute general rule: fever, intoxication, touch hurts during an attack, …). */
    NOT_TODAY,
    /** The red-flag screening says emergency: stop, show the emergency message (clinical-reference §5, §6.2). */
    EMERGENCY
}
