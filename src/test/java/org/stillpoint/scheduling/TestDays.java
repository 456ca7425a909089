package org.stillpoint.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands out weekdays from five weeks after {@link SchedulingTestSetup#START} (after the demo clinic's month of
 * booked appointments), one per call and never the same twice in a test run, so that tests sharing the demo clinic
 * book on days of their own. They stay inside the booking horizon of 90 days.
 */
public final class TestDays {

    private static final LocalDate LAST = LocalDate.of(2027, 5, 28);
    private static final AtomicReference<LocalDate> NEXT = new AtomicReference<>(LocalDate.of(2027, 4, 5));

    private TestDays() {
    }

    public static LocalDate next() {
        return NEXT.getAndUpdate(TestDays::following);
    }

    private static LocalDate following(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        if (next.isAfter(LAST)) {
            throw new IllegalStateException("the scheduling tests have used up their days; widen TestDays");
        }
        return next;
    }
}
