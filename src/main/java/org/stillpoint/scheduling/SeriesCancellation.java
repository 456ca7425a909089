package org.stillpoint.scheduling;

import java.time.LocalDate;

/**
 * Which occurrences of a series to cancel: those that start on or after {@code fromDay} (clinic zone), or from the
 * occurrence {@code fromAppointment} on, or, with neither, every one that has not started; only booked ones that
 * have not started are cancelled. {@code reason} is optional.
 */
public record SeriesCancellation(LocalDate fromDay, AppointmentId fromAppointment, String reason) {

    public SeriesCancellation {
        if (fromDay != null && fromAppointment != null) {
            throw new IllegalArgumentException("from a day or from an appointment, not both");
        }
    }

    /** Every occurrence that has not started. */
    public static SeriesCancellation rest(String reason) {
        return new SeriesCancellation(null, null, reason);
    }
}
