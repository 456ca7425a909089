package org.stillpoint.diary;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A session at the clinic on a day of the client's diary, to be shown beside the diary's days: booked, or attended.
 * The day and the start are in the client's own time zone; {@code name} is the session type's.
 */
public record DiarySession(LocalDate day, OffsetDateTime start, String name, boolean attended) {
}
