package org.stillpoint.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.stillpoint.scheduling.SchedulingFixtures.CONSULTATION;
import static org.stillpoint.scheduling.SchedulingFixtures.MEDICAL_MASSAGE;
import static org.stillpoint.scheduling.SchedulingFixtures.NINA;
import static org.stillpoint.scheduling.SchedulingFixtures.PRIYA;
import static org.stillpoint.scheduling.SchedulingFixtures.THEO;
import static org.stillpoint.scheduling.SchedulingFixtures.at;
import static org.stillpoint.scheduling.SchedulingFixtures.booked;
import static org.stillpoint.scheduling.SchedulingFixtures.newClient;
import static org.stillpoint.scheduling.SchedulingFixtures.room;
import static org.stillpoint.scheduling.SchedulingFixtures.sessionType;
import static org.stillpoint.scheduling.SchedulingFixtures.therapist;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.RoomId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.support.Demo;
import org.stillpoint.support.TestDatabase;
import org.stillpoint.therapists.TherapistId;

/**
 * Never two appointments of one therapist or one room at overlapping times, buffers included: 32 threads race for
 * a few slots through the facade (the same transaction the API runs), on H2 and, with {@code -Ppostgres}, on
 * PostgreSQL. Exactly one booking wins each slot, every other one is refused as taken (409), and the overlap check
 * over the stored appointments finds nothing; the same check does find an overlap in a history that has one.
 */
@SchedulingTest
@Import(DoubleBookingTests.EnoughConnections.class)
class DoubleBookingTests {

    private static final int THREADS = 32;

    /** Enough connections for the racing threads to meet in the database rather than in the pool's queue. */
    @TestConfiguration(proxyBeanMethods = false)
    static class EnoughConnections {

        @Bean
        static BeanPostProcessor enoughConnections() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof HikariDataSource pool) {
                        pool.setMaximumPoolSize(THREADS);
                    }
                    return bean;
                }
            };
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Scheduling scheduling;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thirtyTwoBookingsRaceForFourSlotsAndEachSlotHasExactlyOneWinner() throws Exception {
        LocalDate day = TestDays.next();
        String massage = sessionType(mvc, MEDICAL_MASSAGE);
        // Three therapists at the same time need three rooms, so the race is for rooms as well.
        List<String[]> slots = List.of(new String[] {therapist(mvc, THEO), "10:00"},
                new String[] {therapist(mvc, NINA), "10:00"}, new String[] {therapist(mvc, PRIYA), "10:00"},
                new String[] {therapist(mvc, THEO), "14:00"});
        List<BookingRequest> requests = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String[] slot = slots.get(i % slots.size());
            requests.add(request(newClient(mvc), massage, slot[0], at(day, slot[1]), null));
        }

        List<String> outcomes = race(requests);

        for (int s = 0; s < slots.size(); s++) {
            List<String> forSlot = new ArrayList<>();
            for (int i = s; i < THREADS; i += slots.size()) {
                forSlot.add(outcomes.get(i));
            }
            assertThat(forSlot).as("slot %s", s).containsOnlyOnce("201").filteredOn(o -> !o.equals("201"))
                    .containsOnly("409").hasSize(THREADS / slots.size() - 1);
        }
        assertThat(appointmentsOn(day)).isEqualTo(slots.size());
        assertThat(overlaps(jdbc, "appointment")).isZero();
    }

    @Test
    void thirtyTwoBookingsOfFiveTherapistsRaceForOneRoomAndOneWins() throws Exception {
        LocalDate day = TestDays.next();
        String consultation = sessionType(mvc, CONSULTATION);
        String cedar = room(mvc, "Cedar");
        List<String> therapists = List.of(therapist(mvc, THEO), therapist(mvc, NINA), therapist(mvc, PRIYA),
                therapist(mvc, SchedulingFixtures.CARA), therapist(mvc, SchedulingFixtures.SAM));
        List<BookingRequest> requests = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            requests.add(request(newClient(mvc), consultation, therapists.get(i % therapists.size()),
                    at(day, "15:00"), cedar));
        }

        List<String> outcomes = race(requests);

        assertThat(outcomes).containsOnlyOnce("201").filteredOn(o -> !o.equals("201")).containsOnly("409")
                .hasSize(THREADS - 1);
        assertThat(appointmentsOn(day)).isEqualTo(1);
        assertThat(overlaps(jdbc, "appointment")).isZero();
    }

    @Test
    void theOverlapCheckFindsTheOverlapInAHistoryThatHasOne() {
        LocalDate day = TestDays.next();
        String theo = therapist(mvc, THEO);
        booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), sessionType(mvc, MEDICAL_MASSAGE), theo,
                at(day, "10:00"));
        // A copy of the history without the database's guards, and in it a second session of the same
        // therapist that starts within the first one's buffer.
        jdbc.sql("CREATE TABLE appointment_history AS SELECT * FROM appointment").update();
        try {
            assertThat(overlaps(jdbc, "appointment_history")).isZero();
            insertRaw("appointment_history", UUID.fromString(theo), UUID.randomUUID(), at(day, "11:05"),
                    Duration.ofMinutes(60), "BOOKED");

            assertThat(overlaps(jdbc, "appointment_history")).isEqualTo(1);
            assertThat(overlaps(jdbc, "appointment")).isZero();
        } finally {
            jdbc.sql("DROP TABLE appointment_history").update();
        }
    }

    @Test
    void onH2ARowWrittenAroundTheBookingTransactionIsCaughtByTheOverlapCheck() {
        assumeFalse(TestDatabase.onPostgres(), "H2 has no exclusion constraints; PostgreSQL refuses the row itself");
        LocalDate day = TestDays.next();
        String nina = therapist(mvc, NINA);
        booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), sessionType(mvc, MEDICAL_MASSAGE), nina, at(day, "10:00"));

        UUID intruder = insertRaw("appointment", UUID.fromString(nina), UUID.randomUUID(), at(day, "10:30"),
                Duration.ofMinutes(60), "BOOKED");
        try {
            assertThat(overlaps(jdbc, "appointment")).isEqualTo(1);
        } finally {
            jdbc.sql("DELETE FROM appointment WHERE id = ?").param(intruder).update();
        }
        assertThat(overlaps(jdbc, "appointment")).isZero();
    }

    @Test
    void onPostgresTheExclusionConstraintsRefuseARawOverlappingInsert() {
        assumeTrue(TestDatabase.onPostgres(), "the exclusion constraints exist on PostgreSQL only");
        LocalDate day = TestDays.next();
        UUID priya = UUID.fromString(therapist(mvc, PRIYA));
        UUID fern = UUID.fromString(room(mvc, "Fern"));
        booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), sessionType(mvc, MEDICAL_MASSAGE), priya.toString(),
                at(day, "10:00"));
        String bookedRoom = jdbc.sql("SELECT room_id FROM appointment WHERE therapist_id = ? AND start_at = ?")
                .params(priya, at(day, "10:00")).query(String.class).single();

        // the same therapist in another room, starting inside the 15-minute buffer after 11:00
        assertThatThrownBy(() -> insertRaw("appointment", priya, UUID.randomUUID(), at(day, "11:10"),
                Duration.ofMinutes(30), "BOOKED")).satisfies(DoubleBookingTests::isExclusionViolation);
        // another therapist in the same room at the same time
        assertThatThrownBy(() -> insertRaw("appointment", UUID.randomUUID(), UUID.fromString(bookedRoom),
                at(day, "10:30"), Duration.ofMinutes(30), "BOOKED"))
                .satisfies(DoubleBookingTests::isExclusionViolation);
        // a cancelled appointment blocks nothing, and right after the buffer the therapist is free
        UUID cancelled = insertRaw("appointment", priya, fern, at(day, "10:30"), Duration.ofMinutes(30),
                "CANCELLED");
        UUID after = insertRaw("appointment", priya, fern, at(day, "11:15"), Duration.ofMinutes(30), "BOOKED");
        jdbc.sql("DELETE FROM appointment WHERE id IN (?, ?)").params(cancelled, after).update();
        assertThat(overlaps(jdbc, "appointment")).isZero();
    }

    /** Runs each request in a thread of its own, all let go at once; answers "201" or "409" per request. */
    private List<String> race(List<BookingRequest> requests) throws Exception {
        return race(accounts, requests.stream().<Callable<String>>map(request -> () -> {
            try {
                scheduling.book(request, null);
                return "201";
            } catch (SlotTaken taken) {
                return "409";
            }
        }).toList());
    }

    /** Runs each racer in a thread of its own as the front desk, all let go at once; answers their results. */
    static <T> List<T> race(UserDetailsService accounts, List<Callable<T>> racers) throws Exception {
        UserDetails desk = accounts.loadUserByUsername(Demo.DESK);
        CountDownLatch ready = new CountDownLatch(racers.size());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(racers.size());
        try {
            List<Future<T>> answers = new ArrayList<>();
            for (Callable<T> racer : racers) {
                answers.add(threads.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(desk, null, desk.getAuthorities()));
                    try {
                        ready.countDown();
                        go.await();
                        return racer.call();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private static BookingRequest request(String client, String type, String therapist, OffsetDateTime start,
                                          String room) {
        return new BookingRequest(new ClientId(UUID.fromString(client)), new SessionTypeId(UUID.fromString(type)),
                new TherapistId(UUID.fromString(therapist)), start.toInstant(),
                room == null ? null : new RoomId(UUID.fromString(room)));
    }

    /**
     * The overlap check: pairs of appointments, neither cancelled, of one therapist or in one room, whose busy
     * ranges (start to end plus buffer) overlap.
     */
    static long overlaps(JdbcClient jdbc, String table) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM %1$s a JOIN %1$s b ON a.id < b.id
                 WHERE a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'
                   AND (a.therapist_id = b.therapist_id OR a.room_id = b.room_id)
                   AND a.start_at < b.blocked_until AND b.start_at < a.blocked_until""".formatted(table))
                .query(Long.class).single();
    }

    private long appointmentsOn(LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM appointment WHERE start_at >= ? AND start_at < ?")
                .params(at(day, "00:00"), at(day.plusDays(1), "00:00")).query(Long.class).single();
    }

    /** Writes an appointment straight into a table, past the booking transaction; busy until 15 minutes after. */
    private UUID insertRaw(String table, UUID therapist, UUID room, OffsetDateTime start, Duration length,
                           String status) {
        UUID id = UUID.randomUUID();
        Instant begin = start.toInstant();
        Instant now = SchedulingTestSetup.START;
        jdbc.sql("""
                INSERT INTO %s (id, client_id, therapist_id, room_id, session_type_id, start_at, end_at, blocked_until,
                                status, booked_at, booked_by, cancelled_at, late_cancellation, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 0)""".formatted(table))
                .params(id, UUID.randomUUID(), therapist, room, UUID.randomUUID(), utc(begin), utc(begin.plus(length)),
                        utc(begin.plus(length).plus(Duration.ofMinutes(15))), status, utc(now), UUID.randomUUID(),
                        status.equals("CANCELLED") ? utc(now) : null)
                .update();
        return id;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static void isExclusionViolation(Throwable refused) {
        assertThat(refused).isInstanceOf(DataIntegrityViolationException.class);
        Throwable cause = refused;
        while (cause != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOfSatisfying(SQLException.class,
                sql -> assertThat(sql.getSQLState()).isEqualTo("23P01"));
    }
}
