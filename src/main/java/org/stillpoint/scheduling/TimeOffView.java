package org.stillpoint.scheduling;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.stillpoint.therapists.TherapistId;

/** Time off in the clinic's zone; {@code firstDay} and {@code lastDay} are set when it was given as whole days. */
public record TimeOffView(TimeOffId id, TherapistId therapistId, OffsetDateTime start, OffsetDateTime end,
                          LocalDate firstDay, LocalDate lastDay, String reason) {
}
