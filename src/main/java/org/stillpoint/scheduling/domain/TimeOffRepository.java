package org.stillpoint.scheduling.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface TimeOffRepository extends ListCrudRepository<TimeOff, UUID> {

    /** The therapist's time off that overlaps the stretch, earliest first. */
    @Query("""
            SELECT * FROM time_off WHERE therapist_id = :therapist AND ends_at > :from AND starts_at < :to
             ORDER BY starts_at""")
    List<TimeOff> findOverlapping(@Param("therapist") UUID therapist, @Param("from") Instant from,
                                  @Param("to") Instant to);
}
