package org.stillpoint.scheduling.waitlist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.stillpoint.clients.ClientAddressee;
import org.stillpoint.clients.Clients;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.notifications.Notifications;
import org.stillpoint.platform.DomainException;
import org.stillpoint.scheduling.AvailabilityQuery;
import org.stillpoint.scheduling.Scheduling;
import org.stillpoint.scheduling.Slot;
import org.stillpoint.scheduling.domain.ScheduleReader;
import org.stillpoint.scheduling.domain.TimeSlot;
import org.stillpoint.therapists.TherapistId;
import org.stillpoint.therapists.TherapistView;
import org.stillpoint.therapists.Therapists;

/**
 * Makes offers and passes them on. When a stretch of a therapist's day frees up, the first active entry (by the
 * time it was made) that wants that therapist or any, on that day, at that part of the day, and for whose session
 * type availability really shows a free slot there at which the client has no other appointment, gets an offer of
 * that slot, held for
 * {@link WaitlistSettings#waitlistOfferHold()}, and an e-mail with a link to accept it.
 * <p>
 * Offers are made one at a time across all instances (a lock row), and an open offer's slot and entry are unique in
 * the database, so one slot is never offered to two clients at once and no entry holds two offers. Free slots are
 * read without a signed-in person, so rooms are chosen for the session type; the booking at acceptance checks
 * them against the client's own sensitivities.
 */
@Component
public class WaitlistOffers {

    private static final Logger log = LoggerFactory.getLogger(WaitlistOffers.class);

    /** The most offers one run of the job closes; the next run takes the rest. */
    private static final int BATCH = 50;

    private final Scheduling scheduling;
    private final Clients clients;
    private final Clinic clinic;
    private final Therapists therapists;
    private final ScheduleReader reader;
    private final WaitlistStore store;
    private final Notifications notifications;
    private final WaitlistMail mail;
    private final WaitlistSettings settings;
    private final TransactionTemplate writing;
    private final Clock clock;

    WaitlistOffers(Scheduling scheduling, Clients clients, Clinic clinic, Therapists therapists,
                   ScheduleReader reader, WaitlistStore store, Notifications notifications, WaitlistMail mail,
                   WaitlistSettings settings, PlatformTransactionManager transactions, Clock clock) {
        this.scheduling = scheduling;
        this.clients = clients;
        this.clinic = clinic;
        this.therapists = therapists;
        this.reader = reader;
        this.store = store;
        this.notifications = notifications;
        this.mail = mail;
        this.settings = settings;
        this.writing = new TransactionTemplate(transactions);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Offers the therapist's time from {@code start} to {@code end}, now free, to the first waiting client it
     * suits; answers the offer made, if any. Call it outside a transaction: each offer commits on its own.
     */
    public Optional<WaitlistOffer> offerFreedTime(TherapistId therapist, Instant start, Instant end) {
        if (!end.isAfter(clock.instant())) {
            return Optional.empty();
        }
        ZoneId zone = clinic.profile().zone();
        LocalDate day = start.atZone(zone).toLocalDate();
        List<WaitlistEntry> waiting = store.waitingFor(therapist, day);
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        // Read once for everyone waiting: the open offers around the freed time, and per session type the free
        // slots (making an offer checks again, under the lock, that its time is not held meanwhile).
        List<WaitlistOffer> held = store.openOffersOverlapping(therapist, start.minus(Duration.ofDays(1)),
                end.plus(Duration.ofDays(1)));
        Map<SessionTypeId, List<Slot>> freeByType = new HashMap<>();
        for (WaitlistEntry entry : waiting) {
            if (store.wasOffered(entry.id(), therapist, start, end)) {
                continue; // declined or let run out before: the next in line
            }
            List<Slot> free = freeByType.computeIfAbsent(entry.sessionType(), type -> free(type, therapist, day));
            Optional<Slot> slot = freeSlot(entry, free, held, start, end, zone);
            if (slot.isEmpty()) {
                continue;
            }
            Made made = make(entry, therapist, slot.get(), zone);
            if (made.offer() != null) {
                return Optional.of(made.offer());
            }
            if (made.slotHeld()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The job: entries past their last day end, offers whose hold has run out (or whose slot has begun) expire and
     * go to the next in line. Each expiry is claimed with a conditional update, so when several instances run this
     * at once, each offer is passed on once. Answers how many offers this run expired.
     */
    public int expireDue() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(clinic.profile().zone()).toLocalDate();
        writing.executeWithoutResult(status -> store.expireEntriesBefore(today, now));
        int expired = 0;
        for (WaitlistOffer offer : store.due(now, BATCH)) {
            if (Boolean.TRUE.equals(writing.execute(status -> store.expireIfDue(offer.id(), now)))) {
                expired++;
                passOn(offer);
            }
        }
        return expired;
    }

    /** Offers a closed offer's slot to the next in line; a failure is logged, never thrown at the caller. */
    public void passOn(WaitlistOffer closed) {
        try {
            offerFreedTime(closed.therapist(), closed.start(), closed.end());
        } catch (RuntimeException e) {
            log.warn("Could not pass on the waitlist slot of offer {}", closed.id(), e);
        }
    }

    /** The therapist's free slots of a session type on the day; none when either is no longer offered. */
    private List<Slot> free(SessionTypeId type, TherapistId therapist, LocalDate day) {
        try {
            return asNobody(() -> scheduling.availability(new AvailabilityQuery(type, day, day, therapist, null)));
        } catch (DomainException gone) {
            return List.of();
        }
    }

    /**
     * Of the free slots of the entry's session type, the one in the freed time that the entry wants, no open offer
     * holds, and comes closest to the freed time's start.
     */
    private Optional<Slot> freeSlot(WaitlistEntry entry, List<Slot> free, List<WaitlistOffer> held, Instant start,
                                    Instant end, ZoneId zone) {
        List<Slot> candidates = free.stream()
                .filter(slot -> slot.start().toInstant().isBefore(end) && slot.end().toInstant().isAfter(start))
                .filter(slot -> entry.wants(slot.start().atZoneSameInstant(zone).toLocalDate(),
                        slot.start().atZoneSameInstant(zone).toLocalTime()))
                .filter(slot -> held.stream().noneMatch(offer -> overlaps(offer, slot)))
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        // One person, one place: not a time at which the client already has an appointment.
        List<TimeSlot> busy = reader.clientSessions(entry.client().value(), candidates.get(0).start().toInstant(),
                candidates.get(candidates.size() - 1).end().toInstant());
        return candidates.stream()
                .filter(slot -> busy.stream().noneMatch(session -> session.overlaps(time(slot))))
                .min(Comparator.comparing((Slot slot) -> Duration.between(start, slot.start().toInstant()).abs()));
    }

    private static TimeSlot time(Slot slot) {
        return new TimeSlot(slot.start().toInstant(), slot.end().toInstant());
    }

    private Made make(WaitlistEntry entry, TherapistId therapist, Slot slot, ZoneId zone) {
        Instant start = slot.start().toInstant();
        Instant end = slot.end().toInstant();
        try {
            return writing.execute(status -> {
                store.lockOffers();
                Optional<WaitlistEntry> current = store.entry(entry.id());
                if (current.isEmpty() || current.get().status() != EntryStatus.ACTIVE
                        || store.openOfferOf(entry.id()).isPresent()) {
                    return Made.NOTHING;
                }
                if (!store.openOffersOverlapping(therapist, start, end).isEmpty()) {
                    return Made.HELD;
                }
                // The address as the client record has it now: a client who changed it gets the offer there.
                ClientAddressee to = clients.addressees(List.of(entry.client())).get(entry.client());
                if (to == null) {
                    return Made.NOTHING;
                }
                Instant now = clock.instant();
                WaitlistOffer offer = new WaitlistOffer(WaitlistOfferId.random(), entry.id(), entry.client(),
                        entry.sessionType(), therapist, start, end, OfferStatus.OPEN, now,
                        now.plus(settings.waitlistOfferHold()), null, null);
                store.insert(offer);
                notifications.send(mail.offer(to, offer, sessionTypeName(entry), therapistName(therapist),
                        zone, settings.waitlistOfferHold()));
                return new Made(offer, false);
            });
        } catch (DataIntegrityViolationException sameSlotMeanwhile) {
            return Made.HELD;
        }
    }

    private String sessionTypeName(WaitlistEntry entry) {
        return clinic.sessionType(entry.sessionType()).map(SessionTypeView::name).orElse("");
    }

    private String therapistName(TherapistId therapist) {
        return therapists.find(therapist).map(TherapistView::displayName).orElse("");
    }

    private static boolean overlaps(WaitlistOffer offer, Slot slot) {
        return offer.start().isBefore(slot.end().toInstant()) && offer.end().isAfter(slot.start().toInstant());
    }

    /**
     * Runs a query without the signed-in person, if any: the waitlist looks for slots on the clinic's behalf, not
     * on behalf of whoever cancelled or declined.
     */
    private static <T> T asNobody(Supplier<T> query) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return query.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** What one attempt to make an offer came to: an offer, the slot held by another offer, or neither. */
    private record Made(WaitlistOffer offer, boolean slotHeld) {
        static final Made NOTHING = new Made(null, false);
        static final Made HELD = new Made(null, true);
    }
}
