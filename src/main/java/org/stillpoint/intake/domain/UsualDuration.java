package org.stillpoint.intake.domain;

/** How long a usual headache lasts, in the bands ICHD-3 criteria use (clinical-reference §1.1 B, §1.5 B). */
public enum UsualDuration {
    LESS_THAN_30_MINUTES, FROM_30_MINUTES_TO_4_HOURS, FROM_4_TO_72_HOURS, FROM_3_TO_7_DAYS, LONGER_THAN_7_DAYS
}
