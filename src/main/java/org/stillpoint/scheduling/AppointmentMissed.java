package org.stillpoint.scheduling;

import java.time.Instant;

import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.therapists.TherapistId;

/** The client did not come to the appointment (a no-show, recorded by staff). */
public record AppointmentMissed(AppointmentId appointment, ClientId client, TherapistId therapist,
                                SessionTypeId sessionType, Instant start, Instant end) {
}
