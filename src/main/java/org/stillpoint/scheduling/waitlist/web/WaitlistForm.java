package org.stillpoint.scheduling.waitlist.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.scheduling.waitlist.NewWaitlistEntry;
import org.stillpoint.scheduling.waitlist.PartOfDay;
import org.stillpoint.therapists.TherapistId;

/** The page's "wait for an earlier slot" form; the waitlist checks it and names every wrong field. */
record WaitlistForm(UUID clientId, UUID sessionTypeId, UUID therapistId,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateFrom,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateTo, List<PartOfDay> partsOfDay) {

    static WaitlistForm empty(LocalDate today, UUID client) {
        return new WaitlistForm(client, null, null, today, today.plusWeeks(2), List.of(PartOfDay.values()));
    }

    public boolean wants(PartOfDay part) {
        return partsOfDay != null && partsOfDay.contains(part);
    }

    NewWaitlistEntry toNewEntry() {
        List<PartOfDay> parts = partsOfDay == null ? List.of()
                : partsOfDay.stream().filter(Objects::nonNull).toList();
        return new NewWaitlistEntry(clientId == null ? null : new ClientId(clientId),
                sessionTypeId == null ? null : new SessionTypeId(sessionTypeId),
                therapistId == null ? null : new TherapistId(therapistId), dateFrom, dateTo,
                parts.isEmpty() ? EnumSet.noneOf(PartOfDay.class) : EnumSet.copyOf(parts));
    }
}
