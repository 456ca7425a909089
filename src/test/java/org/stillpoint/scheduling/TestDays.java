package org.stillpoint.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands out weekdays after the first two days of {@link SchedulingTestSetup#START}, one per call and never the same
 * twice in a test run, so that tests sharing the demo clinic book on days of their own. They stay well inside the
 * booking horizon of 90 days.
 */
public final class TestDays {

    private static final LocalDate LAST = LocalDate.of(2027, 5, 21);
    private static final AtomicReference<LocalDate> NEXT = new AtomicReference<>(LocalDate.of(2027, 3, 3));

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
