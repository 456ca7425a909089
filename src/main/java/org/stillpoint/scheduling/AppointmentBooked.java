package org.stillpoint.scheduling;

import java.time.Instant;

import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.RoomId;
import org.stillpoint.clinic.SessionKind;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.platform.AccountId;
import org.stillpoint.therapists.TherapistId;

/** An appointment was booked (published in the booking's transaction). */
public record AppointmentBooked(AppointmentId appointment, ClientId client, TherapistId therapist, RoomId room,
                                SessionTypeId sessionType, SessionKind kind, Instant start, Instant end,
                                AccountId bookedBy) {
}
