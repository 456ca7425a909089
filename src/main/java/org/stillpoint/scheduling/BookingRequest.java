package org.stillpoint.scheduling;

import java.time.Instant;
import java.util.Objects;

import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.RoomId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.therapists.TherapistId;

/** A request to book: who, what, with whom, when; the room is chosen when {@code room} is null. */
public record BookingRequest(ClientId client, SessionTypeId sessionType, TherapistId therapist, Instant start,
                             RoomId room) {

    public BookingRequest {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(sessionType, "sessionType");
        Objects.requireNonNull(therapist, "therapist");
        Objects.requireNonNull(start, "start");
    }
}
