package org.stillpoint.intake.domain;

/** Blood pressure as the client reports it (clinical-reference §4, §6.1). */
public enum BloodPressureStatus {
    NORMAL, CONTROLLED, UNCONTROLLED, UNKNOWN
}
