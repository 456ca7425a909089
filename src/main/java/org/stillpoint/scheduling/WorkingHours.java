package org.stillpoint.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** One stretch of a therapist's weekly template: a weekday and local times in the clinic's zone, start before end. */
public record WorkingHours(DayOfWeek day, LocalTime start, LocalTime end) {

    public WorkingHours {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("working hours must start before they end");
        }
    }

    public boolean overlaps(WorkingHours other) {
        return day == other.day && start.isBefore(other.end) && other.start.isBefore(end);
    }
}
