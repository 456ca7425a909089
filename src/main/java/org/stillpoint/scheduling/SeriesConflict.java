package org.stillpoint.scheduling;

import java.time.OffsetDateTime;

/**
 * An occurrence of a series that could not be booked: when, why ({@code reason}: {@code therapist-busy},
 * {@code room-busy}, {@code no-room-free} or {@code client-busy} when the time is taken, the last when the client
 * has another appointment then; otherwise the problem type a single booking at that time would be refused with,
 * such as {@code clinic-closed}, {@code therapist-away}, {@code outside-working-hours}, {@code too-short-notice} or
 * {@code beyond-horizon}), and the nearest free time with the same therapist then, or null when there was none
 * within a few days.
 */
public record SeriesConflict(OffsetDateTime start, String reason, Slot alternative) {
}
