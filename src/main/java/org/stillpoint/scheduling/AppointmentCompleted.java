package org.stillpoint.scheduling;

import java.time.Instant;

import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.therapists.TherapistId;

/** The client attended the appointment (recorded by staff). */
public record AppointmentCompleted(AppointmentId appointment, ClientId client, TherapistId therapist,
                                   SessionTypeId sessionType, Instant start, Instant end) {
}
