package org.stillpoint.intake.domain;

/** How much nausea comes with a usual headache (clinical-reference §1.0). */
public enum Nausea {
    NONE, MILD, MODERATE, SEVERE
}
