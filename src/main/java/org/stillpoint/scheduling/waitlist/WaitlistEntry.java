package org.stillpoint.scheduling.waitlist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.therapists.TherapistId;

/** A waitlist entry as stored. */
public record WaitlistEntry(WaitlistEntryId id, ClientId client, SessionTypeId sessionType, TherapistId therapist, LocalDate dateFrom, LocalDate dateTo,
                           Set<PartOfDay> partsOfDay, EntryStatus status, Instant createdAt, UUID createdBy,
                           Instant closedAt, UUID appointment) {

    /** Whether a slot starting on this day at this local time (clinic zone) is one the client asked for. */
    public boolean wants(LocalDate day, LocalTime start) {
        return !day.isBefore(dateFrom) && !day.isAfter(dateTo)
                && partsOfDay.stream().anyMatch(part -> part.contains(start));
    }
}
