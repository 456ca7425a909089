package org.stillpoint.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stillpoint.scheduling.Recurrence;

class SeriesPlanTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Nested
    class AcrossDaylightSaving {

        @Test
        void keepsTheLocalTimeWhenTheClocksGoForward() {
            // Berlin moves its clocks forward on Sunday 2027-03-28.
            List<Instant> times = SeriesPlan.occurrences(Instant.parse("2027-03-24T09:00:00Z"), Recurrence.P1W, 2,
                    BERLIN);

            assertThat(times).containsExactly(Instant.parse("2027-03-24T09:00:00Z"),
                    Instant.parse("2027-03-31T08:00:00Z"));
            assertThat(times).allSatisfy(t -> assertThat(t.atZone(BERLIN).getHour()).isEqualTo(10));
        }

        @Test
        void keepsTheLocalTimeWhenTheClocksGoBack() {
            // Berlin moves its clocks back on Sunday 2027-10-31.
            List<Instant> times = SeriesPlan.occurrences(Instant.parse("2027-10-20T08:00:00Z"), Recurrence.P2W, 2,
                    BERLIN);

            assertThat(times).containsExactly(Instant.parse("2027-10-20T08:00:00Z"),
                    Instant.parse("2027-11-03T09:00:00Z"));
        }

        @Test
        void aLocalTimeTheSpringForwardSkipsMovesOnByTheGap() {
            // 02:30 does not exist in Berlin on 2027-03-28; a Sunday series at 02:30 lands at 03:30 that day.
            Instant first = ZonedDateTime.of(2027, 3, 21, 2, 30, 0, 0, BERLIN).toInstant();

            List<Instant> times = SeriesPlan.occurrences(first, Recurrence.P1W, 3, BERLIN);

            assertThat(times).extracting(t -> t.atZone(BERLIN).toLocalTime().toString())
                    .containsExactly("02:30", "03:30", "02:30");
        }
    }

    @Test
    void givesCountOccurrencesOneOrTwoWeeksApart() {
        Instant first = Instant.parse("2027-01-06T15:00:00Z");

        assertThat(SeriesPlan.occurrences(first, Recurrence.P2W, 26, BERLIN)).hasSize(26)
                .last().isEqualTo(Instant.parse("2027-12-22T15:00:00Z"));
        assertThat(SeriesPlan.occurrences(first, Recurrence.P1W, 1, BERLIN)).containsExactly(first);
    }
}
