package org.stillpoint.scheduling.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.InvalidInput.FieldMessage;

/**
 * Local times of the clinic's calendar turned into instants, the same way everywhere, right across daylight-saving
 * changes. A stretch of local time on a date starts the first moment the clock shows its start time and ends the
 * last moment the clock shows its end time:
 * <ul>
 *   <li>a time the clock skips (spring forward) is the moment of the jump, so 02:30–06:00 on a day whose clock
 *       jumps from 02:00 to 03:00 starts at 03:00 (not at 03:30 as {@link java.time.ZonedDateTime#of} would);</li>
 *   <li>a time the clock shows twice (fall back) is its first showing for a start and its second for an end, so
 *       00:00–06:00 on a day with a repeated hour lasts seven hours.</li>
 * </ul>
 */
public final class ClinicTime {

    private ClinicTime() {
    }

    public static Instant startOf(LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime local = date.atTime(time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return local.atZone(zone).toInstant();
    }

    public static Instant endOf(LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime local = date.atTime(time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return local.atZone(zone).withLaterOffsetAtOverlap().toInstant();
    }

    /** The first moment of a calendar day (not always 00:00: some zones skip midnight). */
    public static Instant startOfDay(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** The calendar days from {@code from} to {@code to} as one stretch of time. */
    public static TimeSlot days(LocalDate from, LocalDate to, ZoneId zone) {
        return new TimeSlot(startOfDay(from, zone), startOfDay(to.plusDays(1), zone));
    }

    /** Whether the instant shows a time on the clinic's slot grid: a whole multiple of the step after midnight. */
    public static boolean onGrid(Instant instant, ZoneId zone, int stepMinutes) {
        LocalTime time = LocalDateTime.ofInstant(instant, zone).toLocalTime();
        return time.getSecond() == 0 && time.getNano() == 0
                && (time.getHour() * 60 + time.getMinute()) % stepMinutes == 0;
    }

    /** 400 naming {@code to} when the days are out of order or more than {@code maxDays}, both ends counted. */
    public static void requireDays(LocalDate from, LocalDate to, int maxDays) {
        if (to.isBefore(from)) {
            throw new InvalidInput("invalid-days", "problem.validation",
                    List.of(new FieldMessage("to", "scheduling.days.order", List.of())));
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > maxDays) {
            throw new InvalidInput("invalid-days", "problem.validation",
                    List.of(new FieldMessage("to", "scheduling.days.too-many", List.of(maxDays))));
        }
    }
}
