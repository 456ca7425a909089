package org.stillpoint.scheduling.calendar;

import java.time.Instant;
import java.util.Objects;

import org.stillpoint.scheduling.AppointmentId;

/**
 * One appointment as a calendar event. The UID is the appointment's, so that a confirmation, its cancellation and
 * the feeds all speak of the same event; a cancelled one carries a higher sequence, as RFC 5545 asks of a change.
 *
 * @param location    where it takes place, or null
 * @param description more text, or null
 */
public record CalendarEntry(AppointmentId appointment, Instant start, Instant end, String summary, String location,
                            String description, boolean cancelled) {

    public CalendarEntry {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(summary, "summary");
    }

    public String uid() {
        return "appointment-" + appointment.value() + "@stillpoint";
    }

    public int sequence() {
        return cancelled ? 1 : 0;
    }
}
