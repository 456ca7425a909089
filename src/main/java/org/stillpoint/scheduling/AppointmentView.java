package org.stillpoint.scheduling;

import java.time.OffsetDateTime;

import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.RoomId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.therapists.TherapistId;

/**
 * An appointment as other modules and the API see it; times are in the clinic's zone. {@code lateCancellation}
 * is true when it was cancelled inside the clinic's cancellation window; {@code seriesId} is set when it is one
 * occurrence of a series.
 */
public record AppointmentView(AppointmentId id, ClientId clientId, TherapistId therapistId, RoomId roomId,
                              SessionTypeId sessionTypeId, OffsetDateTime start, OffsetDateTime end,
                              AppointmentStatus status, boolean lateCancellation, OffsetDateTime bookedAt,
                              OffsetDateTime cancelledAt, SeriesId seriesId) {

    /** An appointment that belongs to no series. */
    public AppointmentView(AppointmentId id, ClientId clientId, TherapistId therapistId, RoomId roomId,
                           SessionTypeId sessionTypeId, OffsetDateTime start, OffsetDateTime end,
                           AppointmentStatus status, boolean lateCancellation, OffsetDateTime bookedAt,
                           OffsetDateTime cancelledAt) {
        this(id, clientId, therapistId, roomId, sessionTypeId, start, end, status, lateCancellation, bookedAt,
                cancelledAt, null);
    }
}
