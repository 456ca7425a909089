package org.stillpoint.scheduling.waitlist;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.therapists.TherapistId;

/**
 * A waitlist entry for its client and for staff: names resolved, times in the clinic's zone. {@code therapist} and
 * {@code therapistName} are null for "any therapist"; {@code clientName} is filled in staff lists only;
 * {@code offer} is the entry's latest offer, if it had one.
 */
public record WaitlistEntryView(WaitlistEntryId id, ClientId client, String clientName, SessionTypeId sessionType,
                                String sessionTypeName, TherapistId therapist, String therapistName,
                                LocalDate dateFrom, LocalDate dateTo, List<PartOfDay> partsOfDay, EntryStatus status,
                                OffsetDateTime createdAt, WaitlistOfferView offer) {
}
