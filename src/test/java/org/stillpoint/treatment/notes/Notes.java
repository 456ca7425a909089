package org.stillpoint.treatment.notes;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.stillpoint.clinic.Technique;
import org.stillpoint.platform.AccountId;
import org.stillpoint.treatment.AdverseEvent;
import org.stillpoint.treatment.AreaFinding;
import org.stillpoint.treatment.BlockDone;
import org.stillpoint.treatment.BodyArea;
import org.stillpoint.treatment.IntervalUnit;
import org.stillpoint.treatment.NextSession;
import org.stillpoint.treatment.NoteContent;
import org.stillpoint.treatment.Tension;

/** Notes and their content for the unit tests. */
final class Notes {

    static final Instant START = Instant.parse("2027-03-02T18:00:00Z");
    static final Instant END = START.plusSeconds(3600);
    static final AccountId THERAPIST = AccountId.random();

    private Notes() {
    }

    static NoteContent complete() {
        return new NoteContent("Headache since yesterday.", 6,
                List.of(new AreaFinding(BodyArea.SUBOCCIPITALS, Tension.MODERATE, true, "Tender")),
                "Tight suboccipitals.",
                List.of(new BlockDone(Technique.MEDICAL_MASSAGE, BodyArea.TRAPEZIUS_LEFT, 20, 3),
                        new BlockDone(Technique.TRIGGER_POINT, BodyArea.SUBOCCIPITALS, 15, 4)),
                3, "Relaxed.", Set.of(AdverseEvent.SORENESS), "Mild soreness.", "Self-massage.",
                new NextSession(2, IntervalUnit.WEEKS, null));
    }

    static NoteContent withPains(Integer before, Integer after) {
        NoteContent c = complete();
        return new NoteContent(c.subjective(), before, c.findings(), c.assessment(), c.blocks(), after, c.response(),
                c.adverseEvents(), c.adverseNote(), c.recommendations(), c.nextSession());
    }

    static NoteContent withBlocks(List<BlockDone> blocks) {
        NoteContent c = complete();
        return new NoteContent(c.subjective(), c.painBefore(), c.findings(), c.assessment(), blocks, c.painAfter(),
                c.response(), c.adverseEvents(), c.adverseNote(), c.recommendations(), c.nextSession());
    }

    static NoteContent withAdverse(Set<AdverseEvent> events) {
        NoteContent c = complete();
        return new NoteContent(c.subjective(), c.painBefore(), c.findings(), c.assessment(), c.blocks(),
                c.painAfter(), c.response(), events, c.adverseNote(), c.recommendations(), c.nextSession());
    }

    static SessionNote draft(NoteContent content) {
        return SessionNote.draft(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), START, END, content,
                THERAPIST, END);
    }
}
