package org.stillpoint.scheduling.domain;

import java.util.Arrays;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One lock row per therapist and per room. A booking locks the rows of its therapist and its room before it checks
 * for overlaps and inserts, so bookings of one therapist or one room queue up in the database and each one sees
 * the appointments the earlier ones committed: on H2, which has no exclusion constraints, this is the guarantee;
 * on PostgreSQL the exclusion constraints guarantee it on their own and the locks turn most races into a clean
 * answer instead of a constraint violation. Rows are locked in one fixed order, so two bookings never wait for
 * each other in a circle. A row is created the first time it is needed.
 */
@Repository
public class BookingLocks {

    private final JdbcClient jdbc;

    BookingLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the rows until the end of the current transaction. */
    public void lock(UUID... resources) {
        for (UUID resource : Arrays.stream(resources).distinct().sorted().toList()) {
            jdbc.sql("INSERT INTO booking_lock (resource_id) VALUES (:id) ON CONFLICT DO NOTHING")
                    .param("id", resource)
                    .update();
            jdbc.sql("SELECT resource_id FROM booking_lock WHERE resource_id = :id FOR UPDATE")
                    .param("id", resource)
                    .query(UUID.class)
                    .single();
        }
    }
}
