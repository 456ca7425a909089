package org.stillpoint.treatment;

/** Whether a technique may be used while a migraine attack is under way (clinical-reference §6.3). */
public enum AttackUse {
    /** As usual, gently. */
    ALLOWED,
    /** Only in the lighter form its note describes. */
    WITH_CARE,
    /** Not during an attack. */
    NOT_ALLOWED
}
