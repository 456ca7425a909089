package org.stillpoint.treatment.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stillpoint.treatment.notes.Notes.complete;
import static org.stillpoint.treatment.notes.Notes.withBlocks;
import static org.stillpoint.treatment.notes.Notes.withPains;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stillpoint.clinic.Technique;
import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.InvalidInput.FieldMessage;
import org.stillpoint.treatment.AdverseEvent;
import org.stillpoint.treatment.AreaFinding;
import org.stillpoint.treatment.BlockDone;
import org.stillpoint.treatment.BodyArea;
import org.stillpoint.treatment.IntervalUnit;
import org.stillpoint.treatment.NextSession;
import org.stillpoint.treatment.NoteAmendment;
import org.stillpoint.treatment.NoteContent;
import org.stillpoint.treatment.Tension;

/** The shape of a note: ranges, lengths, the blocks' minutes against the appointment, and tidying. */
class NoteRulesTest {

    private static final int HOUR = 60;

    @Nested
    class Scores {

        @Test
        void painIsFromZeroToTen() {
            assertThat(NoteRules.check(withPains(0, 10), HOUR).painAfter()).isEqualTo(10);
            assertThat(fields(() -> NoteRules.check(withPains(-1, 11), HOUR)))
                    .containsExactly("painBefore", "painAfter");
        }

        @Test
        void aDraftMayLeaveThePainOut() {
            assertThat(NoteRules.check(withPains(null, null), HOUR).painBefore()).isNull();
        }

        @Test
        void pressureIsFromOneToFiveAndEveryPartOfABlockIsNeeded() {
            List<BlockDone> blocks = Arrays.asList(new BlockDone(Technique.SWEDISH, BodyArea.SCALP, 10, 0),
                    new BlockDone(Technique.SWEDISH, BodyArea.SCALP, 10, 6),
                    new BlockDone(null, null, null, null), null);

            assertThat(fields(() -> NoteRules.check(withBlocks(blocks), HOUR))).containsExactly(
                    "blocks[0].pressure", "blocks[1].pressure", "blocks[2].technique", "blocks[2].area",
                    "blocks[2].minutes", "blocks[2].pressure", "blocks[3]");
        }
    }

    @Nested
    class Minutes {

        @Test
        void blocksMayFillTheAppointmentButNotMore() {
            List<BlockDone> full = List.of(block(30), block(30));
            List<BlockDone> over = List.of(block(30), block(25), block(10));

            assertThat(NoteRules.check(withBlocks(full), HOUR).totalMinutes()).isEqualTo(60);
            assertThatThrownBy(() -> NoteRules.check(withBlocks(over), HOUR))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fields()).singleElement()
                            .satisfies(f -> {
                                assertThat(f.field()).isEqualTo("blocks");
                                assertThat(f.messageKey()).isEqualTo("notes.blocks.too-long");
                                assertThat(f.args()).containsExactly(65, 60);
                            }));
        }

        @Test
        void aBlockLastsAtLeastAMinuteAndNoLongerThanTheAppointment() {
            assertThat(fields(() -> NoteRules.check(withBlocks(List.of(block(0), block(61))), HOUR)))
                    .containsExactly("blocks[0].minutes", "blocks[1].minutes");
        }
    }

    @Nested
    class Findings {

        @Test
        void eachAreaHasOneRowAndRowsComeInAreaOrder() {
            NoteContent twice = withFindings(new AreaFinding(BodyArea.SCALP, Tension.MILD, null, null),
                    new AreaFinding(BodyArea.SCALP, Tension.MARKED, null, null));
            NoteContent unordered = withFindings(new AreaFinding(BodyArea.FEET, Tension.MILD, null, null),
                    new AreaFinding(BodyArea.SUBOCCIPITALS, null, true, null));

            assertThat(fields(() -> NoteRules.check(twice, HOUR))).containsExactly("findings[1].area");
            assertThat(NoteRules.check(unordered, HOUR).findings()).extracting(AreaFinding::area)
                    .containsExactly(BodyArea.SUBOCCIPITALS, BodyArea.FEET);
        }

        @Test
        void moreRowsThanAreasAreRefusedAsOneWholeNotRowByRow() {
            AreaFinding[] rows = new AreaFinding[1000];
            Arrays.fill(rows, new AreaFinding(BodyArea.SCALP, Tension.MILD, null, null));

            assertThatThrownBy(() -> NoteRules.check(withFindings(rows), HOUR))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fields()).singleElement()
                            .isEqualTo(new FieldMessage("findings", "notes.findings.too-many",
                                    List.of(BodyArea.values().length))));
        }

        @Test
        void aFindingNeedsItsArea() {
            assertThat(fields(() -> NoteRules.check(withFindings(new AreaFinding(null, Tension.MILD, null, null)),
                    HOUR))).containsExactly("findings[0].area");
        }
    }

    @Nested
    class Texts {

        @Test
        void areStrippedBlankIsNothingAndLongIsRefused() {
            NoteContent c = complete();
            NoteContent sloppy = new NoteContent("  Headache.  ", 3, c.findings(), "   ", c.blocks(), 2, null,
                    c.adverseEvents(), "", "x".repeat(NoteRules.TEXT_MAX + 1), null);

            assertThat(fields(() -> NoteRules.check(sloppy, HOUR))).containsExactly("recommendations");
            NoteContent tidy = NoteRules.check(new NoteContent("  Headache.  ", 3, c.findings(), "   ", c.blocks(), 2,
                    null, c.adverseEvents(), "", null, null), HOUR);
            assertThat(tidy.subjective()).isEqualTo("Headache.");
            assertThat(tidy.assessment()).isNull();
            assertThat(tidy.adverseNote()).isNull();
        }
    }

    @Nested
    class NextSessions {

        @Test
        void anIntervalNeedsBothItsNumberAndItsUnitWithinAYear() {
            assertThat(fields(() -> NoteRules.check(withNext(new NextSession(2, null, null)), HOUR)))
                    .containsExactly("nextSession.unit");
            assertThat(fields(() -> NoteRules.check(withNext(new NextSession(null, IntervalUnit.DAYS, null)), HOUR)))
                    .containsExactly("nextSession.every");
            assertThat(fields(() -> NoteRules.check(withNext(new NextSession(53, IntervalUnit.WEEKS, null)), HOUR)))
                    .containsExactly("nextSession.every");
            assertThat(NoteRules.check(withNext(new NextSession(10, IntervalUnit.DAYS, " soon ")), HOUR)
                    .nextSession()).isEqualTo(new NextSession(10, IntervalUnit.DAYS, "soon"));
            assertThat(NoteRules.check(withNext(new NextSession(null, null, "  ")), HOUR).nextSession()).isNull();
        }
    }

    @Nested
    class Amendments {

        @Test
        void needAReasonAndSomethingCorrected() {
            assertThat(fields(() -> NoteRules.check(new NoteAmendment(" ", null, null, null, null, null), HOUR)))
                    .containsExactly("reason", "text");
            assertThat(fields(() -> NoteRules.check(new NoteAmendment("typo", null, 11, null, null, null), HOUR)))
                    .containsExactly("painBefore");
        }

        @Test
        void correctBlocksWithTheSameRulesAsTheNote() {
            assertThat(fields(() -> NoteRules.check(new NoteAmendment("wrong", null, null, null,
                    List.of(block(45), block(20)), null), HOUR))).containsExactly("blocks");
            NoteAmendment none = NoteRules.check(new NoteAmendment(" wrong ", null, null, null, List.of(), Set.of()),
                    HOUR);
            assertThat(none.reason()).isEqualTo("wrong");
            assertThat(none.blocks()).isEmpty();
            assertThat(none.adverseEvents()).isEmpty();
        }

        @Test
        void refuseAnUnnamedAdverseEvent() {
            Set<AdverseEvent> withNull = new HashSet<>(Arrays.asList(AdverseEvent.SORENESS, null));
            assertThat(fields(() -> NoteRules.check(new NoteAmendment("x", null, null, null, null, withNull), HOUR)))
                    .containsExactly("adverseEvents");
        }
    }

    private static BlockDone block(int minutes) {
        return new BlockDone(Technique.MEDICAL_MASSAGE, BodyArea.SHOULDERS, minutes, 3);
    }

    private static NoteContent withFindings(AreaFinding... findings) {
        NoteContent c = complete();
        return new NoteContent(c.subjective(), c.painBefore(), new ArrayList<>(Arrays.asList(findings)),
                c.assessment(), c.blocks(), c.painAfter(), c.response(), c.adverseEvents(), c.adverseNote(),
                c.recommendations(), c.nextSession());
    }

    private static NoteContent withNext(NextSession next) {
        NoteContent c = complete();
        return new NoteContent(c.subjective(), c.painBefore(), c.findings(), c.assessment(), c.blocks(),
                c.painAfter(), c.response(), c.adverseEvents(), c.adverseNote(), c.recommendations(), next);
    }

    private static List<String> fields(Runnable check) {
        try {
            check.run();
        } catch (InvalidInput invalid) {
            return invalid.fields().stream().map(FieldMessage::field).toList();
        }
        throw new AssertionError("expected the input to be refused");
    }
}
