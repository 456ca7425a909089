package org.stillpoint.scheduling;

/**
 * The answer to moving an appointment: the one moved (now cancelled, replaced by the new one), the new one, and
 * whether it was moved by an earlier request with the same key.
 */
public record Rescheduling(AppointmentView previous, AppointmentView appointment, boolean replayed) {
}
