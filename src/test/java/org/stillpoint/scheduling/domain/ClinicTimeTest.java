package org.stillpoint.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ClinicTimeTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Test
    void aSkippedStartOrEndIsTheMomentTheClockJumps() {
        LocalDate springForward = LocalDate.of(2026, 3, 8);

        assertThat(ClinicTime.startOf(springForward, LocalTime.of(2, 30), LOS_ANGELES))
                .isEqualTo(Instant.parse("2026-03-08T10:00:00Z"));
        assertThat(ClinicTime.endOf(springForward, LocalTime.of(2, 30), LOS_ANGELES))
                .isEqualTo(Instant.parse("2026-03-08T10:00:00Z"));
    }

    @Test
    void aRepeatedTimeStartsAtItsFirstShowingAndEndsAtItsSecond() {
        LocalDate fallBack = LocalDate.of(2026, 11, 1);

        assertThat(ClinicTime.startOf(fallBack, LocalTime.of(1, 30), LOS_ANGELES))
                .isEqualTo(Instant.parse("2026-11-01T08:30:00Z"));
        assertThat(ClinicTime.endOf(fallBack, LocalTime.of(1, 30), LOS_ANGELES))
                .isEqualTo(Instant.parse("2026-11-01T09:30:00Z"));
    }

    @Test
    void theDaysOfAChangeAreTwentyThreeAndTwentyFiveHoursLong() {
        assertThat(ClinicTime.days(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 8), LOS_ANGELES).length())
                .hasHours(23);
        assertThat(ClinicTime.days(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1), LOS_ANGELES).length())
                .hasHours(25);
    }

    @Test
    void theGridCountsStepsFromLocalMidnight() {
        assertThat(ClinicTime.onGrid(Instant.parse("2026-11-01T09:15:00Z"), LOS_ANGELES, 15)).isTrue();
        assertThat(ClinicTime.onGrid(Instant.parse("2026-11-01T09:10:00Z"), LOS_ANGELES, 15)).isFalse();
        assertThat(ClinicTime.onGrid(Instant.parse("2026-11-01T09:15:30Z"), LOS_ANGELES, 15)).isFalse();
        // A step that does not divide the hour: 01:20 local (80 minutes after midnight) is off a 25-minute grid,
        // 01:40 (100 minutes) is on it.
        assertThat(ClinicTime.onGrid(Instant.parse("2026-06-01T08:20:00Z"), LOS_ANGELES, 25)).isFalse();
        assertThat(ClinicTime.onGrid(Instant.parse("2026-06-01T08:40:00Z"), LOS_ANGELES, 25)).isTrue();
    }
}
