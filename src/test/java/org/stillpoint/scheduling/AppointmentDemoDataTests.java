package org.stillpoint.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo clinic's appointments: believable, and exactly as consistent as real bookings. */
@SchedulingTest
class AppointmentDemoDataTests {

    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

    /** The end of the demo's booked month; the other scheduling tests book only after it (TestDays). */
    private static final Instant DEMO_END = SchedulingTestSetup.START.plusSeconds(31L * 86400);

    /**
     * The demo's own appointments: booked before the test clinic's moment. Other tests share this clinic and book
     * (acute relief even for today) from that moment on.
     */
    private static final String DEMO = "booked_at < TIMESTAMP WITH TIME ZONE '2027-03-01 16:00:00+00:00'";

    @Autowired
    JdbcClient jdbc;

    @Test
    void threeMonthsOfHistoryAndTheNextMonthAreBooked() {
        Instant now = SchedulingTestSetup.START;
        long past = count("start_at < :now AND start_at >= :from", now, now.minusSeconds(92L * 86400));
        long older = count("start_at < :from", now, now.minusSeconds(92L * 86400));
        long future = count("start_at >= :now AND start_at < :from", now, now.plusSeconds(31L * 86400));

        assertThat(past).isGreaterThan(40);
        assertThat(future).isGreaterThan(10);
        assertThat(older).isZero();
        assertThat(statuses("start_at < :now", now)).containsKeys("COMPLETED", "CANCELLED");
        // The other scheduling tests book and cancel on days of their own, after the demo's month (TestDays).
        assertThat(statuses("start_at >= :now AND start_at < :end", now)).containsOnlyKeys("BOOKED");
    }

    @Test
    void theDemoClientComesWeeklyOnTuesdayMorningsAfterAConsultation() {
        List<Row> claire = jdbc.sql("""
                SELECT a.start_at, a.status, a.late_cancellation, t.kind FROM appointment a
                  JOIN session_type t ON t.id = a.session_type_id
                  JOIN client c ON c.id = a.client_id JOIN account u ON u.id = c.account_id
                 WHERE u.email = 'client@demo.stillpoint.test' AND a.start_at < :end AND a.""" + DEMO + """
                 ORDER BY a.start_at""")
                .param("end", java.sql.Timestamp.from(DEMO_END))
                .query((rs, n) -> new Row(rs.getObject("start_at", OffsetDateTime.class), rs.getString("status"),
                        rs.getBoolean("late_cancellation"), rs.getString("kind")))
                .list();

        assertThat(claire).hasSize(1 + AppointmentDemoData.WEEKLY_PAST + AppointmentDemoData.WEEKLY_AHEAD);
        assertThat(claire.get(0).kind()).isEqualTo("CONSULTATION");
        List<Row> weekly = claire.subList(1, claire.size());
        assertThat(weekly).allSatisfy(row -> {
            assertThat(row.start().atZoneSameInstant(ZONE).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(row.start().atZoneSameInstant(ZONE).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
            assertThat(row.kind()).isEqualTo("TREATMENT");
        });
        assertThat(weekly).filteredOn(row -> row.status().equals("CANCELLED"))
                .singleElement().extracting(Row::late).isEqualTo(true);
        assertThat(weekly).filteredOn(row -> row.status().equals("BOOKED"))
                .hasSize(AppointmentDemoData.WEEKLY_AHEAD);
    }

    @Test
    void theDemoClientsWeeksAreOneWeeklySeriesAndTwoClientsComeEveryOtherWeek() {
        List<Map.Entry<String, Long>> series = jdbc.sql("""
                SELECT s.recurrence, COUNT(a.id) FROM appointment_series s JOIN appointment a ON a.series_id = s.id
                 WHERE s.first_start < :end GROUP BY s.id, s.recurrence ORDER BY s.recurrence""")
                .param("end", java.sql.Timestamp.from(DEMO_END))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list();

        assertThat(series).filteredOn(e -> e.getKey().equals("P1W")).singleElement()
                .extracting(Map.Entry::getValue)
                .isEqualTo((long) AppointmentDemoData.WEEKLY_PAST + AppointmentDemoData.WEEKLY_AHEAD);
        assertThat(series).filteredOn(e -> e.getKey().equals("P2W")).hasSize(2)
                .allSatisfy(e -> assertThat(e.getValue()).isBetween(4L, (long) AppointmentDemoData.FORTNIGHTLY));
        // Every occurrence of a series keeps its weekday and local time.
        assertThat(jdbc.sql("""
                SELECT a.start_at, s.first_start FROM appointment a JOIN appointment_series s ON s.id = a.series_id
                 WHERE s.first_start < :end""").param("end", java.sql.Timestamp.from(DEMO_END))
                .query((rs, n) -> new OffsetDateTime[] {rs.getObject(1, OffsetDateTime.class),
                        rs.getObject(2, OffsetDateTime.class)}).list())
                .allSatisfy(t -> {
                    assertThat(t[0].atZoneSameInstant(ZONE).getDayOfWeek())
                            .isEqualTo(t[1].atZoneSameInstant(ZONE).getDayOfWeek());
                    assertThat(t[0].atZoneSameInstant(ZONE).toLocalTime())
                            .isEqualTo(t[1].atZoneSameInstant(ZONE).toLocalTime());
                });
    }

    @Test
    void noTherapistOrRoomIsEverDoubleBookedAndEveryAppointmentIsInWorkingHours() {
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM appointment a JOIN appointment b ON a.id < b.id
                 WHERE a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'
                   AND (a.therapist_id = b.therapist_id OR a.room_id = b.room_id)
                   AND a.start_at < b.blocked_until AND b.start_at < a.blocked_until""")
                .query(Long.class).single()).isZero();

        List<OffsetDateTime[]> times = jdbc.sql("SELECT start_at, end_at FROM appointment WHERE start_at < :end")
                .param("end", java.sql.Timestamp.from(DEMO_END))
                .query((rs, n) -> new OffsetDateTime[] {rs.getObject(1, OffsetDateTime.class),
                        rs.getObject(2, OffsetDateTime.class)}).list();
        assertThat(times).allSatisfy(t -> {
            LocalTime start = t[0].atZoneSameInstant(ZONE).toLocalTime();
            LocalTime end = t[1].atZoneSameInstant(ZONE).toLocalTime();
            assertThat(start).isAfterOrEqualTo(LocalTime.of(9, 0));
            assertThat(end).isBeforeOrEqualTo(LocalTime.of(17, 0));
            assertThat(start.isBefore(LocalTime.of(12, 30)) && end.isAfter(LocalTime.of(13, 30))).isFalse();
        });
    }

    private long count(String where, Instant now, Instant from) {
        return jdbc.sql("SELECT COUNT(*) FROM appointment WHERE " + DEMO + " AND " + where)
                .param("now", java.sql.Timestamp.from(now)).param("from", java.sql.Timestamp.from(from))
                .query(Long.class).single();
    }

    private Map<String, Long> statuses(String where, Instant now) {
        return jdbc.sql("SELECT status, COUNT(*) FROM appointment WHERE " + DEMO + " AND " + where
                        + " GROUP BY status")
                .param("now", java.sql.Timestamp.from(now))
                .param("end", java.sql.Timestamp.from(DEMO_END))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private record Row(OffsetDateTime start, String status, boolean late, String kind) {
    }
}
