package org.stillpoint.scheduling;

/** The answer to a booking: the appointment, and whether it was booked by an earlier request with the same key. */
public record Booking(AppointmentView appointment, boolean replayed) {
}
