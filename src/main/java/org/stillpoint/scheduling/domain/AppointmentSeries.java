package org.stillpoint.scheduling.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.stillpoint.scheduling.Recurrence;

/**
 * A series as booked: for whom, what, with whom, from when, how often and how many times (the room when one was
 * asked for), who booked it and, when the request carried one, its Idempotency-Key with a fingerprint of the
 * request. Its appointments refer to it; it does not change once written.
 */
public record AppointmentSeries(UUID id, UUID clientId, UUID therapistId, UUID sessionTypeId, UUID roomId,
                                Instant firstStart, Recurrence every, int count, Instant bookedAt, UUID bookedBy,
                                String idempotencyKey, String fingerprint) {

    public AppointmentSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(every, "every");
    }
}
