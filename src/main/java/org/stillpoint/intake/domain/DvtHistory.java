package org.stillpoint.intake.domain;

/** Deep vein thrombosis: never, in the past, or now or suspected (clinical-reference §6.1). */
public enum DvtHistory {
    NONE, PAST, CURRENT
}
