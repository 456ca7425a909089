package org.stillpoint.intake.domain;

/** Where the pain usually sits (clinical-reference §1.0; the diary uses the same values). */
public enum PainSide {
    LEFT, RIGHT, BOTH, SWITCHING
}
