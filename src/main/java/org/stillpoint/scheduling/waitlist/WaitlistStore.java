package org.stillpoint.scheduling.waitlist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.therapists.TherapistId;

/**
 * The waitlist's tables. Every change of an offer's status is a conditional update that answers whether this call
 * made it, so that two instances (or a person and the job) never both act on one offer.
 */
@Repository
public class WaitlistStore {

    private static final String ENTRY = """
            SELECT id, client_id, session_type_id, therapist_id, date_from, date_to,
                   parts_of_day, status, created_at, created_by, closed_at, appointment_id
            FROM waitlist_entry""";

    private static final String OFFER = """
            SELECT id, entry_id, client_id, session_type_id, therapist_id, slot_start, slot_end, status, offered_at,
                   expires_at, closed_at, appointment_id
            FROM waitlist_offer""";

    private final JdbcClient jdbc;

    WaitlistStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- entries ---

    public void insert(WaitlistEntry entry) {
        jdbc.sql("""
                INSERT INTO waitlist_entry (id, client_id, session_type_id,
                    therapist_id, date_from, date_to, parts_of_day, status, created_at, created_by)
                VALUES (:id, :client, :type, :therapist, :from, :to, :parts, :status, :at, :by)""")
                .param("id", entry.id().value())
                .param("client", entry.client().value())
                .param("type", entry.sessionType().value())
                .param("therapist", entry.therapist() == null ? null : entry.therapist().value())
                .param("from", entry.dateFrom())
                .param("to", entry.dateTo())
                .param("parts", PartOfDay.join(entry.partsOfDay()))
                .param("status", entry.status().name())
                .param("at", utc(entry.createdAt()))
                .param("by", entry.createdBy())
                .update();
    }

    public Optional<WaitlistEntry> entry(WaitlistEntryId id) {
        return jdbc.sql(ENTRY + " WHERE id = :id").param("id", id.value()).query(WaitlistStore::entry).optional();
    }

    /** A client's entries (of one status, or all for null), newest first. */
    public List<WaitlistEntry> entriesOf(ClientId client, EntryStatus status) {
        return jdbc.sql(ENTRY + " WHERE client_id = :client" + (status == null ? "" : " AND status = :status")
                        + " ORDER BY place DESC")
                .params(status == null ? Map.of("client", client.value())
                        : Map.of("client", client.value(), "status", status.name()))
                .query(WaitlistStore::entry).list();
    }

    /** Everyone's entries (of one status, or all for null), newest first, at most {@code limit}. */
    public List<WaitlistEntry> entries(EntryStatus status, int limit) {
        return jdbc.sql(ENTRY + (status == null ? "" : " WHERE status = :status")
                        + " ORDER BY place DESC LIMIT :limit")
                .params(status == null ? Map.of("limit", limit) : Map.of("limit", limit, "status", status.name()))
                .query(WaitlistStore::entry).list();
    }

    public long activeCount(ClientId client) {
        return jdbc.sql("SELECT COUNT(*) FROM waitlist_entry WHERE client_id = :client AND status = 'ACTIVE'")
                .param("client", client.value()).query(Long.class).single();
    }

    /**
     * The active entries that may want a slot of this therapist on this day and have no open offer, in the order
     * they were made.
     */
    public List<WaitlistEntry> waitingFor(TherapistId therapist, LocalDate day) {
        return jdbc.sql(ENTRY + " " + """
                         e WHERE e.status = 'ACTIVE' AND e.date_from <= :day AND e.date_to >= :day
                          AND (e.therapist_id IS NULL OR e.therapist_id = :therapist)
                          AND NOT EXISTS (SELECT 1 FROM waitlist_offer o WHERE o.open_entry = e.id)
                        ORDER BY e.place""")
                .param("day", day)
                .param("therapist", therapist.value())
                .query(WaitlistStore::entry).list();
    }

    /** Closes an active entry; answers whether this call did. */
    public boolean closeEntry(WaitlistEntryId id, EntryStatus status, Instant at, UUID appointment) {
        return jdbc.sql("""
                UPDATE waitlist_entry SET status = :status, closed_at = :at, appointment_id = :appointment
                WHERE id = :id AND status = 'ACTIVE'""")
                .param("status", status.name())
                .param("at", utc(at))
                .param("appointment", appointment)
                .param("id", id.value())
                .update() == 1;
    }

    /** Entries whose last day has passed; answers how many. */
    public int expireEntriesBefore(LocalDate today, Instant at) {
        return jdbc.sql("""
                UPDATE waitlist_entry SET status = 'EXPIRED', closed_at = :at
                WHERE status = 'ACTIVE' AND date_to < :today""")
                .param("at", utc(at)).param("today", today).update();
    }

    // --- offers ---

    /** Takes the lock that makes offers one after another, until the transaction ends. */
    public void lockOffers() {
        jdbc.sql("SELECT name FROM waitlist_lock WHERE name = 'offers' FOR UPDATE").query(String.class).single();
    }

    public void insert(WaitlistOffer offer) {
        jdbc.sql("""
                INSERT INTO waitlist_offer (id, entry_id, client_id, session_type_id, therapist_id, slot_start,
                    slot_end, status, offered_at, expires_at, open_slot, open_entry)
                VALUES (:id, :entry, :client, :type, :therapist, :start, :end, 'OPEN', :at, :expires, :slot,
                    :entry)""")
                .param("id", offer.id().value())
                .param("entry", offer.entry().value())
                .param("client", offer.client().value())
                .param("type", offer.sessionType().value())
                .param("therapist", offer.therapist().value())
                .param("start", utc(offer.start()))
                .param("end", utc(offer.end()))
                .param("at", utc(offer.offeredAt()))
                .param("expires", utc(offer.expiresAt()))
                .param("slot", WaitlistOffer.slotKey(offer.therapist(), offer.start()))
                .update();
    }

    public Optional<WaitlistOffer> offer(WaitlistOfferId id) {
        return jdbc.sql(OFFER + " WHERE id = :id").param("id", id.value()).query(WaitlistStore::offer).optional();
    }

    /** The entries' offers, newest first. */
    public List<WaitlistOffer> offersOf(Collection<WaitlistEntryId> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(OFFER + " WHERE entry_id IN (:entries) ORDER BY offered_at DESC, id")
                .param("entries", entries.stream().map(WaitlistEntryId::value).toList())
                .query(WaitlistStore::offer).list();
    }

    /** The newest offers, for staff. */
    public List<WaitlistOffer> recentOffers(int limit) {
        return jdbc.sql(OFFER + " ORDER BY offered_at DESC, id LIMIT :limit").param("limit", limit)
                .query(WaitlistStore::offer).list();
    }

    /** The therapist's open offers whose slot overlaps the time. */
    public List<WaitlistOffer> openOffersOverlapping(TherapistId therapist, Instant start, Instant end) {
        return jdbc.sql(OFFER + " " + """
                         WHERE therapist_id = :therapist AND status = 'OPEN' AND slot_start < :end
                          AND slot_end > :start""")
                .param("therapist", therapist.value())
                .param("start", utc(start))
                .param("end", utc(end))
                .query(WaitlistStore::offer).list();
    }

    /** Whether the entry was already offered a slot of this therapist that overlaps the time. */
    public boolean wasOffered(WaitlistEntryId entry, TherapistId therapist, Instant start, Instant end) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM waitlist_offer WHERE entry_id = :entry AND therapist_id = :therapist
                          AND slot_start < :end AND slot_end > :start""")
                .param("entry", entry.value())
                .param("therapist", therapist.value())
                .param("start", utc(start))
                .param("end", utc(end))
                .query(Long.class).single() > 0;
    }

    /** The open offer of an entry, if any. */
    public Optional<WaitlistOffer> openOfferOf(WaitlistEntryId entry) {
        return jdbc.sql(OFFER + " WHERE open_entry = :entry").param("entry", entry.value())
                .query(WaitlistStore::offer).optional();
    }

    /** Open offers whose hold has run out or whose slot has begun, oldest first. */
    public List<WaitlistOffer> due(Instant now, int limit) {
        return jdbc.sql(OFFER + " WHERE status = 'OPEN' AND (expires_at <= :now OR slot_start <= :now)"
                        + " ORDER BY expires_at, id LIMIT :limit")
                .param("now", utc(now))
                .param("limit", limit)
                .query(WaitlistStore::offer).list();
    }

    /** Closes an open offer; answers whether this call did. */
    public boolean closeOffer(WaitlistOfferId id, OfferStatus status, Instant at) {
        return jdbc.sql("""
                UPDATE waitlist_offer SET status = :status, closed_at = :at, open_slot = NULL, open_entry = NULL
                WHERE id = :id AND status = 'OPEN'""")
                .param("status", status.name())
                .param("at", utc(at))
                .param("id", id.value())
                .update() == 1;
    }

    /**
     * The job's claim on an open offer whose hold has run out (or whose slot has begun) by {@code now}: closes it as
     * expired and answers whether this call did, which exactly one instance does.
     */
    public boolean expireIfDue(WaitlistOfferId id, Instant now) {
        return jdbc.sql("""
                UPDATE waitlist_offer SET status = 'EXPIRED', closed_at = :now, open_slot = NULL, open_entry = NULL
                WHERE id = :id AND status = 'OPEN' AND (expires_at <= :now OR slot_start <= :now)""")
                .param("now", utc(now))
                .param("id", id.value())
                .update() == 1;
    }

    /**
     * Records that the offer was accepted with this appointment. The offer may have run out or been claimed by the
     * job between the client's click and the booking: the booking stands, so this one counts.
     */
    public boolean markAccepted(WaitlistOfferId id, UUID appointment, Instant at) {
        return jdbc.sql("""
                UPDATE waitlist_offer SET status = 'ACCEPTED', closed_at = :at, appointment_id = :appointment,
                    open_slot = NULL, open_entry = NULL
                WHERE id = :id AND status IN ('OPEN', 'EXPIRED', 'ACCEPTED')""")
                .param("at", utc(at))
                .param("appointment", appointment)
                .param("id", id.value())
                .update() == 1;
    }

    private static WaitlistEntry entry(ResultSet rs, int row) throws SQLException {
        UUID therapist = rs.getObject("therapist_id", UUID.class);
        return new WaitlistEntry(new WaitlistEntryId(rs.getObject("id", UUID.class)),
                new ClientId(rs.getObject("client_id", UUID.class)), new SessionTypeId(rs.getObject("session_type_id", UUID.class)),
                therapist == null ? null : new TherapistId(therapist), rs.getObject("date_from", LocalDate.class),
                rs.getObject("date_to", LocalDate.class), PartOfDay.split(rs.getString("parts_of_day")),
                EntryStatus.valueOf(rs.getString("status")), instant(rs, "created_at"),
                rs.getObject("created_by", UUID.class), instant(rs, "closed_at"),
                rs.getObject("appointment_id", UUID.class));
    }

    private static WaitlistOffer offer(ResultSet rs, int row) throws SQLException {
        return new WaitlistOffer(new WaitlistOfferId(rs.getObject("id", UUID.class)),
                new WaitlistEntryId(rs.getObject("entry_id", UUID.class)),
                new ClientId(rs.getObject("client_id", UUID.class)),
                new SessionTypeId(rs.getObject("session_type_id", UUID.class)),
                new TherapistId(rs.getObject("therapist_id", UUID.class)), instant(rs, "slot_start"),
                instant(rs, "slot_end"), OfferStatus.valueOf(rs.getString("status")), instant(rs, "offered_at"),
                instant(rs, "expires_at"), instant(rs, "closed_at"), rs.getObject("appointment_id", UUID.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
