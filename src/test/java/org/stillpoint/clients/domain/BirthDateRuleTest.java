package org.stillpoint.clients.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BirthDateRuleTest {

    private final LocalDate today = LocalDate.of(2026, 3, 10);

    @Nested
    class Accepts {

        @Test
        void today() {
            assertThat(BirthDateRule.problem(today, today)).isEmpty();
        }

        @Test
        void theFirstOfJanuary1900() {
            assertThat(BirthDateRule.problem(LocalDate.of(1900, 1, 1), today)).isEmpty();
        }
    }

    @Nested
    class Refuses {

        @Test
        void tomorrowAsInTheFuture() {
            assertThat(BirthDateRule.problem(today.plusDays(1), today)).contains("field.date.future");
        }

        @Test
        void theLastDayOf1899AsTooEarly() {
            assertThat(BirthDateRule.problem(LocalDate.of(1899, 12, 31), today))
                    .contains("clients.date-of-birth.too-early");
        }

        @Test
        void noDateAsMissing() {
            assertThat(BirthDateRule.problem(null, today)).contains("field.required");
        }
    }

    @Test
    void todayIsTheLatestCalendarDayOnEarthSoNobodyBornTodayIsTurnedAway() {
        Clock lateEvening = Clock.fixed(Instant.parse("2026-03-10T11:00:00Z"), ZoneOffset.UTC);

        assertThat(BirthDateRule.latestToday(lateEvening)).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(BirthDateRule.latestToday(Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC)))
                .isEqualTo(LocalDate.of(2026, 3, 10));
    }
}
