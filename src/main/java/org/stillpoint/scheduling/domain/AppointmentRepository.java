package org.stillpoint.scheduling.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** Appointments; every query over time bounds the start from both sides, so it uses the index on the start. */
public interface AppointmentRepository extends ListCrudRepository<Appointment, UUID> {

    @Query("""
            SELECT * FROM appointment WHERE start_at >= :from AND start_at < :to
             ORDER BY start_at, therapist_id""")
    List<Appointment> findStartingBetween(@Param("from") Instant from, @Param("to") Instant to);

    @Query("""
            SELECT * FROM appointment WHERE client_id = :client AND start_at >= :from AND start_at < :to
             ORDER BY start_at""")
    List<Appointment> findForClient(@Param("client") UUID client, @Param("from") Instant from,
                                    @Param("to") Instant to);

    @Query("""
            SELECT * FROM appointment WHERE therapist_id = :therapist AND start_at >= :from AND start_at < :to
             ORDER BY start_at""")
    List<Appointment> findForTherapist(@Param("therapist") UUID therapist, @Param("from") Instant from,
                                       @Param("to") Instant to);

    /** Whether the therapist has an appointment with the client, past or future, that was not cancelled. */
    @Query("""
            SELECT COUNT(*) > 0 FROM appointment
             WHERE client_id = :client AND therapist_id = :therapist AND status <> 'CANCELLED'""")
    boolean existsCare(@Param("therapist") UUID therapist, @Param("client") UUID client);

    /** The appointments of a series, earliest first, whatever their status. */
    @Query("SELECT * FROM appointment WHERE series_id = :series ORDER BY start_at")
    List<Appointment> findForSeries(@Param("series") UUID series);
}
