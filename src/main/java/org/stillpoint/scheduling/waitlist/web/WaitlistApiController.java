package org.stillpoint.scheduling.waitlist.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.scheduling.Waitlist;
import org.stillpoint.scheduling.waitlist.EntryStatus;
import org.stillpoint.scheduling.waitlist.NewWaitlistEntry;
import org.stillpoint.scheduling.waitlist.OfferStatus;
import org.stillpoint.scheduling.waitlist.PartOfDay;
import org.stillpoint.scheduling.waitlist.WaitlistEntryId;
import org.stillpoint.scheduling.waitlist.WaitlistEntryView;
import org.stillpoint.scheduling.waitlist.WaitlistOfferId;
import org.stillpoint.scheduling.waitlist.WaitlistOfferView;
import org.stillpoint.therapists.TherapistId;

/**
 * The waitlist for programs: join, list (own, or everyone's for staff), withdraw; read, accept and decline an
 * offer. Days are dates in the clinic's zone, times ISO-8601 with the clinic's offset.
 */
@RestController
@RequestMapping("/api/v1/waitlist")
class WaitlistApiController {

    private final Waitlist waitlist;

    WaitlistApiController(Waitlist waitlist) {
        this.waitlist = waitlist;
    }

    /** 201 with the entry; 400 naming each wrong field; 404 for a client the caller may not act for. */
    @PostMapping
    ResponseEntity<EntryResponse> join(@Valid @RequestBody EntryRequest request) {
        EntryResponse entry = EntryResponse.of(waitlist.join(request.toNewEntry()));
        return ResponseEntity.created(URI.create("/api/v1/waitlist/" + entry.id())).body(entry);
    }

    /** The caller's entries (staff: everyone's), newest first, each with its latest offer. */
    @GetMapping
    List<EntryResponse> list(@RequestParam(required = false) EntryStatus status) {
        return waitlist.entries(status).stream().map(EntryResponse::of).toList();
    }

    @GetMapping("/{id}")
    EntryResponse one(@PathVariable UUID id) {
        return EntryResponse.of(waitlist.entry(new WaitlistEntryId(id)));
    }

    /** Withdraws the entry (its open offer goes to the next in line); 409 once it was booked or ran out. */
    @DeleteMapping("/{id}")
    EntryResponse withdraw(@PathVariable UUID id) {
        return EntryResponse.of(waitlist.withdraw(new WaitlistEntryId(id)));
    }

    /** The newest offers, for the owner and the front desk. */
    @GetMapping("/offers")
    List<OfferResponse> offers(@RequestParam(defaultValue = "50") int limit) {
        return waitlist.recentOffers(limit).stream().map(OfferResponse::of).toList();
    }

    @GetMapping("/offers/{id}")
    OfferResponse offer(@PathVariable UUID id) {
        return OfferResponse.of(waitlist.offer(new WaitlistOfferId(id)));
    }

    /** Books the offered slot: 409 when the offer expired or the slot was taken meanwhile. */
    @PostMapping("/offers/{id}/accept")
    OfferResponse accept(@PathVariable UUID id) {
        return OfferResponse.of(waitlist.accept(new WaitlistOfferId(id)));
    }

    @PostMapping("/offers/{id}/decline")
    OfferResponse decline(@PathVariable UUID id) {
        return OfferResponse.of(waitlist.decline(new WaitlistOfferId(id)));
    }

    /**
     * @param clientId   for staff, whom the entry is for; a client may leave it out
     * @param therapistId a therapist, or none for any
     * @param partsOfDay MORNING (starts before 12:00), AFTERNOON (12:00–17:00), EVENING (from 17:00)
     */
    record EntryRequest(UUID clientId,
                        @NotNull(message = "{field.required}") UUID sessionTypeId,
                        UUID therapistId,
                        @NotNull(message = "{field.required}") LocalDate dateFrom,
                        @NotNull(message = "{field.required}") LocalDate dateTo,
                        @NotEmpty(message = "{waitlist.parts-of-day.required}") List<PartOfDay> partsOfDay) {

        NewWaitlistEntry toNewEntry() {
            return new NewWaitlistEntry(clientId == null ? null : new ClientId(clientId),
                    new SessionTypeId(sessionTypeId), therapistId == null ? null : new TherapistId(therapistId),
                    dateFrom, dateTo, partsOfDay.stream().anyMatch(p -> p == null) ? EnumSet.noneOf(PartOfDay.class)
                            : EnumSet.copyOf(partsOfDay));
        }
    }

    record EntryResponse(UUID id, UUID clientId, String clientName, UUID sessionTypeId, String sessionTypeName,
                         UUID therapistId, String therapistName, LocalDate dateFrom, LocalDate dateTo,
                         List<PartOfDay> partsOfDay, EntryStatus status, OffsetDateTime createdAt,
                         OfferResponse latestOffer) {
        static EntryResponse of(WaitlistEntryView e) {
            return new EntryResponse(e.id().value(), e.client().value(), e.clientName(), e.sessionType().value(),
                    e.sessionTypeName(), e.therapist() == null ? null : e.therapist().value(), e.therapistName(),
                    e.dateFrom(), e.dateTo(), e.partsOfDay(), e.status(), e.createdAt(),
                    e.offer() == null ? null : OfferResponse.of(e.offer()));
        }
    }

    record OfferResponse(UUID id, UUID entryId, UUID clientId, String clientName, UUID sessionTypeId,
                         String sessionTypeName, UUID therapistId, String therapistName, OffsetDateTime start,
                         OffsetDateTime end, OfferStatus status, OffsetDateTime offeredAt, OffsetDateTime expiresAt,
                         UUID appointmentId) {
        static OfferResponse of(WaitlistOfferView o) {
            return new OfferResponse(o.id().value(), o.entry().value(), o.client().value(), o.clientName(),
                    o.sessionType().value(), o.sessionTypeName(), o.therapist().value(), o.therapistName(), o.start(),
                    o.end(), o.status(), o.offeredAt(), o.expiresAt(),
                    o.appointment() == null ? null : o.appointment().value());
        }
    }
}
