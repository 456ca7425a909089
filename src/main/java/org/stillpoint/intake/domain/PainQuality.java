package org.stillpoint.intake.domain;

/** What the pain usually feels like (clinical-reference §1.0). */
public enum PainQuality {
    PULSATING, PRESSING, OTHER
}
