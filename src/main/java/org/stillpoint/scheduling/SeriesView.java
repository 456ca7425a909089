package org.stillpoint.scheduling;

import java.time.OffsetDateTime;
import java.util.List;

import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.therapists.TherapistId;

/**
 * A series as other modules and the API see it: its appointments earliest first (cancelled and rescheduled ones
 * included, with their status) and the occurrences that could not be booked when it was booked.
 */
public record SeriesView(SeriesId id, ClientId clientId, TherapistId therapistId, SessionTypeId sessionTypeId,
                         OffsetDateTime firstStart, Recurrence every, int count, List<AppointmentView> appointments,
                         List<SeriesConflict> conflicts) {

    public SeriesView {
        appointments = List.copyOf(appointments);
        conflicts = List.copyOf(conflicts);
    }
}
