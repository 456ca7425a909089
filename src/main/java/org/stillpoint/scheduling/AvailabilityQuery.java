package org.stillpoint.scheduling;

import java.time.LocalDate;
import java.util.Objects;

import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.therapists.TherapistId;

/**
 * Which free slots to look for: a session type, the days {@code from} to {@code to} (inclusive, in the clinic's
 * zone), optionally one therapist, and optionally the client they are for (staff only; a client is always looking
 * for themself), whose sensitivities decide which rooms suit.
 */
public record AvailabilityQuery(SessionTypeId sessionType, LocalDate from, LocalDate to, TherapistId therapist,
                                ClientId client) {

    public AvailabilityQuery {
        Objects.requireNonNull(sessionType, "sessionType");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
