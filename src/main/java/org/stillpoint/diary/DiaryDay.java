package org.stillpoint.diary;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded day of the diary (the client's own calendar day). */
public record DiaryDay(LocalDate day, DayStatus status, Boolean menstruation, String note, Instant recordedAt) {
}
