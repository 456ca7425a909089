package org.stillpoint.scheduling;

import java.util.List;

import org.stillpoint.clients.ClientId;
import org.stillpoint.platform.AccountId;
import org.stillpoint.therapists.TherapistId;

/**
 * A series was booked: the occurrences that could be booked, earliest first (each one is also announced by its own
 * {@link AppointmentBooked} carrying the series). Listeners that write to the client do so once per series.
 */
public record AppointmentSeriesBooked(SeriesId series, ClientId client, TherapistId therapist,
                                      List<AppointmentId> appointments, AccountId bookedBy) {

    public AppointmentSeriesBooked {
        appointments = List.copyOf(appointments);
    }
}
