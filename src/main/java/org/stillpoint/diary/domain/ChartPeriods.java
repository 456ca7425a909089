package org.stillpoint.diary.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of days the diary's charts are drawn over, for the last {@code months} months up to today:
 * <ul>
 *   <li>consecutive 28-day blocks ending today, as many whole blocks as fit in those months, since per-28-day
 *       figures are the analytics "month" of clinical-reference §2 (Di Tanna et al. 2019) [S];</li>
 *   <li>calendar months, the first {@code months - 1} months before today's and today's month up to today, since the
 *       acute-medication days of ICHD-3 8.2 are counted per calendar month (clinical-reference §1.7) [C].</li>
 * </ul>
 * §2.1 keeps the two "months" apart; so does this class.
 */
public final class ChartPeriods {

    /** The analytics "month" (clinical-reference §2). */
    public static final int BLOCK_DAYS = 28;
    /** The most months one set of charts looks back. */
    public static final int MAX_MONTHS = 24;

    private ChartPeriods() {
    }

    /** The 28-day blocks, oldest first; the last ends today. At least one for any {@code months} from 1. */
    public static List<Period> blocks(LocalDate today, int months) {
        requireMonths(months);
        long days = ChronoUnit.DAYS.between(today.minusMonths(months), today);
        int count = (int) Math.max(1, days / BLOCK_DAYS);
        List<Period> blocks = new ArrayList<>(count);
        for (int i = count - 1; i >= 0; i--) {
            LocalDate to = today.minusDays((long) i * BLOCK_DAYS);
            blocks.add(new Period(to.minusDays(BLOCK_DAYS - 1L), to));
        }
        return blocks;
    }

    /** The calendar months, oldest first; the last is today's month and ends today. */
    public static List<Period> calendarMonths(LocalDate today, int months) {
        requireMonths(months);
        YearMonth current = YearMonth.from(today);
        List<Period> periods = new ArrayList<>(months);
        for (int i = months - 1; i >= 0; i--) {
            YearMonth month = current.minusMonths(i);
            periods.add(new Period(month.atDay(1), i == 0 ? today : month.atEndOfMonth()));
        }
        return periods;
    }

    private static void requireMonths(int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months must be 1–" + MAX_MONTHS);
        }
    }

    /** The days {@code from}–{@code to}, both included. */
    public record Period(LocalDate from, LocalDate to) {

        public Period {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("a period ends on or after its first day");
            }
        }

        public int days() {
            return (int) ChronoUnit.DAYS.between(from, to) + 1;
        }
    }
}
