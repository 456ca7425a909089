package org.stillpoint.intake.domain;

import java.time.LocalDate;

/**
 * A recent blow to the head, a fall on the head or whiplash: when it happened and whether a doctor has assessed it
 * (clinical-reference §6.2).
 */
public record HeadNeckTrauma(Boolean present, LocalDate date, Boolean medicallyAssessed) {

    public static HeadNeckTrauma no() {
        return new HeadNeckTrauma(false, null, null);
    }

    public boolean yes() {
        return Boolean.TRUE.equals(present);
    }

    /** Unknown counts as not assessed: the stricter reading. */
    public boolean assessed() {
        return Boolean.TRUE.equals(medicallyAssessed);
    }
}
