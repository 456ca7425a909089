package org.stillpoint.scheduling.domain;

import static org.stillpoint.scheduling.domain.ScheduleReader.instant;
import static org.stillpoint.scheduling.domain.ScheduleReader.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stillpoint.scheduling.Recurrence;

/** Series and the occurrences of each that could not be booked. */
@Repository
public class SeriesRepository {

    private final JdbcClient jdbc;

    SeriesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An occurrence that could not be booked: why, and the nearest free slot then (all null when none). */
    public record Unbooked(Instant start, String reason, Instant alternativeStart, Instant alternativeEnd,
                           UUID alternativeTherapist, UUID alternativeRoom) {
    }

    /**
     * Writes the series. A concurrent request of the same account with the same key that wrote its series first
     * makes this fail with a duplicate key.
     */
    public void insert(AppointmentSeries series) {
        jdbc.sql("""
                INSERT INTO appointment_series (id, client_id, therapist_id, session_type_id, room_id, first_start,
                                                recurrence, occurrences, booked_at, booked_by, idempotency_key,
                                                request_fingerprint)
                VALUES (:id, :client, :therapist, :type, :room, :first, :every, :count, :bookedAt, :bookedBy, :key,
                        :fingerprint)""")
                .param("id", series.id())
                .param("client", series.clientId())
                .param("therapist", series.therapistId())
                .param("type", series.sessionTypeId())
                .param("room", series.roomId())
                .param("first", utc(series.firstStart()))
                .param("every", series.every().name())
                .param("count", series.count())
                .param("bookedAt", utc(series.bookedAt()))
                .param("bookedBy", series.bookedBy())
                .param("key", series.idempotencyKey())
                .param("fingerprint", series.fingerprint())
                .update();
    }

    public Optional<AppointmentSeries> find(UUID id) {
        return jdbc.sql("SELECT * FROM appointment_series WHERE id = :id")
                .param("id", id)
                .query(SeriesRepository::series)
                .optional();
    }

    public Optional<AppointmentSeries> findByKey(UUID account, String key) {
        return jdbc.sql("SELECT * FROM appointment_series WHERE booked_by = :account AND idempotency_key = :key")
                .param("account", account)
                .param("key", key)
                .query(SeriesRepository::series)
                .optional();
    }

    public void addUnbooked(UUID series, List<Unbooked> unbooked) {
        for (Unbooked u : unbooked) {
            jdbc.sql("""
                    INSERT INTO appointment_series_conflict (series_id, occurrence_start, reason, alternative_start,
                                                             alternative_end, alternative_therapist,
                                                             alternative_room)
                    VALUES (:series, :start, :reason, :altStart, :altEnd, :altTherapist, :altRoom)""")
                    .param("series", series)
                    .param("start", utc(u.start()))
                    .param("reason", u.reason())
                    .param("altStart", u.alternativeStart() == null ? null : utc(u.alternativeStart()))
                    .param("altEnd", u.alternativeEnd() == null ? null : utc(u.alternativeEnd()))
                    .param("altTherapist", u.alternativeTherapist())
                    .param("altRoom", u.alternativeRoom())
                    .update();
        }
    }

    /** The occurrences of the series that could not be booked, earliest first. */
    public List<Unbooked> unbooked(UUID series) {
        return jdbc.sql("""
                SELECT * FROM appointment_series_conflict WHERE series_id = :series ORDER BY occurrence_start""")
                .param("series", series)
                .query((rs, n) -> new Unbooked(instant(rs, "occurrence_start"), rs.getString("reason"),
                        optionalInstant(rs, "alternative_start"), optionalInstant(rs, "alternative_end"),
                        rs.getObject("alternative_therapist", UUID.class),
                        rs.getObject("alternative_room", UUID.class)))
                .list();
    }

    private static AppointmentSeries series(ResultSet rs, int row) throws SQLException {
        return new AppointmentSeries(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getObject("therapist_id", UUID.class), rs.getObject("session_type_id", UUID.class),
                rs.getObject("room_id", UUID.class), instant(rs, "first_start"),
                Recurrence.valueOf(rs.getString("recurrence")), rs.getInt("occurrences"), instant(rs, "booked_at"),
                rs.getObject("booked_by", UUID.class), rs.getString("idempotency_key"),
                rs.getString("request_fingerprint"));
    }

    private static Instant optionalInstant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column) == null ? null : instant(rs, column);
    }
}
