package org.stillpoint.diary.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.stillpoint.diary.AttackEntry;
import org.stillpoint.diary.DayStatus;
import org.stillpoint.platform.FieldProblems;

/**
 * What a day's check-in must be to be kept (a status, a day that has come and is not further back than the diary
 * keeps, a short note), and which of the client's calendar days an attack touches.
 */
public final class DayRules {

    public static final int MAX_NOTE_LENGTH = 500;

    private DayRules() {
    }

    /** Every wrong field of a check-in for {@code day}, {@code today} being the client's today. */
    public static FieldProblems check(LocalDate day, DayStatus status, String note, LocalDate today) {
        FieldProblems problems = new FieldProblems().required("status", status).required("day", day);
        if (day != null && day.isAfter(today)) {
            problems.add("day", "diary.day.future");
        } else if (day != null && day.isBefore(today.minusDays(AttackRules.OLDEST.toDays()))) {
            problems.add("day", "diary.attack.too-old");
        }
        return problems.text("note", note, MAX_NOTE_LENGTH, false);
    }

    /** The calendar day, in {@code zone}, on which the attack began. */
    public static LocalDate firstDay(AttackEntry entry, ZoneId zone) {
        return LocalDate.ofInstant(entry.start(), zone);
    }

    /**
     * The last calendar day the attack touches: the day of its end (an end at midnight touches only the day before),
     * or today for an attack still going.
     */
    public static LocalDate lastDay(AttackEntry entry, ZoneId zone, Instant now) {
        LocalDate first = firstDay(entry, zone);
        LocalDate last = entry.end() != null ? LocalDate.ofInstant(entry.end().minusNanos(1), zone)
                : LocalDate.ofInstant(now.isAfter(entry.start()) ? now : entry.start(), zone);
        return last.isBefore(first) ? first : last;
    }
}
