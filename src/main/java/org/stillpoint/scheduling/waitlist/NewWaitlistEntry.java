package org.stillpoint.scheduling.waitlist;

import java.time.LocalDate;
import java.util.Set;

import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.therapists.TherapistId;

/**
 * A request to wait for an earlier slot: for whom (null: the signed-in client), which session, with which therapist
 * (null: any), on which days (clinic zone, inclusive) and at which parts of the day. The waitlist checks it and names
 * every field that is wrong.
 */
public record NewWaitlistEntry(ClientId client, SessionTypeId sessionType, TherapistId therapist, LocalDate dateFrom,
                               LocalDate dateTo, Set<PartOfDay> partsOfDay) {
}
