package org.stillpoint.scheduling.waitlist;

import java.time.OffsetDateTime;

import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.therapists.TherapistId;

/**
 * An offer: the slot, how long it is held, and where it stands ({@link WaitlistOffer#statusAt}); times in the
 * clinic's zone. {@code appointment} is set once it was accepted; {@code clientName} in staff lists only.
 */
public record WaitlistOfferView(WaitlistOfferId id, WaitlistEntryId entry, ClientId client, String clientName,
                                SessionTypeId sessionType, String sessionTypeName, TherapistId therapist,
                                String therapistName, OffsetDateTime start, OffsetDateTime end, OfferStatus status,
                                OffsetDateTime offeredAt, OffsetDateTime expiresAt, AppointmentId appointment) {

    public boolean open() {
        return status == OfferStatus.OPEN;
    }
}
