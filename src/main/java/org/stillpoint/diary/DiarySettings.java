package org.stillpoint.diary;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * How the client keeps their diary: the time zone their days are counted in (the clinic's until they choose), whether
 * an evening e-mail reminds them of a day not yet recorded and at what time, and whether they record menstruation
 * days.
 */
public record DiarySettings(ZoneId zone, boolean reminder, LocalTime reminderAt, boolean tracksMenstruation) {

    public static final LocalTime DEFAULT_REMINDER = LocalTime.of(20, 0);

    public DiarySettings {
        java.util.Objects.requireNonNull(zone, "zone");
        reminderAt = reminderAt == null ? DEFAULT_REMINDER : reminderAt;
    }
}
