package org.stillpoint.treatment;

import java.time.OffsetDateTime;
import java.util.List;

import org.stillpoint.clients.ClientId;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.therapists.TherapistId;

/**
 * A session note as its readers see it, times in the clinic's zone: the content as written (for a signed note, as
 * signed and never changed since), the amendments beside it, and the {@code current} facts with the amendments
 * applied. {@code emergencyReportedAt} is when the owner and the front desk were told of an emergency (§6.2).
 */
public record SessionNoteView(AppointmentId appointment, ClientId client, TherapistId therapist,
                              OffsetDateTime appointmentStart, OffsetDateTime appointmentEnd, NoteStatus status,
                              NoteContent content, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                              OffsetDateTime signedAt, String signedBy, OffsetDateTime emergencyReportedAt,
                              List<AmendmentView> amendments, NoteFacts current) {

    public SessionNoteView {
        amendments = List.copyOf(amendments);
    }

    public boolean signed() {
        return status == NoteStatus.SIGNED;
    }
}
