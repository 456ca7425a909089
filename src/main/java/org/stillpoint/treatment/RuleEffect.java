package org.stillpoint.treatment;

/**
 * What a contraindication rule does to the work it covers (clinical-reference §6.5).
 */
public enum RuleEffect {
    /** No session at all today (absolute, general): defer, reschedule or refer. */
    NO_SESSION,
    /** The technique on the covered area must not be done (avoid the area, or use another technique). */
    NO_WORK,
    /** Only pressure up to the rule's maximum (light work). */
    MAX_PRESSURE,
    /** No heat (no hot stones, no warm packs) on the covered area. */
    NO_HEAT,
    /** Allowed as planned; the therapist is shown the caution (position, reflex points, watch for bruising). */
    CAUTION
}
