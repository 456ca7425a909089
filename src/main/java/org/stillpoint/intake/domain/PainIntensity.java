package org.stillpoint.intake.domain;

/** How strong a usual headache is (clinical-reference §1.0). */
public enum PainIntensity {
    MILD, MODERATE, SEVERE
}
