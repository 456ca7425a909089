package org.stillpoint.scheduling.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stillpoint.scheduling.WorkingHours;

/**
 * Reads what an availability computation needs for a stretch of time, each kind of data in one query whatever the
 * number of days, therapists or rooms: the working weeks, the time off, the closures and the busy ranges of the
 * appointments. Appointments are found through the index on their start, bounded on both sides (an appointment's
 * busy range is at most {@link Appointment#LONGEST}), so the cost follows the appointments in the window and not
 * the history.
 */
@Repository
public class ScheduleReader {

    private final JdbcClient jdbc;

    ScheduleReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The busy range of an appointment that is not cancelled. */
    public record Busy(UUID therapist, UUID room, TimeSlot time) {
    }

    public Map<UUID, List<WorkingHours>> weeks(Collection<UUID> therapists) {
        Map<UUID, List<WorkingHours>> weeks = new HashMap<>();
        if (therapists.isEmpty()) {
            return weeks;
        }
        jdbc.sql("""
                SELECT therapist_id, day_of_week, starts_at, ends_at FROM working_interval
                 WHERE therapist_id IN (:therapists)""")
                .param("therapists", therapists)
                .query((rs, n) -> {
                    weeks.computeIfAbsent(rs.getObject("therapist_id", UUID.class), t -> new ArrayList<>())
                            .add(new WorkingHours(DayOfWeek.valueOf(rs.getString("day_of_week")),
                                    rs.getObject("starts_at", LocalTime.class),
                                    rs.getObject("ends_at", LocalTime.class)));
                    return null;
                }).list();
        return weeks;
    }

    /** Each therapist's time off that overlaps the stretch. */
    public Map<UUID, List<TimeSlot>> timeOff(Collection<UUID> therapists, TimeSlot stretch) {
        Map<UUID, List<TimeSlot>> away = new HashMap<>();
        if (therapists.isEmpty()) {
            return away;
        }
        jdbc.sql("""
                SELECT therapist_id, starts_at, ends_at FROM time_off
                 WHERE therapist_id IN (:therapists) AND ends_at > :from AND starts_at < :to""")
                .param("therapists", therapists)
                .param("from", utc(stretch.start()))
                .param("to", utc(stretch.end()))
                .query((rs, n) -> {
                    away.computeIfAbsent(rs.getObject("therapist_id", UUID.class), t -> new ArrayList<>())
                            .add(new TimeSlot(instant(rs, "starts_at"), instant(rs, "ends_at")));
                    return null;
                }).list();
        return away;
    }

    public Set<LocalDate> closures(LocalDate from, LocalDate to) {
        return new TreeSet<>(jdbc.sql("SELECT closed_on FROM clinic_closure WHERE closed_on BETWEEN :from AND :to")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> rs.getObject("closed_on", LocalDate.class))
                .list());
    }

    /**
     * The busy ranges of the appointments, not cancelled, that start before {@code startsBefore} and are still
     * busy after {@code busyAfter}.
     */
    public List<Busy> busy(Instant busyAfter, Instant startsBefore) {
        return jdbc.sql("""
                SELECT therapist_id, room_id, start_at, blocked_until FROM appointment
                 WHERE start_at >= :earliest AND start_at < :before AND blocked_until > :after
                   AND status <> 'CANCELLED'""")
                .param("earliest", utc(busyAfter.minus(Appointment.LONGEST)))
                .param("before", utc(startsBefore))
                .param("after", utc(busyAfter))
                .query(ScheduleReader::busy)
                .list();
    }

    /** {@link #busy(Instant, Instant)} for one therapist and one room only. */
    public List<Busy> busy(UUID therapist, UUID room, Instant busyAfter, Instant startsBefore) {
        return jdbc.sql("""
                SELECT therapist_id, room_id, start_at, blocked_until FROM appointment
                 WHERE (therapist_id = :therapist OR room_id = :room)
                   AND start_at >= :earliest AND start_at < :before AND blocked_until > :after
                   AND status <> 'CANCELLED'""")
                .param("therapist", therapist)
                .param("room", room)
                .param("earliest", utc(busyAfter.minus(Appointment.LONGEST)))
                .param("before", utc(startsBefore))
                .param("after", utc(busyAfter))
                .query(ScheduleReader::busy)
                .list();
    }

    /** The client's appointments that are not cancelled and overlap {@code from}–{@code to} (session times). */
    public List<TimeSlot> clientSessions(UUID client, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT start_at, end_at FROM appointment
                 WHERE client_id = :client AND start_at >= :earliest AND start_at < :before AND end_at > :after
                   AND status <> 'CANCELLED'""")
                .param("client", client)
                .param("earliest", utc(from.minus(Appointment.LONGEST)))
                .param("before", utc(to))
                .param("after", utc(from))
                .query((rs, n) -> new TimeSlot(instant(rs, "start_at"), instant(rs, "end_at")))
                .list();
    }

    /** Whether the client has an appointment that is not cancelled and overlaps the session itself. */
    public boolean clientBusy(UUID client, TimeSlot session) {
        return !clientSessions(client, session.start(), session.end()).isEmpty();
    }

    private static Busy busy(ResultSet rs, int row) throws SQLException {
        return new Busy(rs.getObject("therapist_id", UUID.class), rs.getObject("room_id", UUID.class),
                new TimeSlot(instant(rs, "start_at"), instant(rs, "blocked_until")));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
