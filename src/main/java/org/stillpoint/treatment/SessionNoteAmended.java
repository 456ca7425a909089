package org.stillpoint.treatment;

import java.time.Instant;
import java.util.List;

import org.stillpoint.clients.ClientId;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.therapists.TherapistId;

/**
 * A signed note was corrected by an amendment: the facts after every amendment so far (the same facts as
 * {@link SessionDocumented}), published inside the amending transaction.
 */
public record SessionNoteAmended(AppointmentId appointment, ClientId client, TherapistId therapist, int number,
                                 Instant amendedAt, int painBefore, int painAfter, List<BlockDone> blocks) {

    public SessionNoteAmended {
        blocks = List.copyOf(blocks);
    }
}
