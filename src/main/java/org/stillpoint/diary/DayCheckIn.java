package org.stillpoint.diary;

/** The client's check-in for one day; {@code menstruation} only for clients who record it (null otherwise). */
public record DayCheckIn(DayStatus status, Boolean menstruation, String note) {
}
