package org.stillpoint.treatment.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stillpoint.treatment.notes.Notes.END;
import static org.stillpoint.treatment.notes.Notes.THERAPIST;
import static org.stillpoint.treatment.notes.Notes.complete;
import static org.stillpoint.treatment.notes.Notes.draft;
import static org.stillpoint.treatment.notes.Notes.withAdverse;
import static org.stillpoint.treatment.notes.Notes.withPains;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stillpoint.clinic.Technique;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.Conflict;
import org.stillpoint.treatment.AdverseEvent;
import org.stillpoint.treatment.BlockDone;
import org.stillpoint.treatment.BodyArea;
import org.stillpoint.treatment.NoteAmendment;
import org.stillpoint.treatment.NoteContent;
import org.stillpoint.treatment.NoteStatus;

/** A note's life: a draft replaced at will, signed only with both pain scores, then never changed but amended. */
class SessionNoteTest {

    @Nested
    class Draft {

        @Test
        void isReplacedWholeByWhoeverSavesItLast() {
            SessionNote note = draft(complete());
            AccountId owner = AccountId.random();

            note.replaceDraft(withPains(4, null), owner, END.plusSeconds(60));

            assertThat(note.status()).isEqualTo(NoteStatus.DRAFT);
            assertThat(note.content().painBefore()).isEqualTo(4);
            assertThat(note.content().painAfter()).isNull();
            assertThat(note.updatedBy()).isEqualTo(owner.value());
            assertThat(note.createdBy()).isEqualTo(THERAPIST.value());
            assertThat(note.updatedAt()).isEqualTo(END.plusSeconds(60));
        }

        @Test
        void cannotBeAmended() {
            SessionNote note = draft(complete());

            assertThatThrownBy(() -> note.amend(new NoteAmendment("typo", "x", null, null, null, null), THERAPIST,
                    END)).isInstanceOfSatisfying(Conflict.class,
                    e -> assertThat(e.problemType()).isEqualTo("note-not-signed"));
            assertThat(note.amendments()).isEmpty();
        }
    }

    @Nested
    class Signing {

        @Test
        void needsThePainBeforeAndAfterAndNamesWhatIsMissing() {
            SessionNote neither = draft(withPains(null, null));
            SessionNote noAfter = draft(withPains(5, null));

            assertThatThrownBy(() -> neither.sign(THERAPIST, END)).isInstanceOfSatisfying(IncompleteNote.class,
                    e -> assertThat(e.missing()).containsExactly("painBefore", "painAfter"));
            assertThatThrownBy(() -> noAfter.sign(THERAPIST, END)).isInstanceOfSatisfying(IncompleteNote.class,
                    e -> assertThat(e.missing()).containsExactly("painAfter"));
            assertThat(neither.status()).isEqualTo(NoteStatus.DRAFT);
            assertThat(noAfter.signedAt()).isNull();
        }

        @Test
        void makesTheNoteFinal() {
            SessionNote note = draft(complete());
            note.sign(THERAPIST, END.plusSeconds(600));

            assertThat(note.signed()).isTrue();
            assertThat(note.signedAt()).isEqualTo(END.plusSeconds(600));
            assertThat(note.signedBy()).isEqualTo(THERAPIST.value());
            assertThatThrownBy(() -> note.replaceDraft(withPains(1, 1), THERAPIST, END.plusSeconds(700)))
                    .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.problemType()).isEqualTo("note-signed"));
            assertThatThrownBy(() -> note.sign(THERAPIST, END.plusSeconds(700))).isInstanceOf(Conflict.class);
            assertThat(note.content()).isEqualTo(complete());
            assertThat(note.signedAt()).isEqualTo(END.plusSeconds(600));
        }
    }

    @Nested
    class Amending {

        @Test
        void keepsTheCorrectionBesideTheUnchangedOriginal() {
            SessionNote note = signed(complete());
            List<BlockDone> corrected = List.of(new BlockDone(Technique.SWEDISH, BodyArea.SHOULDERS, 30, 2));

            Amendment first = note.amend(new NoteAmendment("Wrong score", null, null, 2, null, null), THERAPIST,
                    END.plusSeconds(3600));
            Amendment second = note.amend(new NoteAmendment("Wrong blocks", "Swedish only", null, null, corrected,
                    null), THERAPIST, END.plusSeconds(7200));

            assertThat(first.number()).isEqualTo(1);
            assertThat(second.number()).isEqualTo(2);
            assertThat(note.content()).isEqualTo(complete());
            assertThat(note.amendments()).containsExactly(first, second);
            assertThat(note.facts().painBefore()).isEqualTo(6);
            assertThat(note.facts().painAfter()).isEqualTo(2);
            assertThat(note.facts().blocks()).isEqualTo(corrected);
            assertThat(note.facts().adverseEvents()).containsExactly(AdverseEvent.SORENESS);
        }

        @Test
        void laterAmendmentsWinAndAnEmptyCorrectionClearsTheList() {
            SessionNote note = signed(complete());

            note.amend(new NoteAmendment("a", null, 5, 4, null, null), THERAPIST, END);
            note.amend(new NoteAmendment("b", null, null, 1, List.of(), Set.of()), THERAPIST, END);

            assertThat(note.facts().painBefore()).isEqualTo(5);
            assertThat(note.facts().painAfter()).isEqualTo(1);
            assertThat(note.facts().blocks()).isEmpty();
            assertThat(note.facts().adverseEvents()).isEmpty();
        }
    }

    @Nested
    class Emergency {

        @Test
        void isToBeReportedOnceWhenTheFactsHoldOne() {
            SessionNote note = draft(withAdverse(EnumSet.of(AdverseEvent.SUDDEN_NECK_PAIN,
                    AdverseEvent.SPEECH_CHANGE)));

            assertThat(note.emergencyToReport()).isTrue();
            note.emergencyReported(END);
            note.emergencyReported(END.plusSeconds(60));

            assertThat(note.emergencyToReport()).isFalse();
            assertThat(note.emergencyReportedAt()).isEqualTo(END);
        }

        @Test
        void anAmendmentCanRecordOneAfterSigning() {
            SessionNote note = signed(complete());
            assertThat(note.emergencyToReport()).isFalse();

            note.amend(new NoteAmendment("Missed at the time", null, null, null, null,
                    EnumSet.of(AdverseEvent.SUDDEN_NECK_PAIN, AdverseEvent.DIZZINESS)), THERAPIST, END);

            assertThat(note.facts().emergency()).isTrue();
            assertThat(note.emergencyToReport()).isTrue();
        }
    }

    @Test
    void aNoteOutsideItsAppointmentOrASignatureOnADraftIsRefused() {
        NoteContent content = complete();
        assertThatThrownBy(() -> new SessionNote(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), END, Notes.START, NoteStatus.DRAFT, content, END, THERAPIST.value(), END,
                THERAPIST.value(), null, null, null, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionNote(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), Notes.START, END, NoteStatus.DRAFT, content, END, THERAPIST.value(), END,
                THERAPIST.value(), END, THERAPIST.value(), null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SessionNote signed(NoteContent content) {
        SessionNote note = draft(content);
        note.sign(THERAPIST, END);
        return note;
    }
}
