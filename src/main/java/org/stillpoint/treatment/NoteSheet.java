package org.stillpoint.treatment;

import java.time.OffsetDateTime;
import java.util.List;

import org.stillpoint.clients.ClientId;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.scheduling.AppointmentStatus;

/**
 * What the note page shows about an appointment: when it is, whose it is ({@code clientName}: first name and last
 * initial), where it stands (null when the caller reads a colleague's note and may not see the appointment itself),
 * its length in minutes, whether the caller may write its note now, and the note, if any. {@code planned} holds the
 * blocks of the appointment's saved session plan while its note is not written yet, and is empty otherwise.
 */
public record NoteSheet(AppointmentId appointment, ClientId client, String clientName, OffsetDateTime start,
                        OffsetDateTime end, AppointmentStatus appointmentStatus, int minutes, boolean writable,
                        SessionNoteView note, List<PlannedBlock> planned) {

    public NoteSheet {
        planned = List.copyOf(planned);
    }
}
