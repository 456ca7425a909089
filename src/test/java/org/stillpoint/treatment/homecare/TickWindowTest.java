package org.stillpoint.treatment.homecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stillpoint.treatment.homecare.TickWindow.Refusal;

class TickWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 29);
    private static final LocalDate LONG_AGO = LocalDate.of(2025, 1, 1);

    @Nested
    class DaysThatMayBeTicked {

        @Test
        void todayAndEachOfTheFourteenDaysBefore() {
            for (int back = 0; back <= TickWindow.DAYS_BACK; back++) {
                assertThat(TickWindow.refusal(TODAY.minusDays(back), TODAY, LONG_AGO)).as("%d days back", back)
                        .isEmpty();
            }
        }

        @Test
        void theDayTheItemWasAdded() {
            assertThat(TickWindow.refusal(TODAY.minusDays(3), TODAY, TODAY.minusDays(3))).isEmpty();
        }

        @Test
        void theEarliestDayIsFourteenDaysBeforeToday() {
            assertThat(TickWindow.earliest(TODAY)).isEqualTo(LocalDate.of(2026, 3, 15));
        }
    }

    @Nested
    class DaysThatMayNot {

        @Test
        void tomorrowIsInTheFuture() {
            assertThat(TickWindow.refusal(TODAY.plusDays(1), TODAY, LONG_AGO)).contains(Refusal.FUTURE);
        }

        @Test
        void fifteenDaysAgoIsTooLongAgo() {
            assertThat(TickWindow.refusal(TODAY.minusDays(TickWindow.DAYS_BACK + 1L), TODAY, LONG_AGO))
                    .contains(Refusal.TOO_LONG_AGO);
        }

        @Test
        void aDayBeforeTheItemEnteredThePlan() {
            assertThat(TickWindow.refusal(TODAY.minusDays(4), TODAY, TODAY.minusDays(3)))
                    .contains(Refusal.BEFORE_ITEM);
        }

        @Test
        void theFutureIsRefusedAsSuchEvenForAnItemAddedToday() {
            assertThat(TickWindow.refusal(TODAY.plusDays(2), TODAY, TODAY)).contains(Refusal.FUTURE);
        }

        @Test
        void aDayTooLongAgoIsRefusedAsSuchEvenBeforeTheItem() {
            assertThat(TickWindow.refusal(TODAY.minusDays(30), TODAY, TODAY)).contains(Refusal.TOO_LONG_AGO);
        }
    }

    @Test
    void theWindowFollowsTheCalendarAcrossAMonthAndAYearEnd() {
        LocalDate newYear = LocalDate.of(2027, 1, 3);
        assertThat(TickWindow.earliest(newYear)).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(TickWindow.refusal(LocalDate.of(2026, 12, 19), newYear, LONG_AGO)).contains(Refusal.TOO_LONG_AGO);
    }
}
