package org.stillpoint.treatment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.stillpoint.clinic.Technique;
import org.stillpoint.treatment.AdverseEvent;
import org.stillpoint.treatment.AreaFinding;
import org.stillpoint.treatment.BlockDone;
import org.stillpoint.treatment.BodyArea;
import org.stillpoint.treatment.NoteContent;
import org.stillpoint.treatment.PlannedBlock;
import org.stillpoint.treatment.Tension;

/** The page form: planned blocks fill a new note, empty rows are dropped, filled rows close up. */
class NoteFormTest {

    @Test
    void aNewNoteStartsFromThePlannedBlocksAndWithoutAPlanFromEmptyRows() {
        NoteForm planned = NoteForm.of(null, List.of(
                new PlannedBlock(Technique.CRANIOSACRAL, BodyArea.SUBOCCIPITALS, 20, 1, false, "slow"),
                new PlannedBlock(Technique.SWEDISH, BodyArea.SHOULDERS, 25, 2, false, null)));
        NoteForm unplanned = NoteForm.of(null, null);

        assertThat(planned.getBlocks()).hasSize(2 + NoteForm.SPARE_ROWS);
        assertThat(planned.content().blocks()).containsExactly(
                new BlockDone(Technique.CRANIOSACRAL, BodyArea.SUBOCCIPITALS, 20, 1),
                new BlockDone(Technique.SWEDISH, BodyArea.SHOULDERS, 25, 2));
        assertThat(unplanned.getBlocks()).hasSize(NoteForm.SPARE_ROWS);
        assertThat(unplanned.content().blocks()).isEmpty();
        assertThat(unplanned.getFindings()).extracting(NoteForm.FindingRow::getArea)
                .containsExactly(BodyArea.values());
    }

    @Test
    void aWrittenNoteIsShownAsWrittenNotAsPlanned() {
        NoteContent written = new NoteContent("x", 3,
                List.of(new AreaFinding(BodyArea.FACE, Tension.MILD, false, null)), null,
                List.of(new BlockDone(Technique.REFLEXOLOGY, BodyArea.FEET, 15, 2)), null, null,
                Set.of(AdverseEvent.NAUSEA), null, null, null);

        NoteForm form = NoteForm.of(written, null);

        assertThat(form.content()).isEqualTo(written);
        assertThat(form.getBlocks()).hasSize(1 + NoteForm.SPARE_ROWS);
        assertThat(form.getFindings().get(BodyArea.FACE.ordinal()).getTension()).isEqualTo(Tension.MILD);
    }

    @Test
    void emptyRowsAreDroppedAndFilledRowsCloseUp() {
        NoteForm form = NoteForm.of(null, null);
        form.getBlocks().get(2).setTechnique(Technique.SWEDISH);
        form.getBlocks().get(2).setMinutes(10);
        form.getFindings().get(BodyArea.FEET.ordinal()).setNote("Cold feet");
        form.getFindings().get(BodyArea.SCALP.ordinal()).setTriggerPoints(false);
        form.getFindings().get(BodyArea.JAW_LEFT.ordinal()).setTension(Tension.MARKED);

        NoteForm compacted = form.compacted(1);

        assertThat(compacted.getBlocks()).hasSize(2);
        assertThat(compacted.getBlocks().get(0).getTechnique()).isEqualTo(Technique.SWEDISH);
        assertThat(form.content().blocks()).containsExactly(new BlockDone(Technique.SWEDISH, null, 10, null));
        assertThat(form.content().findings()).containsExactly(
                new AreaFinding(BodyArea.JAW_LEFT, Tension.MARKED, false, null),
                new AreaFinding(BodyArea.FEET, null, null, "Cold feet"));
        assertThat(form.content().nextSession()).isNull();
        assertThat(form.emptyRows()).isEqualTo(NoteForm.SPARE_ROWS - 1);
    }
}
