package org.stillpoint.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clients.ClientSummary;
import org.stillpoint.clients.Clients;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.Conflict;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.InvalidInput.FieldMessage;
import org.stillpoint.platform.NotFound;
import org.stillpoint.platform.Role;
import org.stillpoint.platform.RuleViolation;
import org.stillpoint.scheduling.domain.SchedulingSettings;
import org.stillpoint.scheduling.domain.TherapistChoice;
import org.stillpoint.scheduling.waitlist.EntryStatus;
import org.stillpoint.scheduling.waitlist.NewWaitlistEntry;
import org.stillpoint.scheduling.waitlist.OfferStatus;
import org.stillpoint.scheduling.waitlist.PartOfDay;
import org.stillpoint.scheduling.waitlist.WaitlistEntry;
import org.stillpoint.scheduling.waitlist.WaitlistEntryId;
import org.stillpoint.scheduling.waitlist.WaitlistEntryView;
import org.stillpoint.scheduling.waitlist.WaitlistOffer;
import org.stillpoint.scheduling.waitlist.WaitlistOfferId;
import org.stillpoint.scheduling.waitlist.WaitlistOfferView;
import org.stillpoint.scheduling.waitlist.WaitlistOffers;
import org.stillpoint.scheduling.waitlist.WaitlistSettings;
import org.stillpoint.scheduling.waitlist.WaitlistStore;
import org.stillpoint.therapists.TherapistId;
import org.stillpoint.therapists.TherapistView;
import org.stillpoint.therapists.Therapists;

/**
 * The waitlist: clients ask for an earlier slot, and when one frees up the first in line gets an offer by e-mail,
 * held for a while ({@code stillpoint.scheduling.waitlist-offer-hold}, 30 minutes by default); accepting books it,
 * declining or letting it run out offers it to the next (see {@code WaitlistOffers}). Who may do what:
 * <ul>
 *   <li>a client joins, lists and withdraws their own entries and reads, accepts and declines their own offers;
 *       another client's entry or offer answers 404;</li>
 *   <li>the owner and the front desk, who run the waitlist, do all of that for any client and see everyone's
 *       entries and the newest offers;</li>
 *   <li>therapists have no waitlist (403).</li>
 * </ul>
 * A waitlist entry names a session type bookable online, a therapist or any, days from today to the booking
 * horizon, and the parts of the day ({@link PartOfDay}) the client can come.
 */
@Service
public class Waitlist {

    /** The most entries and offers one staff list shows. */
    public static final int LIST_LIMIT = 200;

    /** The idempotency key a booking from an offer carries, so that accepting twice books once. */
    private static final String KEY_PREFIX = "waitlist-offer-";

    private final Scheduling scheduling;
    private final WaitlistOffers offers;
    private final WaitlistStore store;
    private final Clinic clinic;
    private final Therapists therapists;
    private final Clients clients;
    private final SchedulingSettings schedulingSettings;
    private final WaitlistSettings settings;
    private final TransactionTemplate writing;
    private final Clock clock;

    Waitlist(Scheduling scheduling, WaitlistOffers offers, WaitlistStore store, Clinic clinic, Therapists therapists,
             Clients clients, SchedulingSettings schedulingSettings, WaitlistSettings settings,
             PlatformTransactionManager transactions, Clock clock) {
        this.scheduling = scheduling;
        this.offers = offers;
        this.store = store;
        this.clinic = clinic;
        this.therapists = therapists;
        this.clients = clients;
        this.schedulingSettings = schedulingSettings;
        this.settings = settings;
        this.writing = new TransactionTemplate(transactions);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    // --- entries ---

    /**
     * Puts a client on the waitlist. 400 naming every wrong field (no or an unknown session type, one not bookable
     * online, an unknown therapist or one who does not give that session, days missing, in the past, out of order
     * or beyond the booking horizon, no part of the day); 404 for a client the caller may not act for; 422 when the
     * client already has {@link WaitlistSettings#waitlistMaxEntries()} active entries.
     */
    @Transactional
    public WaitlistEntryView join(NewWaitlistEntry request) {
        CurrentUser caller = caller();
        ClientId client = forWhom(request.client(), caller);
        ClientSummary summary = clients.requireContactAccess(client);
        List<FieldMessage> wrong = new ArrayList<>();
        SessionTypeView type = checkSessionType(request, wrong);
        checkTherapist(request, type, wrong);
        checkDays(request, wrong);
        if (request.partsOfDay() == null || request.partsOfDay().isEmpty()) {
            wrong.add(new FieldMessage("partsOfDay", "waitlist.parts-of-day.required", List.of()));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInput("invalid-waitlist-entry", "problem.validation", wrong);
        }
        if (store.activeCount(client) >= settings.waitlistMaxEntries()) {
            throw new RuleViolation("waitlist-full", "waitlist.entry.too-many", settings.waitlistMaxEntries());
        }
        WaitlistEntry entry = new WaitlistEntry(WaitlistEntryId.random(), client, request.sessionType(), request.therapist(), request.dateFrom(),
                request.dateTo(), EnumSet.copyOf(request.partsOfDay()), EntryStatus.ACTIVE, clock.instant(),
                caller.accountId().value(), null, null);
        store.insert(entry);
        return views(List.of(entry), false).get(0);
    }

    /**
     * A client's own entries, or for staff everyone's (at most {@link #LIST_LIMIT}, with the clients' names), newest
     * first, each with its latest offer; only those of one status when {@code status} is given.
     */
    @Transactional
    public List<WaitlistEntryView> entries(EntryStatus status) {
        CurrentUser caller = caller();
        if (caller.is(Role.CLIENT)) {
            return clients.clientOf(caller.accountId())
                    .map(own -> views(store.entriesOf(own, status), false))
                    .orElse(List.of());
        }
        return views(store.entries(status, LIST_LIMIT), true);
    }

    /** One entry, if the caller may see it; 404 otherwise. */
    @Transactional(readOnly = true)
    public WaitlistEntryView entry(WaitlistEntryId id) {
        return views(List.of(visible(id, caller())), false).get(0);
    }

    /**
     * Takes an entry off the waitlist; its open offer, if any, goes to the next in line. Withdrawing twice answers
     * the same; an entry already booked or past its days answers 409.
     */
    public WaitlistEntryView withdraw(WaitlistEntryId id) {
        CurrentUser caller = caller();
        WaitlistEntry entry = visible(id, caller);
        Instant now = clock.instant();
        Optional<WaitlistOffer> released = writing.execute(status -> {
            if (!store.closeEntry(id, EntryStatus.WITHDRAWN, now, null)) {
                EntryStatus current = store.entry(id).orElseThrow().status();
                if (current != EntryStatus.WITHDRAWN) {
                    throw new Conflict("waitlist-entry-closed", "waitlist.entry.closed");
                }
                return Optional.<WaitlistOffer>empty();
            }
            return store.openOfferOf(id).filter(open -> store.closeOffer(open.id(), OfferStatus.WITHDRAWN, now));
        });
        released.ifPresent(offers::passOn);
        return views(List.of(store.entry(entry.id()).orElseThrow()), false).get(0);
    }

    // --- offers ---

    /** One offer, if the caller may see it; 404 otherwise. An open offer past its hold reads as expired. */
    @Transactional(readOnly = true)
    public WaitlistOfferView offer(WaitlistOfferId id) {
        return offerView(visible(id, caller()), null);
    }

    /** The newest offers and where they stand, with the clients' names, for the owner and the front desk. */
    @Transactional
    public List<WaitlistOfferView> recentOffers(int limit) {
        Accounts.require(Role.OWNER, Role.FRONT_DESK);
        List<WaitlistOffer> recent = store.recentOffers(Math.max(1, Math.min(limit, LIST_LIMIT)));
        Map<ClientId, String> names = names(recent.stream().map(WaitlistOffer::client).toList());
        return recent.stream().map(o -> offerView(o, names.get(o.client()))).toList();
    }

    /**
     * Books the offered slot for the client and marks the entry fulfilled. 409 when the offer has expired
     * ({@code waitlist-offer-expired}) or was already declined or closed; 409 ({@code waitlist-slot-taken}) when
     * someone else booked the time meanwhile, which closes the offer and keeps the entry waiting; 409
     * ({@code slot-taken}, {@code CLIENT_BUSY}) when the client has booked another appointment at that time since,
     * and 422 when the booking itself is refused (treatment not allowed yet, say), which both leave the offer open
     * until its hold ends.
     * Accepting an accepted offer again answers it unchanged.
     */
    public WaitlistOfferView accept(WaitlistOfferId id) {
        CurrentUser caller = caller();
        WaitlistOffer offer = visible(id, caller);
        if (offer.status() == OfferStatus.ACCEPTED) {
            return offerView(offer, null);
        }
        requireOpen(offer);
        Booking booking;
        try {
            booking = scheduling.book(new BookingRequest(offer.client(), offer.sessionType(), offer.therapist(),
                    offer.start(), null), KEY_PREFIX + offer.id());
        } catch (SlotTaken taken) {
            if (taken.obstacle() == SlotTaken.Obstacle.CLIENT_BUSY) {
                throw taken; // the time is still free for others: the offer stays open, as for a refusal
            }
            writing.executeWithoutResult(status -> store.closeOffer(id, OfferStatus.TAKEN, clock.instant()));
            throw new Conflict("waitlist-slot-taken", "waitlist.offer.slot-taken");
        }
        UUID appointment = booking.appointment().id().value();
        writing.executeWithoutResult(status -> {
            Instant now = clock.instant();
            store.markAccepted(id, appointment, now);
            store.closeEntry(offer.entry(), EntryStatus.FULFILLED, now, appointment);
        });
        return offerView(store.offer(id).orElseThrow(), null);
    }

    /** Says no to an offer; the slot goes to the next in line and the entry keeps waiting. 409 once it is closed. */
    public WaitlistOfferView decline(WaitlistOfferId id) {
        WaitlistOffer offer = visible(id, caller());
        requireOpen(offer);
        boolean declined = Boolean.TRUE.equals(writing.execute(status ->
                store.closeOffer(id, OfferStatus.DECLINED, clock.instant())));
        if (!declined) {
            requireOpen(store.offer(id).orElseThrow());
        }
        offers.passOn(offer);
        return offerView(store.offer(id).orElseThrow(), null);
    }

    // --- for the pages ---

    /** The session types a client can wait for: active and bookable online. */
    @Transactional(readOnly = true)
    public List<SessionTypeView> sessionTypes() {
        return clinic.sessionTypes().stream().filter(t -> t.active() && t.bookableOnline()).toList();
    }

    /** The active therapists, by name. */
    @Transactional(readOnly = true)
    public List<TherapistView> therapists() {
        return therapists.all().stream().filter(TherapistView::active)
                .sorted(Comparator.comparing(TherapistView::displayName)).toList();
    }

    /** Clients whose name or e-mail address contains the query, to put on the waitlist (staff; audited). */
    @Transactional
    public List<ClientSummary> clientsToChoose(String query) {
        Accounts.require(Role.OWNER, Role.FRONT_DESK);
        return clients.search(query == null ? "" : query);
    }

    /** How long an offer is held for the client it goes to. */
    public Duration offerHold() {
        return settings.waitlistOfferHold();
    }

    /** Today in the clinic's zone. */
    @Transactional(readOnly = true)
    public LocalDate today() {
        return scheduling.today();
    }

    // --- the rules ---

    private static CurrentUser caller() {
        return Accounts.require(Role.CLIENT, Role.OWNER, Role.FRONT_DESK);
    }

    private ClientId forWhom(ClientId named, CurrentUser caller) {
        if (caller.is(Role.CLIENT)) {
            ClientId own = clients.clientOf(caller.accountId()).orElseThrow(() -> new NotFound("client"));
            if (named != null && !named.equals(own)) {
                throw new NotFound("client");
            }
            return own;
        }
        if (named == null) {
            throw new InvalidInput("invalid-waitlist-entry", "problem.validation",
                    List.of(new FieldMessage("clientId", "field.required", List.of())));
        }
        return named;
    }

    private SessionTypeView checkSessionType(NewWaitlistEntry request, List<FieldMessage> wrong) {
        if (request.sessionType() == null) {
            wrong.add(new FieldMessage("sessionTypeId", "field.required", List.of()));
            return null;
        }
        SessionTypeView type = clinic.sessionType(request.sessionType()).orElse(null);
        if (type == null) {
            wrong.add(new FieldMessage("sessionTypeId", "waitlist.session-type.unknown", List.of()));
        } else if (!type.active() || !type.bookableOnline()) {
            wrong.add(new FieldMessage("sessionTypeId", "waitlist.session-type.not-bookable", List.of()));
            return null;
        }
        return type;
    }

    private void checkTherapist(NewWaitlistEntry request, SessionTypeView type, List<FieldMessage> wrong) {
        if (request.therapist() == null) {
            return;
        }
        TherapistView therapist = therapists.find(request.therapist()).filter(TherapistView::active).orElse(null);
        if (therapist == null) {
            wrong.add(new FieldMessage("therapistId", "waitlist.therapist.unknown", List.of()));
        } else if (type != null && !TherapistChoice.mayGive(therapist, type)) {
            wrong.add(new FieldMessage("therapistId", "waitlist.therapist.not-giving", List.of()));
        }
    }

    private void checkDays(NewWaitlistEntry request, List<FieldMessage> wrong) {
        ZoneId zone = clinic.profile().zone();
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate last = now.plus(schedulingSettings.horizon()).atZone(zone).toLocalDate();
        LocalDate from = request.dateFrom();
        LocalDate to = request.dateTo();
        if (from == null) {
            wrong.add(new FieldMessage("dateFrom", "field.required", List.of()));
        } else if (from.isBefore(today)) {
            wrong.add(new FieldMessage("dateFrom", "waitlist.date.past", List.of()));
        } else if (from.isAfter(last)) {
            wrong.add(new FieldMessage("dateFrom", "waitlist.date.beyond-horizon", List.of(last.toString())));
        }
        if (to == null) {
            wrong.add(new FieldMessage("dateTo", "field.required", List.of()));
        } else if (to.isBefore(today)) {
            wrong.add(new FieldMessage("dateTo", "waitlist.date.past", List.of()));
        } else if (from != null && to.isBefore(from)) {
            wrong.add(new FieldMessage("dateTo", "waitlist.date-to.before-from", List.of()));
        } else if (to.isAfter(last)) {
            wrong.add(new FieldMessage("dateTo", "waitlist.date.beyond-horizon", List.of(last.toString())));
        }
    }

    private WaitlistEntry visible(WaitlistEntryId id, CurrentUser caller) {
        WaitlistEntry entry = store.entry(id).orElseThrow(() -> new NotFound("waitlist-entry"));
        if (!mayAct(caller, entry.client())) {
            throw new NotFound("waitlist-entry");
        }
        return entry;
    }

    private WaitlistOffer visible(WaitlistOfferId id, CurrentUser caller) {
        WaitlistOffer offer = store.offer(id).orElseThrow(() -> new NotFound("waitlist-offer"));
        if (!mayAct(caller, offer.client())) {
            throw new NotFound("waitlist-offer");
        }
        return offer;
    }

    private boolean mayAct(CurrentUser caller, ClientId client) {
        return !caller.is(Role.CLIENT) || clients.clientOf(caller.accountId()).filter(client::equals).isPresent();
    }

    private void requireOpen(WaitlistOffer offer) {
        OfferStatus status = offer.statusAt(clock.instant());
        if (status == OfferStatus.EXPIRED) {
            throw new Conflict("waitlist-offer-expired", "waitlist.offer.expired");
        }
        if (status != OfferStatus.OPEN) {
            throw new Conflict("waitlist-offer-closed", "waitlist.offer.closed");
        }
    }

    private List<WaitlistEntryView> views(List<WaitlistEntry> entries, boolean withNames) {
        Map<WaitlistEntryId, WaitlistOffer> latest = new LinkedHashMap<>();
        for (WaitlistOffer offer : store.offersOf(entries.stream().map(WaitlistEntry::id).toList())) {
            latest.putIfAbsent(offer.entry(), offer);
        }
        Map<ClientId, String> names = withNames ? names(entries.stream().map(WaitlistEntry::client).toList())
                : Map.of();
        Map<UUID, String> types = typeNames();
        Map<UUID, String> people = therapistNames();
        ZoneId zone = clinic.profile().zone();
        return entries.stream().map(e -> new WaitlistEntryView(e.id(), e.client(), names.get(e.client()),
                        e.sessionType(), types.getOrDefault(e.sessionType().value(), ""), e.therapist(),
                        e.therapist() == null ? null : people.getOrDefault(e.therapist().value(), ""),
                        e.dateFrom(), e.dateTo(), List.copyOf(e.partsOfDay()), e.status(),
                        e.createdAt().atZone(zone).toOffsetDateTime(),
                        latest.containsKey(e.id()) ? offerView(latest.get(e.id()), names.get(e.client()), types,
                                people, zone) : null))
                .toList();
    }

    private WaitlistOfferView offerView(WaitlistOffer offer, String clientName) {
        return offerView(offer, clientName, typeNames(), therapistNames(), clinic.profile().zone());
    }

    private WaitlistOfferView offerView(WaitlistOffer o, String clientName, Map<UUID, String> types,
                                        Map<UUID, String> people, ZoneId zone) {
        return new WaitlistOfferView(o.id(), o.entry(), o.client(), clientName, o.sessionType(),
                types.getOrDefault(o.sessionType().value(), ""), o.therapist(),
                people.getOrDefault(o.therapist().value(), ""), o.start().atZone(zone).toOffsetDateTime(),
                o.end().atZone(zone).toOffsetDateTime(), o.statusAt(clock.instant()),
                o.offeredAt().atZone(zone).toOffsetDateTime(), o.expiresAt().atZone(zone).toOffsetDateTime(),
                o.appointment() == null ? null : new AppointmentId(o.appointment()));
    }

    /** The clients' names for staff lists (an audited list read). */
    private Map<ClientId, String> names(List<ClientId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return clients.summaries(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(ClientSummary::id, ClientSummary::fullName));
    }

    private Map<UUID, String> typeNames() {
        return clinic.sessionTypes().stream().collect(Collectors.toMap(t -> t.id().value(), SessionTypeView::name));
    }

    private Map<UUID, String> therapistNames() {
        return therapists.all().stream()
                .collect(Collectors.toMap(t -> t.id().value(), TherapistView::displayName, (a, b) -> a));
    }
}
