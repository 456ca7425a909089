package org.stillpoint.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The interval arithmetic the availability sweep is built from. */
class SweepTest {

    @Test
    void mergeJoinsOverlappingAndTouchingStretchesInOrder() {
        assertThat(AvailabilityCalculator.merge(List.of(slot(50, 60), slot(10, 20), slot(20, 30), slot(25, 40))))
                .containsExactly(slot(10, 40), slot(50, 60));
    }

    @Test
    void subtractLeavesTheGapsBetweenBusyStretches() {
        List<TimeSlot> free = AvailabilityCalculator.subtract(List.of(slot(0, 100), slot(200, 300)),
                List.of(slot(-10, 10), slot(40, 50), slot(90, 210), slot(250, 260), slot(290, 400)));

        assertThat(free).containsExactly(slot(10, 40), slot(50, 90), slot(210, 250), slot(260, 290));
    }

    @Test
    void subtractWithNothingBusyKeepsEverything() {
        assertThat(AvailabilityCalculator.subtract(List.of(slot(0, 10)), List.of())).containsExactly(slot(0, 10));
    }

    private static TimeSlot slot(int fromMinute, int toMinute) {
        Instant origin = Instant.parse("2026-01-05T08:00:00Z");
        return new TimeSlot(origin.plusSeconds(60L * fromMinute), origin.plusSeconds(60L * toMinute));
    }
}
