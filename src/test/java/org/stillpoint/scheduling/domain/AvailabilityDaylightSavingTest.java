package org.stillpoint.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stillpoint.clinic.RoomId;
import org.stillpoint.scheduling.WorkingHours;
import org.stillpoint.scheduling.domain.AvailabilityCalculator.FreeSlot;
import org.stillpoint.scheduling.domain.AvailabilityCalculator.RoomCalendar;
import org.stillpoint.scheduling.domain.AvailabilityCalculator.TherapistCalendar;
import org.stillpoint.scheduling.domain.AvailabilityCalculator.Window;
import org.stillpoint.therapists.TherapistId;

/**
 * Slots on the days the clock changes: a skipped local time gives no slot, a repeated one gives each real moment
 * once, every slot lasts exactly its length in real time, and nothing is missing or offered twice.
 */
class AvailabilityDaylightSavingTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final TherapistId THERAPIST = new TherapistId(new UUID(1, 1));
    private static final RoomId ROOM = new RoomId(new UUID(2, 1));

    @Nested
    class SpringForward {

        @Test
        void losAngelesSkipsTwoOClockAndKeepsEveryRealHalfHour() {
            // 2026-03-08: 02:00 PST becomes 03:00 PDT. 00:00–06:00 local is five real hours.
            List<String> starts = starts(LOS_ANGELES, LocalDate.of(2026, 3, 8), "00:00", "06:00", 30, 60);

            assertThat(starts).containsExactly("2026-03-08T00:00-08:00", "2026-03-08T00:30-08:00",
                    "2026-03-08T01:00-08:00", "2026-03-08T01:30-08:00", "2026-03-08T03:00-07:00",
                    "2026-03-08T03:30-07:00", "2026-03-08T04:00-07:00", "2026-03-08T04:30-07:00",
                    "2026-03-08T05:00-07:00");
        }

        @Test
        void amsterdamSkipsTwoOClockAndKeepsEveryRealHalfHour() {
            // 2026-03-29: 02:00 CET becomes 03:00 CEST.
            List<String> starts = starts(AMSTERDAM, LocalDate.of(2026, 3, 29), "00:00", "06:00", 30, 60);

            assertThat(starts).containsExactly("2026-03-29T00:00+01:00", "2026-03-29T00:30+01:00",
                    "2026-03-29T01:00+01:00", "2026-03-29T01:30+01:00", "2026-03-29T03:00+02:00",
                    "2026-03-29T03:30+02:00", "2026-03-29T04:00+02:00", "2026-03-29T04:30+02:00",
                    "2026-03-29T05:00+02:00");
        }

        @Test
        void hoursThatStartInTheSkippedHourStartWhenTheClockJumps() {
            List<String> starts = starts(LOS_ANGELES, LocalDate.of(2026, 3, 8), "02:30", "06:00", 30, 60);

            assertThat(starts).containsExactly("2026-03-08T03:00-07:00", "2026-03-08T03:30-07:00",
                    "2026-03-08T04:00-07:00", "2026-03-08T04:30-07:00", "2026-03-08T05:00-07:00");
        }

        @Test
        void anOrdinaryWorkingDayIsUnchanged() {
            List<String> starts = starts(AMSTERDAM, LocalDate.of(2026, 3, 29), "09:00", "17:00", 60, 60);

            assertThat(starts).hasSize(8).first().isEqualTo("2026-03-29T09:00+02:00");
            assertThat(starts).last().isEqualTo("2026-03-29T16:00+02:00");
        }
    }

    @Nested
    class FallBack {

        @Test
        void losAngelesOffersTheRepeatedHourOnceForEachRealMoment() {
            // 2026-11-01: 02:00 PDT becomes 01:00 PST. 00:00–06:00 local is seven real hours.
            List<String> starts = starts(LOS_ANGELES, LocalDate.of(2026, 11, 1), "00:00", "06:00", 30, 60);

            assertThat(starts).containsExactly("2026-11-01T00:00-07:00", "2026-11-01T00:30-07:00",
                    "2026-11-01T01:00-07:00", "2026-11-01T01:30-07:00", "2026-11-01T01:00-08:00",
                    "2026-11-01T01:30-08:00", "2026-11-01T02:00-08:00", "2026-11-01T02:30-08:00",
                    "2026-11-01T03:00-08:00", "2026-11-01T03:30-08:00", "2026-11-01T04:00-08:00",
                    "2026-11-01T04:30-08:00", "2026-11-01T05:00-08:00");
        }

        @Test
        void amsterdamOffersTheRepeatedHourOnceForEachRealMoment() {
            // 2026-10-25: 03:00 CEST becomes 02:00 CET.
            List<String> starts = starts(AMSTERDAM, LocalDate.of(2026, 10, 25), "01:00", "04:00", 30, 60);

            assertThat(starts).containsExactly("2026-10-25T01:00+02:00", "2026-10-25T01:30+02:00",
                    "2026-10-25T02:00+02:00", "2026-10-25T02:30+02:00", "2026-10-25T02:00+01:00",
                    "2026-10-25T02:30+01:00", "2026-10-25T03:00+01:00");
        }

        @Test
        void hoursThatEndInTheRepeatedHourEndAtItsSecondShowing() {
            // Working until 01:30 on the fall-back day means until 01:30 PST, 90 minutes of real time after 01:00 PDT.
            List<String> starts = starts(LOS_ANGELES, LocalDate.of(2026, 11, 1), "01:00", "01:30", 15, 60);

            assertThat(starts).containsExactly("2026-11-01T01:00-07:00", "2026-11-01T01:15-07:00",
                    "2026-11-01T01:30-07:00");
        }
    }

    @Test
    void slotsAcrossBothChangesAreStrictlyOrderedAndLastExactlyTheirLength() {
        for (LocalDate day : List.of(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 11, 1))) {
            List<FreeSlot> slots = AvailabilityCalculator.compute(window(LOS_ANGELES, day, "00:00", "23:00", 15,
                    45));

            for (int i = 1; i < slots.size(); i++) {
                assertThat(slots.get(i).time().start()).isAfter(slots.get(i - 1).time().start());
                assertThat(Duration.between(slots.get(i - 1).time().start(), slots.get(i).time().start()))
                        .isEqualTo(Duration.ofMinutes(15));
            }
            assertThat(slots).allSatisfy(slot -> assertThat(slot.time().length()).isEqualTo(Duration.ofMinutes(45)));
        }
    }

    private static List<String> starts(ZoneId zone, LocalDate day, String from, String to, int step, int minutes) {
        return AvailabilityCalculator.compute(window(zone, day, from, to, step, minutes)).stream()
                .map(slot -> slot.time().start().atZone(zone).toOffsetDateTime().toString()).toList();
    }

    private static Window window(ZoneId zone, LocalDate day, String from, String to, int step, int minutes) {
        WorkingHours hours = new WorkingHours(day.getDayOfWeek(), LocalTime.parse(from), LocalTime.parse(to));
        return new Window(zone, day, day, step, Duration.ofMinutes(minutes), Duration.ofMinutes(15),
                Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"), Set.of(),
                List.of(new TherapistCalendar(THERAPIST, List.of(hours), List.of(), List.of())),
                List.of(new RoomCalendar(ROOM, List.of())));
    }
}
