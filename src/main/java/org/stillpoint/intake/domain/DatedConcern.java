package org.stillpoint.intake.domain;

import java.time.LocalDate;

/** A yes/no medical event with the date it happened (a stroke or TIA). */
public record DatedConcern(Boolean present, LocalDate date) {

    public static DatedConcern no() {
        return new DatedConcern(false, null);
    }

    public boolean yes() {
        return Boolean.TRUE.equals(present);
    }
}
