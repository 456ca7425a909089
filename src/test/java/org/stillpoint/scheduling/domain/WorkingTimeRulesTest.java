package org.stillpoint.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.RuleViolation;
import org.stillpoint.scheduling.TimeOffPeriod;
import org.stillpoint.scheduling.WorkingHours;
import org.stillpoint.therapists.TherapistId;

/** The weekly template, time off and the cancellation window. */
class WorkingTimeRulesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final TherapistId THERAPIST = new TherapistId(UUID.randomUUID());

    @Nested
    class Week {

        @Test
        void keepsTouchingStretchesAndSortsThem() {
            WorkingWeek week = WorkingWeek.empty(THERAPIST);

            week.replace(List.of(hours(DayOfWeek.TUESDAY, "13:00", "17:00"), hours(DayOfWeek.MONDAY, "12:00", "17:00"),
                    hours(DayOfWeek.MONDAY, "09:00", "12:00")));

            assertThat(week.hours()).containsExactly(hours(DayOfWeek.MONDAY, "09:00", "12:00"),
                    hours(DayOfWeek.MONDAY, "12:00", "17:00"), hours(DayOfWeek.TUESDAY, "13:00", "17:00"));
        }

        @Test
        void refusesOverlapsOfOneDayNamingEachEntryAndKeepsTheOldWeek() {
            WorkingWeek week = WorkingWeek.empty(THERAPIST);
            week.replace(List.of(hours(DayOfWeek.MONDAY, "09:00", "12:00")));

            assertThatThrownBy(() -> week.replace(List.of(hours(DayOfWeek.MONDAY, "09:00", "12:00"),
                    hours(DayOfWeek.TUESDAY, "09:00", "12:00"), hours(DayOfWeek.MONDAY, "11:00", "13:00"))))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fields())
                            .extracting(InvalidInput.FieldMessage::field).containsExactly("hours[2]"));
            assertThat(week.hours()).containsExactly(hours(DayOfWeek.MONDAY, "09:00", "12:00"));
        }
    }

    @Nested
    class Away {

        private final Instant now = Instant.parse("2026-03-01T10:00:00Z");

        @Test
        void wholeDaysRunFromTheFirstMidnightToTheMidnightAfterTheLastDayAcrossTheClockChange() {
            TimeOff off = TimeOff.take(THERAPIST, new TimeOffPeriod.WholeDays(LocalDate.of(2026, 3, 28),
                    LocalDate.of(2026, 3, 29)), "family", AMSTERDAM, AccountId.random(), now);

            assertThat(off.time()).isEqualTo(new TimeSlot(Instant.parse("2026-03-27T23:00:00Z"),
                    Instant.parse("2026-03-29T22:00:00Z")));
            assertThat(off.view(AMSTERDAM).firstDay()).isEqualTo(LocalDate.of(2026, 3, 28));
        }

        @Test
        void localTimesAreTheClinicsAndInstantsAreKept() {
            TimeOff local = TimeOff.take(THERAPIST, new TimeOffPeriod.LocalStretch(
                    LocalDateTime.parse("2026-05-04T12:00"), LocalDateTime.parse("2026-05-04T15:30")), null,
                    AMSTERDAM, AccountId.random(), now);
            TimeOff exact = TimeOff.take(THERAPIST, new TimeOffPeriod.Stretch(Instant.parse("2026-05-04T10:00:00Z"),
                    Instant.parse("2026-05-04T13:30:00Z")), null, AMSTERDAM, AccountId.random(), now);

            assertThat(local.time()).isEqualTo(exact.time());
        }

        @Test
        void refusesAnEndBeforeTheStartAndMoreThanAYear() {
            assertThatThrownBy(() -> TimeOff.take(THERAPIST, new TimeOffPeriod.WholeDays(LocalDate.of(2026, 3, 2),
                    LocalDate.of(2026, 3, 1)), null, AMSTERDAM, AccountId.random(), now))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("lastDay"));
            assertThatThrownBy(() -> TimeOff.take(THERAPIST, new TimeOffPeriod.Stretch(now, now.plus(
                    Duration.ofDays(400))), null, AMSTERDAM, AccountId.random(), now))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            e -> assertThat(e.messageKey()).isEqualTo("time-off.too-long"));
        }
    }

    @Test
    void aCancellationIsLateOnlyInsideTheWindow() {
        Instant start = Instant.parse("2026-05-04T10:00:00Z");

        assertThat(CancellationPolicy.isLate(start, start.minus(Duration.ofHours(24)), Duration.ofHours(24))).isFalse();
        assertThat(CancellationPolicy.isLate(start, start.minus(Duration.ofHours(24)).plusSeconds(1),
                Duration.ofHours(24))).isTrue();
        assertThat(CancellationPolicy.isLate(start, start.minusSeconds(1), Duration.ZERO)).isFalse();
    }

    private static WorkingHours hours(DayOfWeek day, String from, String to) {
        return new WorkingHours(day, LocalTime.parse(from), LocalTime.parse(to));
    }
}
