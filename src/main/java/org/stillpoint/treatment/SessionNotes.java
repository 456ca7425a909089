package org.stillpoint.treatment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clients.ClientSummary;
import org.stillpoint.clients.Clients;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.notifications.Notifications;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.AccountSummary;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.AuditAction;
import org.stillpoint.platform.AuditLog;
import org.stillpoint.platform.AuditOutcome;
import org.stillpoint.platform.Conflict;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.NotFound;
import org.stillpoint.platform.Role;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.scheduling.AppointmentStatus;
import org.stillpoint.scheduling.AppointmentView;
import org.stillpoint.scheduling.Scheduling;
import org.stillpoint.therapists.TherapistId;
import org.stillpoint.therapists.Therapists;
import org.stillpoint.treatment.notes.Amendment;
import org.stillpoint.treatment.notes.IncompleteNote;
import org.stillpoint.treatment.notes.NoteMail;
import org.stillpoint.treatment.notes.NoteRepository;
import org.stillpoint.treatment.notes.NoteRules;
import org.stillpoint.treatment.notes.SessionNote;
import org.stillpoint.treatment.session.PlanRepository;
import org.stillpoint.treatment.session.PlanRepository.StoredPlan;

/**
 * Session notes: the structured record of what happened in a session (DESIGN §2.4). Who may do what:
 * <ul>
 *   <li>write (save the draft, sign, amend): the appointment's therapist and the owner;</li>
 *   <li>read: the owner and any therapist who cares for the client (an appointment together, past or future);
 *       every read is audited through {@link Clients#requireClinicalAccess};</li>
 *   <li>the front desk and clients never see notes. A client asking for the note of any appointment, their own
 *       included, gets 404: notes are not a record of theirs here, and whether one exists is itself clinical
 *       information. The front desk's attempt is audited as refused and answers 404 too.</li>
 * </ul>
 * A note for someone else's appointment is 404; for a cancelled or missed appointment 409. A draft is replaced
 * whole; signing needs the pain before and after (422 naming them), completes the appointment if it is still booked
 * and publishes {@link SessionDocumented}; a signed note never changes (409) and is corrected by amendments, which
 * publish {@link SessionNoteAmended}. Recording sudden neck pain with a warning sign (clinical-reference §6.2) tells
 * the owner and the front desk by mail, once per note. Every change happens in one transaction or not at all.
 */
@Service
public class SessionNotes {

    static final String RECORD = "session-note";

    private final NoteRepository notes;
    private final PlanRepository plans;
    private final Scheduling scheduling;
    private final Clients clients;
    private final Clinic clinic;
    private final Therapists therapists;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Notifications notifications;
    private final NoteMail mail;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    private final TransactionTemplate transactions;

    SessionNotes(NoteRepository notes, PlanRepository plans, Scheduling scheduling, Clients clients, Clinic clinic,
                 Therapists therapists, Accounts accounts, AuditLog audit, Notifications notifications, NoteMail mail,
                 ApplicationEventPublisher events, MessageSource messages, PlatformTransactionManager transactionManager,
                 Clock clock) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.notes = notes;
        this.plans = plans;
        this.scheduling = scheduling;
        this.clients = clients;
        this.clinic = clinic;
        this.therapists = therapists;
        this.accounts = accounts;
        this.audit = audit;
        this.notifications = notifications;
        this.mail = mail;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    // --- reading ---

    /** The appointment's note: 404 when it has none or the caller may not read it (see the class comment). */
    @Transactional
    public SessionNoteView note(AppointmentId id) {
        return view(readable(id).note());
    }

    /** The amendments of the appointment's note, oldest first; as {@link #note}. */
    @Transactional
    public List<AmendmentView> amendments(AppointmentId id) {
        return view(readable(id).note()).amendments();
    }

    /**
     * What the note page shows: the appointment and its note (or, before one is written, the blocks of its saved
     * session plan), and whether the caller may write it. The appointment's therapist and the owner see it even
     * before a note exists; a therapist who cares for the client reads a colleague's note; anyone else gets 404.
     * Audited as a read of the client's clinical record.
     */
    @Transactional
    public NoteSheet sheet(AppointmentId id) {
        CurrentUser caller = requireStaff();
        Optional<SessionNote> existing = notes.find(id.value());
        if (caller.is(Role.FRONT_DESK) || existing.filter(note -> !writesFor(caller, note)).isPresent()) {
            Read read = readable(existing);
            SessionNote note = read.note();
            ClientSummary client = read.client();
            return new NoteSheet(id, client.id(), shortName(client), time(note.appointmentStart()),
                    time(note.appointmentEnd()), null,
                    minutes(note.appointmentStart(), note.appointmentEnd()), false, view(note), List.of());
        }
        // The owner, or the appointment's own therapist (scheduling answers 404 to anyone else).
        AppointmentView appointment = scheduling.appointment(id);
        ClientSummary client = clinicalAccess(appointment.clientId());
        boolean open = appointment.status() == AppointmentStatus.BOOKED
                || appointment.status() == AppointmentStatus.COMPLETED;
        List<PlannedBlock> planned = existing.isPresent() || !open ? List.of()
                : plans.find(id).map(StoredPlan::blocks).orElse(List.of());
        return new NoteSheet(id, client.id(), shortName(client), appointment.start(), appointment.end(),
                appointment.status(), minutes(appointment), open, existing.map(this::view).orElse(null), planned);
    }

    // --- writing ---

    /**
     * Creates the appointment's draft note or replaces it whole: 404 when the caller may not write it, 409 when the
     * appointment was cancelled or missed or the note is signed, 400 naming every wrong field (pain outside 0–10,
     * pressure outside 1–5, blocks longer together than the appointment, …), and then nothing is saved.
     */
    @Transactional
    public SessionNoteView saveDraft(AppointmentId id, NoteContent content) {
        return saveDraftNow(id, content);
    }

    private SessionNoteView saveDraftNow(AppointmentId id, NoteContent content) {
        Draft draft = draft(id);
        Writer writer = draft.writer();
        Instant now = clock.instant();
        NoteContent checked = NoteRules.check(content == null ? NoteContent.empty() : content, writer.minutes());
        SessionNote note = store(writer, draft.existing(), checked, now);
        reportEmergency(note, writer.appointment(), now);
        return view(note);
    }

    /**
     * Signs the note, after replacing the draft with {@code content} when it is given: as {@link #saveDraft} for
     * who may and for the content; 409 when it is signed already; 422 ({@code note-incomplete}) naming the pain
     * scores that are missing. Marks a booked appointment as attended through scheduling (422 before it has started;
     * an appointment already completed is left as it is) and publishes {@link SessionDocumented}, all in one
     * transaction. When signing is refused for a missing score but {@code content} records the emergency of
     * clinical-reference §6.2, the emergency is not lost with the refusal: the content is kept as the draft and the
     * emergency reported (in a transaction of its own) before the 422 goes back.
     */
    public SessionNoteView sign(AppointmentId id, NoteContent content) {
        try {
            return transactions.execute(status -> signing(id, content));
        } catch (IncompleteNote incomplete) {
            if (content != null && content.emergency()) {
                transactions.executeWithoutResult(status -> saveDraftNow(id, content));
            }
            throw incomplete;
        }
    }

    private SessionNoteView signing(AppointmentId id, NoteContent content) {
        Draft draft = draft(id);
        Writer writer = draft.writer();
        Instant now = clock.instant();
        SessionNote note = content != null
                ? store(writer, draft.existing(), NoteRules.check(content, writer.minutes()), now)
                : draft.existing().orElseGet(() -> newDraft(writer, NoteContent.empty(), now));
        try {
            note.sign(writer.caller().accountId(), now);
        } catch (IncompleteNote incomplete) {
            throw incomplete.explained(messages, LocaleContextHolder.getLocale());
        }
        notes.sign(note);
        if (writer.appointment().status() == AppointmentStatus.BOOKED) {
            scheduling.markAttended(id);
        }
        NoteFacts facts = note.facts();
        events.publishEvent(new SessionDocumented(id, new ClientId(note.clientId()),
                new TherapistId(note.therapistId()), now, facts.painBefore(), facts.painAfter(), facts.blocks()));
        audit.record(writer.caller(), AuditAction.SIGN, RECORD, id.toString(), AuditOutcome.SUCCESS, null);
        reportEmergency(note, writer.appointment(), now);
        return view(note);
    }

    /**
     * Adds an amendment beside the signed note, which itself stays as signed: as {@link #saveDraft} for who may;
     * 404 when there is no note, 409 for a draft (edit it instead), 400 without a reason or without any correction
     * or with a wrong value. Publishes {@link SessionNoteAmended} with the facts after the amendment.
     */
    @Transactional
    public AmendmentView amend(AppointmentId id, NoteAmendment amendment) {
        Writer writer = writer(id);
        Instant now = clock.instant();
        SessionNote note = notes.lock(id.value()).orElseThrow(() -> new NotFound(RECORD));
        if (!note.signed()) {
            throw new Conflict("note-not-signed", "notes.amend.draft");
        }
        NoteAmendment checked = NoteRules.check(amendment == null
                ? new NoteAmendment(null, null, null, null, null, null) : amendment, writer.minutes());
        Amendment added = note.amend(checked, writer.caller().accountId(), now);
        notes.addAmendment(id.value(), added);
        NoteFacts facts = note.facts();
        events.publishEvent(new SessionNoteAmended(id, new ClientId(note.clientId()),
                new TherapistId(note.therapistId()), added.number(), now, facts.painBefore(), facts.painAfter(),
                facts.blocks()));
        audit.record(writer.caller(), AuditAction.UPDATE, RECORD, id.toString(), AuditOutcome.SUCCESS,
                "amendment " + added.number());
        reportEmergency(note, writer.appointment(), now);
        return amendmentView(added, names(List.of(added.writtenBy())), clinic.profile().zone());
    }

    // --- the rules ---

    /** The caller and the appointment whose note they may write, with its length. */
    private record Writer(CurrentUser caller, AppointmentView appointment, int minutes) {
    }

    /**
     * The appointment, if the caller may write its note: its therapist or the owner (scheduling answers 404 for
     * another therapist's); 404 for everyone else, 409 once it was cancelled or missed.
     */
    private Writer writer(AppointmentId id) {
        CurrentUser caller = requireStaff();
        if (!caller.is(Role.OWNER) && !caller.is(Role.THERAPIST)) {
            throw new NotFound(RECORD);
        }
        AppointmentView appointment = scheduling.appointment(id);
        switch (appointment.status()) {
            case CANCELLED -> throw new Conflict("note-appointment-closed", "notes.appointment.cancelled");
            case MISSED -> throw new Conflict("note-appointment-closed", "notes.appointment.missed");
            case BOOKED, COMPLETED -> { }
        }
        return new Writer(caller, appointment, minutes(appointment));
    }

    /** The writer and the note while it is a draft, its row locked (empty before the first save). */
    private record Draft(Writer writer, Optional<SessionNote> existing) {
    }

    /** The note to write while it is still a draft: as {@link #writer}, and 409 once it is signed. */
    private Draft draft(AppointmentId id) {
        Writer writer = writer(id);
        Optional<SessionNote> existing = notes.lock(id.value());
        if (existing.filter(SessionNote::signed).isPresent()) {
            throw new Conflict("note-signed", "notes.signed");
        }
        return new Draft(writer, existing);
    }

    /** Staff, signed in; a client gets 404 (the class comment says why). */
    private static CurrentUser requireStaff() {
        CurrentUser caller = Accounts.require(Role.CLIENT, Role.THERAPIST, Role.OWNER, Role.FRONT_DESK);
        if (caller.is(Role.CLIENT)) {
            throw new NotFound(RECORD);
        }
        return caller;
    }

    /** A note the caller may read, and its client. */
    private record Read(SessionNote note, ClientSummary client) {
    }

    /** The note, if the caller may read it; the read (or the refusal) is audited. */
    private Read readable(AppointmentId id) {
        return readable(notes.find(id.value()));
    }

    private Read readable(Optional<SessionNote> found) {
        requireStaff();
        SessionNote note = found.orElseThrow(() -> new NotFound(RECORD));
        return new Read(note, clinicalAccess(new ClientId(note.clientId())));
    }

    /** The client, if the caller may read their clinical records (audited); 404 for a note otherwise. */
    private ClientSummary clinicalAccess(ClientId client) {
        try {
            return clients.requireClinicalAccess(client, RECORD);
        } catch (NotFound notVisible) {
            throw new NotFound(RECORD);
        }
    }

    /** Whether the caller writes this note: the owner, or the therapist of its appointment. */
    private boolean writesFor(CurrentUser caller, SessionNote note) {
        return caller.is(Role.OWNER) || (caller.is(Role.THERAPIST) && therapists.findByAccount(caller.accountId())
                .filter(t -> t.id().value().equals(note.therapistId())).isPresent());
    }

    private SessionNote store(Writer writer, Optional<SessionNote> existing, NoteContent content, Instant now) {
        CurrentUser caller = writer.caller();
        if (existing.isPresent()) {
            SessionNote note = existing.get();
            note.replaceDraft(content, caller.accountId(), now);
            notes.replaceDraft(note);
            audit.record(caller, AuditAction.UPDATE, RECORD, note.appointmentId().toString(), AuditOutcome.SUCCESS,
                    null);
            return note;
        }
        SessionNote note = newDraft(writer, content, now);
        try {
            notes.insert(note);
        } catch (DuplicateKeyException savedMeanwhile) {
            throw new Conflict("stale-edit", "problem.stale-edit");
        }
        audit.record(caller, AuditAction.CREATE, RECORD, note.appointmentId().toString(), AuditOutcome.SUCCESS, null);
        return note;
    }

    private static SessionNote newDraft(Writer writer, NoteContent content, Instant now) {
        AppointmentView appointment = writer.appointment();
        return SessionNote.draft(appointment.id().value(), appointment.clientId().value(),
                appointment.therapistId().value(), appointment.start().toInstant(), appointment.end().toInstant(),
                content, writer.caller().accountId(), now);
    }

    /**
     * Clinical-reference §6.2 (emergency row) with §5's emergency tier: the note records the event, the page shows
     * the therapist what to do now, and the owner and the front desk are told by mail, once per note.
     */
    private void reportEmergency(SessionNote note, AppointmentView appointment, Instant now) {
        if (!note.emergencyToReport()) {
            return;
        }
        for (AccountSummary staff : accounts.activeWithRoles(Role.OWNER, Role.FRONT_DESK)) {
            notifications.send(mail.emergency(staff.email(), staff.displayName(), appointment.start().toLocalDate()));
        }
        note.emergencyReported(now);
        notes.emergencyReported(note.appointmentId(), now);
        audit.record(Accounts.current().orElse(null), AuditAction.CREATE, RECORD + "-emergency",
                note.appointmentId().toString(), AuditOutcome.SUCCESS, null);
    }

    // --- views ---

    private SessionNoteView view(SessionNote note) {
        ZoneId zone = clinic.profile().zone();
        List<Amendment> amendments = note.amendments();
        Map<UUID, String> names = names(amendments.stream().map(Amendment::writtenBy).toList(), note.signedBy());
        return new SessionNoteView(new AppointmentId(note.appointmentId()), new ClientId(note.clientId()),
                new TherapistId(note.therapistId()), at(note.appointmentStart(), zone), at(note.appointmentEnd(), zone),
                note.status(), note.content(), at(note.createdAt(), zone), at(note.updatedAt(), zone),
                at(note.signedAt(), zone), note.signedBy() == null ? null : names.get(note.signedBy()),
                at(note.emergencyReportedAt(), zone),
                amendments.stream().map(a -> amendmentView(a, names, zone)).toList(), note.facts());
    }

    private static AmendmentView amendmentView(Amendment a, Map<UUID, String> names, ZoneId zone) {
        return new AmendmentView(a.number(), a.reason(), a.text(), a.painBefore(), a.painAfter(), a.blocks(),
                a.adverseEvents(), at(a.writtenAt(), zone), names.get(a.writtenBy()));
    }

    /** The display names of the accounts that signed or amended (staff are named to each other). */
    private Map<UUID, String> names(List<UUID> accountIds, UUID... more) {
        Map<UUID, String> names = new HashMap<>();
        Stream.concat(accountIds.stream(), Arrays.stream(more)).filter(Objects::nonNull).distinct()
                .forEach(id -> accounts.find(new AccountId(id))
                        .ifPresent(account -> names.put(id, account.displayName())));
        return names;
    }

    private OffsetDateTime time(Instant instant) {
        return at(instant, clinic.profile().zone());
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    private static int minutes(AppointmentView appointment) {
        return minutes(appointment.start().toInstant(), appointment.end().toInstant());
    }

    private static int minutes(Instant start, Instant end) {
        return (int) Duration.between(start, end).toMinutes();
    }

    /** First name and last initial, as therapists see clients on their schedule. */
    private static String shortName(ClientSummary client) {
        String initial = client.lastName().isEmpty() ? "" : " " + client.lastName().charAt(0) + ".";
        return client.firstName() + initial;
    }
}
