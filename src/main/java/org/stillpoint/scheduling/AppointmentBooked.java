package org.stillpoint.scheduling;

import java.time.Instant;

import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.RoomId;
import org.stillpoint.clinic.SessionKind;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.platform.AccountId;
import org.stillpoint.therapists.TherapistId;

/**
 * An appointment was booked (published in the booking's transaction). {@code series} is set when it is one
 * occurrence of a series (the series as a whole is announced once by {@link AppointmentSeriesBooked});
 * {@code replaces} is set when it was booked by rescheduling that earlier appointment.
 */
public record AppointmentBooked(AppointmentId appointment, ClientId client, TherapistId therapist, RoomId room,
                                SessionTypeId sessionType, SessionKind kind, Instant start, Instant end,
                                AccountId bookedBy, SeriesId series, AppointmentId replaces) {

    /** A single appointment booked on its own. */
    public AppointmentBooked(AppointmentId appointment, ClientId client, TherapistId therapist, RoomId room,
                             SessionTypeId sessionType, SessionKind kind, Instant start, Instant end,
                             AccountId bookedBy) {
        this(appointment, client, therapist, room, sessionType, kind, start, end, bookedBy, null, null);
    }
}
