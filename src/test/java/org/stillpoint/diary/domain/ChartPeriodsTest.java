package org.stillpoint.diary.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stillpoint.diary.domain.ChartPeriods.Period;

class ChartPeriodsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @Nested
    class Blocks {

        @Test
        void sixMonthsAreSixWholeBlocksOf28DaysEndingToday() {
            List<Period> blocks = ChartPeriods.blocks(TODAY, 6);

            assertThat(blocks).hasSize(6);
            assertThat(blocks.get(5)).isEqualTo(new Period(TODAY.minusDays(27), TODAY));
            assertThat(blocks.get(0).from()).isEqualTo(TODAY.minusDays(6 * 28 - 1));
            assertThat(blocks).allMatch(block -> block.days() == 28);
        }

        @Test
        void theBlocksFollowOneAnotherWithoutGapOrOverlap() {
            List<Period> blocks = ChartPeriods.blocks(TODAY, 12);

            assertThat(blocks).hasSize(13);
            for (int i = 1; i < blocks.size(); i++) {
                assertThat(blocks.get(i).from()).isEqualTo(blocks.get(i - 1).to().plusDays(1));
            }
        }

        @Test
        void aShortFebruaryStillGivesOneBlock() {
            assertThat(ChartPeriods.blocks(LocalDate.of(2026, 3, 1), 1)).containsExactly(
                    new Period(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 1)));
        }
    }

    @Nested
    class CalendarMonths {

        @Test
        void theMonthsAreWholeExceptTodaysWhichEndsToday() {
            List<Period> months = ChartPeriods.calendarMonths(TODAY, 3);

            assertThat(months).containsExactly(
                    new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)),
                    new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)),
                    new Period(LocalDate.of(2026, 11, 1), TODAY));
        }

        @Test
        void theMonthsCrossTheYear() {
            List<Period> months = ChartPeriods.calendarMonths(LocalDate.of(2027, 1, 1), 2);

            assertThat(months).containsExactly(new Period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)),
                    new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)));
        }
    }

    @Test
    void monthsOutsideOneTo24AreRefused() {
        assertThatThrownBy(() -> ChartPeriods.blocks(TODAY, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChartPeriods.calendarMonths(TODAY, 25)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ChartPeriods.blocks(TODAY, 24)).hasSize(26);
    }
}
