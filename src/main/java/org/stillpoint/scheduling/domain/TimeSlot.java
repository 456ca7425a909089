package org.stillpoint.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A stretch of time from {@code start} (inclusive) to {@code end} (exclusive), end after start. */
public record TimeSlot(Instant start, Instant end) implements Comparable<TimeSlot> {

    public TimeSlot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a time slot ends after it starts: " + start + " / " + end);
        }
    }

    public static TimeSlot of(Instant start, Duration length) {
        return new TimeSlot(start, start.plus(length));
    }

    public boolean overlaps(TimeSlot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(TimeSlot other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    @Override
    public int compareTo(TimeSlot other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }
}
