package org.stillpoint.treatment.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.treatment.AdverseEvent;
import org.stillpoint.treatment.AmendmentView;
import org.stillpoint.treatment.AreaFinding;
import org.stillpoint.treatment.BlockDone;
import org.stillpoint.treatment.NextSession;
import org.stillpoint.treatment.NoteAmendment;
import org.stillpoint.treatment.NoteContent;
import org.stillpoint.treatment.NoteFacts;
import org.stillpoint.treatment.NoteStatus;
import org.stillpoint.treatment.SessionNoteView;
import org.stillpoint.treatment.SessionNotes;

/**
 * The note of an appointment for programs: read it, save the draft (created or replaced whole), sign it, and add
 * amendments to a signed note. Who may is {@link SessionNotes}' business: the appointment's therapist and the owner
 * write, treating therapists and the owner read, anyone else gets 404.
 */
@RestController
@RequestMapping("/api/v1/appointments/{id}/note")
class SessionNoteApiController {

    private final SessionNotes notes;

    SessionNoteApiController(SessionNotes notes) {
        this.notes = notes;
    }

    @GetMapping
    NoteResponse note(@PathVariable UUID id) {
        return NoteResponse.of(notes.note(new AppointmentId(id)));
    }

    /** Creates or replaces the draft: 400 naming each wrong field, 409 once signed or for a closed appointment. */
    @PostMapping
    NoteResponse saveDraft(@PathVariable UUID id, @RequestBody NoteRequest request) {
        return NoteResponse.of(notes.saveDraft(new AppointmentId(id), request.content()));
    }

    /**
     * Signs the saved draft, or the content given (which replaces the draft first): 422 naming the missing pain
     * scores, 409 when signed already.
     */
    @PostMapping("/sign")
    NoteResponse sign(@PathVariable UUID id, @RequestBody(required = false) NoteRequest request) {
        return NoteResponse.of(notes.sign(new AppointmentId(id), request == null ? null : request.content()));
    }

    @GetMapping("/amendments")
    List<AmendmentView> amendments(@PathVariable UUID id) {
        return notes.amendments(new AppointmentId(id));
    }

    /** 201 with the amendment; the note itself stays as signed. 409 for a draft, 400 without reason or correction. */
    @PostMapping("/amendments")
    ResponseEntity<AmendmentView> amend(@PathVariable UUID id, @RequestBody AmendmentRequest request) {
        AmendmentView added = notes.amend(new AppointmentId(id), new NoteAmendment(request.reason(), request.text(),
                request.painBefore(), request.painAfter(), request.blocks(), request.adverseEvents()));
        return ResponseEntity.created(URI.create("/api/v1/appointments/" + id + "/note/amendments")).body(added);
    }

    /** A note as a program writes it; anything may be left out of a draft. */
    record NoteRequest(String subjective, Integer painBefore, List<AreaFinding> findings, String assessment,
                       List<BlockDone> blocks, Integer painAfter, String response, Set<AdverseEvent> adverseEvents,
                       String adverseNote, String recommendations, NextSession nextSession) {

        NoteContent content() {
            return new NoteContent(subjective, painBefore, findings, assessment, blocks, painAfter, response,
                    adverseEvents, adverseNote, recommendations, nextSession);
        }
    }

    record AmendmentRequest(String reason, String text, Integer painBefore, Integer painAfter,
                            List<BlockDone> blocks, Set<AdverseEvent> adverseEvents) {
    }

    /** A note with its ids as plain UUIDs; {@code emergency} is true when the current facts hold one (§6.2). */
    record NoteResponse(UUID appointmentId, UUID clientId, UUID therapistId, OffsetDateTime appointmentStart,
                        OffsetDateTime appointmentEnd, NoteStatus status, String subjective, Integer painBefore,
                        List<AreaFinding> findings, String assessment, List<BlockDone> blocks, Integer painAfter,
                        String response, Set<AdverseEvent> adverseEvents, String adverseNote,
                        String recommendations, NextSession nextSession, boolean emergency,
                        OffsetDateTime emergencyReportedAt, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                        OffsetDateTime signedAt, String signedBy, List<AmendmentView> amendments,
                        NoteFacts current) {

        static NoteResponse of(SessionNoteView note) {
            NoteContent c = note.content();
            return new NoteResponse(note.appointment().value(), note.client().value(), note.therapist().value(),
                    note.appointmentStart(), note.appointmentEnd(), note.status(), c.subjective(), c.painBefore(),
                    c.findings(), c.assessment(), c.blocks(), c.painAfter(), c.response(), c.adverseEvents(),
                    c.adverseNote(), c.recommendations(), c.nextSession(), note.current().emergency(),
                    note.emergencyReportedAt(), note.createdAt(), note.updatedAt(), note.signedAt(), note.signedBy(),
                    note.amendments(), note.current());
        }
    }
}
