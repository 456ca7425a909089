package org.stillpoint.scheduling;

import java.time.Instant;

import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.RoomId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.platform.AccountId;
import org.stillpoint.therapists.TherapistId;

/**
 * An appointment was cancelled; its slot is free again. {@code late} when it happened inside the clinic's
 * cancellation window; {@code replacedBy} is set when it was cancelled by rescheduling it to that appointment.
 */
public record AppointmentCancelled(AppointmentId appointment, ClientId client, TherapistId therapist, RoomId room,
                                   SessionTypeId sessionType, Instant start, Instant end, boolean late,
                                   Instant cancelledAt, AccountId cancelledBy, AppointmentId replacedBy) {

    /** A cancellation that is not part of a reschedule. */
    public AppointmentCancelled(AppointmentId appointment, ClientId client, TherapistId therapist, RoomId room,
                                SessionTypeId sessionType, Instant start, Instant end, boolean late,
                                Instant cancelledAt, AccountId cancelledBy) {
        this(appointment, client, therapist, room, sessionType, start, end, late, cancelledAt, cancelledBy, null);
    }
}
