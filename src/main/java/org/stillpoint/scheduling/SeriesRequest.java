package org.stillpoint.scheduling;

import java.time.Instant;
import java.util.Objects;

import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.RoomId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.therapists.TherapistId;

/**
 * A request to book a series: {@code count} occurrences (1–{@value #MAX_COUNT}), the first at {@code start}, then
 * {@code every} one or two weeks at the same local time in the clinic's zone. The room is chosen per occurrence
 * when {@code room} is null. A null {@code every} or a count out of range is refused with a 400 naming the field.
 */
public record SeriesRequest(ClientId client, SessionTypeId sessionType, TherapistId therapist, Instant start,
                            Recurrence every, int count, RoomId room) {

    public static final int MAX_COUNT = 26;

    public SeriesRequest {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(sessionType, "sessionType");
        Objects.requireNonNull(therapist, "therapist");
        Objects.requireNonNull(start, "start");
    }
}
