package org.stillpoint.treatment;

import java.time.Instant;
import java.util.List;

import org.stillpoint.clients.ClientId;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.therapists.TherapistId;

/**
 * A session's note was signed: the facts outcome analytics read, published inside the signing transaction. The
 * blocks are the ones actually done, each with its minutes and pressure.
 */
public record SessionDocumented(AppointmentId appointment, ClientId client, TherapistId therapist, Instant signedAt,
                                int painBefore, int painAfter, List<BlockDone> blocks) {

    public SessionDocumented {
        blocks = List.copyOf(blocks);
    }
}
