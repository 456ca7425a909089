package org.stillpoint.treatment.notes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.Conflict;
import org.stillpoint.treatment.AdverseEvent;
import org.stillpoint.treatment.BlockDone;
import org.stillpoint.treatment.NoteAmendment;
import org.stillpoint.treatment.NoteContent;
import org.stillpoint.treatment.NoteFacts;
import org.stillpoint.treatment.NoteStatus;

/**
 * The note of one appointment. A draft is replaced as often as the therapist likes; signing needs the pain before
 * and after and makes the note immutable: its content never changes again, and a correction is an amendment kept
 * beside it. The facts outcomes are read from ({@link #facts()}) are the content with every amendment applied in
 * order. Whether the content is well-formed (ranges, lengths, minutes) is {@link NoteRules}' business.
 */
public final class SessionNote {

    private final UUID appointmentId;
    private final UUID clientId;
    private final UUID therapistId;
    private final Instant appointmentStart;
    private final Instant appointmentEnd;
    private NoteStatus status;
    private NoteContent content;
    private final Instant createdAt;
    private final UUID createdBy;
    private Instant updatedAt;
    private UUID updatedBy;
    private Instant signedAt;
    private UUID signedBy;
    private Instant emergencyReportedAt;
    private final List<Amendment> amendments;

    /** A note as stored; new notes start with {@link #draft}. */
    public SessionNote(UUID appointmentId, UUID clientId, UUID therapistId, Instant appointmentStart,
                       Instant appointmentEnd, NoteStatus status, NoteContent content, Instant createdAt,
                       UUID createdBy, Instant updatedAt, UUID updatedBy, Instant signedAt, UUID signedBy,
                       Instant emergencyReportedAt, List<Amendment> amendments) {
        this.appointmentId = Objects.requireNonNull(appointmentId, "appointmentId");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.therapistId = Objects.requireNonNull(therapistId, "therapistId");
        this.appointmentStart = Objects.requireNonNull(appointmentStart, "appointmentStart");
        this.appointmentEnd = Objects.requireNonNull(appointmentEnd, "appointmentEnd");
        if (!appointmentStart.isBefore(appointmentEnd)) {
            throw new IllegalArgumentException("an appointment ends after it starts");
        }
        this.status = Objects.requireNonNull(status, "status");
        this.content = Objects.requireNonNull(content, "content");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.updatedBy = Objects.requireNonNull(updatedBy, "updatedBy");
        this.signedAt = signedAt;
        this.signedBy = signedBy;
        if ((status == NoteStatus.SIGNED) != (signedAt != null && signedBy != null)) {
            throw new IllegalArgumentException("a signed note, and only a signed note, has a signature");
        }
        if (status == NoteStatus.DRAFT && !amendments.isEmpty()) {
            throw new IllegalArgumentException("only a signed note is amended");
        }
        this.emergencyReportedAt = emergencyReportedAt;
        this.amendments = new ArrayList<>(amendments);
    }

    /** A new draft of the appointment's note. */
    public static SessionNote draft(UUID appointmentId, UUID clientId, UUID therapistId, Instant appointmentStart,
                                    Instant appointmentEnd, NoteContent content, AccountId by, Instant now) {
        return new SessionNote(appointmentId, clientId, therapistId, appointmentStart, appointmentEnd,
                NoteStatus.DRAFT, content, now, by.value(), now, by.value(), null, null, null, List.of());
    }

    /** Replaces the whole draft; 409 once the note is signed. */
    public void replaceDraft(NoteContent replacement, AccountId by, Instant now) {
        requireDraft();
        content = Objects.requireNonNull(replacement, "replacement");
        updatedAt = now;
        updatedBy = by.value();
    }

    /**
     * Signs the note: 409 when it is signed already, 422 ({@link IncompleteNote}) naming the pain scores that are
     * missing. From now on the content never changes.
     */
    public void sign(AccountId by, Instant now) {
        requireDraft();
        List<String> missing = new ArrayList<>();
        if (content.painBefore() == null) {
            missing.add("painBefore");
        }
        if (content.painAfter() == null) {
            missing.add("painAfter");
        }
        if (!missing.isEmpty()) {
            throw new IncompleteNote(missing);
        }
        status = NoteStatus.SIGNED;
        signedAt = now;
        signedBy = by.value();
        updatedAt = now;
        updatedBy = by.value();
    }

    /**
     * Adds a correction beside the signed note and answers it; the note's own content stays as signed. 409 for a
     * draft, which is simply edited instead.
     */
    public Amendment amend(NoteAmendment correction, AccountId by, Instant now) {
        if (status != NoteStatus.SIGNED) {
            throw new Conflict("note-not-signed", "notes.amend.draft");
        }
        Amendment amendment = new Amendment(amendments.size() + 1, correction.reason(), correction.text(),
                correction.painBefore(), correction.painAfter(), correction.blocks(), correction.adverseEvents(),
                now, by.value());
        amendments.add(amendment);
        return amendment;
    }

    /** The content with every amendment applied in order. */
    public NoteFacts facts() {
        Integer painBefore = content.painBefore();
        Integer painAfter = content.painAfter();
        List<BlockDone> blocks = content.blocks();
        Set<AdverseEvent> adverse = content.adverseEvents();
        for (Amendment amendment : amendments) {
            painBefore = amendment.painBefore() != null ? amendment.painBefore() : painBefore;
            painAfter = amendment.painAfter() != null ? amendment.painAfter() : painAfter;
            blocks = amendment.blocks() != null ? amendment.blocks() : blocks;
            adverse = amendment.adverseEvents() != null ? amendment.adverseEvents() : adverse;
        }
        return new NoteFacts(painBefore, painAfter, blocks, adverse, AdverseEvent.isEmergency(adverse));
    }

    /** Whether the note records the emergency of clinical-reference §6.2 and staff have not been told yet. */
    public boolean emergencyToReport() {
        return emergencyReportedAt == null && facts().emergency();
    }

    /** The owner and the front desk were told of the emergency; they are told once per note. */
    public void emergencyReported(Instant now) {
        if (emergencyReportedAt == null) {
            emergencyReportedAt = now;
        }
    }

    private void requireDraft() {
        if (status != NoteStatus.DRAFT) {
            throw new Conflict("note-signed", "notes.signed");
        }
    }

    public boolean signed() {
        return status == NoteStatus.SIGNED;
    }

    public UUID appointmentId() {
        return appointmentId;
    }

    public UUID clientId() {
        return clientId;
    }

    public UUID therapistId() {
        return therapistId;
    }

    public Instant appointmentStart() {
        return appointmentStart;
    }

    public Instant appointmentEnd() {
        return appointmentEnd;
    }

    public NoteStatus status() {
        return status;
    }

    public NoteContent content() {
        return content;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public UUID updatedBy() {
        return updatedBy;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public UUID signedBy() {
        return signedBy;
    }

    public Instant emergencyReportedAt() {
        return emergencyReportedAt;
    }

    public List<Amendment> amendments() {
        return List.copyOf(amendments);
    }
}
