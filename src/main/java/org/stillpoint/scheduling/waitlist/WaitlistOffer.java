package org.stillpoint.scheduling.waitlist;

import java.time.Instant;
import java.util.UUID;

import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.therapists.TherapistId;

/** An offer as stored. */
public record WaitlistOffer(WaitlistOfferId id, WaitlistEntryId entry, ClientId client, SessionTypeId sessionType,
                           TherapistId therapist, Instant start, Instant end, OfferStatus status, Instant offeredAt,
                           Instant expiresAt, Instant closedAt, UUID appointment) {

    /** The status a person should see: an open offer whose hold has run out is expired, job or no job. */
    public OfferStatus statusAt(Instant now) {
        return status == OfferStatus.OPEN && !now.isBefore(expiresAt) ? OfferStatus.EXPIRED : status;
    }

    /** The key that keeps one slot to one open offer. */
    static String slotKey(TherapistId therapist, Instant start) {
        return therapist.value() + "@" + start.getEpochSecond();
    }
}
