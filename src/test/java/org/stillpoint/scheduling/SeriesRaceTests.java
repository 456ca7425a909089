package org.stillpoint.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stillpoint.scheduling.SchedulingFixtures.MEDICAL_MASSAGE;
import static org.stillpoint.scheduling.SchedulingFixtures.THEO;
import static org.stillpoint.scheduling.SchedulingFixtures.at;
import static org.stillpoint.scheduling.SchedulingFixtures.newClient;
import static org.stillpoint.scheduling.SchedulingFixtures.sessionType;
import static org.stillpoint.scheduling.SchedulingFixtures.therapist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.support.AdjustableClock;
import org.stillpoint.therapists.TherapistId;

/**
 * A series takes the same locks as a single booking: racing against single bookings for the same therapist at its
 * occurrences, each time goes to exactly one of them and the stored appointments never overlap (H2, and PostgreSQL
 * with {@code -Ppostgres}). A clinic of its own, as a series occupies one weekday for weeks.
 */
@SchedulingTest
@Import(DoubleBookingTests.EnoughConnections.class)
@TestPropertySource(properties = "stillpoint.test.context=series-race")
class SeriesRaceTests {

    private static final int SINGLE_BOOKINGS = 24;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Scheduling scheduling;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AdjustableClock clock;

    @Test
    void aSeriesAndSingleBookingsRaceForTheSameTimesAndEachTimeHasExactlyOneWinner() throws Exception {
        // Monday 2027-06-07, 08:00 in Los Angeles: weeks after the demo clinic's month of booked appointments.
        clock.advance(Duration.between(clock.instant(), Instant.parse("2027-06-07T15:00:00Z")));
        SessionTypeId massage = new SessionTypeId(UUID.fromString(sessionType(mvc, MEDICAL_MASSAGE)));
        TherapistId theo = new TherapistId(UUID.fromString(therapist(mvc, THEO)));
        List<Instant> times = List.of(at(LocalDate.parse("2027-06-09"), "11:00").toInstant(),
                at(LocalDate.parse("2027-06-16"), "11:00").toInstant(),
                at(LocalDate.parse("2027-06-23"), "11:00").toInstant(),
                at(LocalDate.parse("2027-06-30"), "11:00").toInstant());
        ClientId seriesClient = new ClientId(UUID.fromString(newClient(mvc)));
        List<Callable<Integer>> racers = new ArrayList<>();
        racers.add(() -> {
            try {
                return scheduling.bookSeries(new SeriesRequest(seriesClient, massage, theo, times.get(0),
                        Recurrence.P1W, times.size(), null), null).series().appointments().size();
            } catch (SeriesUnbookable none) {
                return 0;
            }
        });
        for (int i = 0; i < SINGLE_BOOKINGS; i++) {
            BookingRequest single = new BookingRequest(new ClientId(UUID.fromString(newClient(mvc))), massage, theo,
                    times.get(i % times.size()), null);
            racers.add(() -> {
                try {
                    scheduling.book(single, null);
                    return 1;
                } catch (SlotTaken taken) {
                    return 0;
                }
            });
        }

        List<Integer> won = DoubleBookingTests.race(accounts, racers);

        assertThat(won.stream().mapToInt(Integer::intValue).sum()).isEqualTo(times.size());
        for (Instant time : times) {
            assertThat(jdbc.sql("""
                    SELECT COUNT(*) FROM appointment WHERE therapist_id = ? AND start_at = ? AND status = 'BOOKED'""")
                    .params(theo.value(), at(LocalDate.ofInstant(time, SchedulingFixtures.ZONE), "11:00"))
                    .query(Long.class).single()).as("at %s", time).isEqualTo(1);
        }
        assertThat(DoubleBookingTests.overlaps(jdbc, "appointment")).isZero();
    }
}
