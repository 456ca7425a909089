package org.stillpoint.scheduling;

import java.time.OffsetDateTime;

import org.stillpoint.clinic.RoomId;
import org.stillpoint.therapists.TherapistId;

/** A free slot: when, with whom and in which room, in the clinic's zone. */
public record Slot(OffsetDateTime start, OffsetDateTime end, TherapistId therapistId, RoomId roomId) {
}
