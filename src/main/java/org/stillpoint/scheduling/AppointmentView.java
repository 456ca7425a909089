package org.stillpoint.scheduling;

import java.time.OffsetDateTime;

import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.RoomId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.therapists.TherapistId;

/**
 * An appointment as other modules and the API see it; times are in the clinic's zone. {@code lateCancellation}
 * is true when it was cancelled inside the clinic's cancellation window.
 */
public record AppointmentView(AppointmentId id, ClientId clientId, TherapistId therapistId, RoomId roomId,
                              SessionTypeId sessionTypeId, OffsetDateTime start, OffsetDateTime end,
                              AppointmentStatus status, boolean lateCancellation, OffsetDateTime bookedAt,
                              OffsetDateTime cancelledAt) {
}
