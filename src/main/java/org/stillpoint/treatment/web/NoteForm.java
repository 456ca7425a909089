package org.stillpoint.treatment.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.stillpoint.clinic.Technique;
import org.stillpoint.treatment.AdverseEvent;
import org.stillpoint.treatment.AreaFinding;
import org.stillpoint.treatment.BlockDone;
import org.stillpoint.treatment.BodyArea;
import org.stillpoint.treatment.IntervalUnit;
import org.stillpoint.treatment.NextSession;
import org.stillpoint.treatment.NoteContent;
import org.stillpoint.treatment.PlannedBlock;
import org.stillpoint.treatment.Tension;

/**
 * The note page's form: every text and score of the note, one findings row per body area (in the order of
 * {@link BodyArea}), the blocks done as rows with a few empty ones to fill in, and the next session's interval in
 * three fields. Rows left empty are dropped before the note is saved; filled rows keep their order. A bean with
 * setters, so that a value of the wrong type (letters for minutes) is one field's error and the rest of what was
 * typed stays on the page.
 */
public class NoteForm {

    /** The empty block rows offered below the filled ones. */
    static final int SPARE_ROWS = 3;

    /** The most block rows the form grows to (a note takes no more blocks than this either). */
    static final int MAX_ROWS = 30;

    private String subjective;
    private Integer painBefore;
    private List<FindingRow> findings = new ArrayList<>();
    private String assessment;
    private List<BlockRow> blocks = new ArrayList<>();
    private Integer painAfter;
    private String response;
    private Set<AdverseEvent> adverseEvents = EnumSet.noneOf(AdverseEvent.class);
    private String adverseNote;
    private String recommendations;
    private Integer nextEvery;
    private IntervalUnit nextUnit;
    private String nextNote;

    /** One area's findings; an unticked box reads as no trigger points. */
    public static class FindingRow {

        private BodyArea area;
        private Tension tension;
        private Boolean triggerPoints;
        private String note;

        public FindingRow() {
        }

        FindingRow(BodyArea area, Tension tension, Boolean triggerPoints, String note) {
            this.area = area;
            this.tension = tension;
            this.triggerPoints = triggerPoints;
            this.note = note;
        }

        boolean empty() {
            return tension == null && !Boolean.TRUE.equals(triggerPoints) && blank(note);
        }

        public BodyArea getArea() {
            return area;
        }

        public void setArea(BodyArea area) {
            this.area = area;
        }

        public Tension getTension() {
            return tension;
        }

        public void setTension(Tension tension) {
            this.tension = tension;
        }

        public Boolean getTriggerPoints() {
            return triggerPoints;
        }

        public void setTriggerPoints(Boolean triggerPoints) {
            this.triggerPoints = triggerPoints;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** One block done. */
    public static class BlockRow {

        private Technique technique;
        private BodyArea area;
        private Integer minutes;
        private Integer pressure;

        public BlockRow() {
        }

        BlockRow(Technique technique, BodyArea area, Integer minutes, Integer pressure) {
            this.technique = technique;
            this.area = area;
            this.minutes = minutes;
            this.pressure = pressure;
        }

        boolean empty() {
            return technique == null && area == null && minutes == null && pressure == null;
        }

        public Technique getTechnique() {
            return technique;
        }

        public void setTechnique(Technique technique) {
            this.technique = technique;
        }

        public BodyArea getArea() {
            return area;
        }

        public void setArea(BodyArea area) {
            this.area = area;
        }

        public Integer getMinutes() {
            return minutes;
        }

        public void setMinutes(Integer minutes) {
            this.minutes = minutes;
        }

        public Integer getPressure() {
            return pressure;
        }

        public void setPressure(Integer pressure) {
            this.pressure = pressure;
        }
    }

    /**
     * The form for a note's content; for a note not written yet, the blocks of the session plan fill the first rows,
     * and without a plan the rows are empty.
     */
    static NoteForm of(NoteContent content, List<PlannedBlock> planned) {
        NoteForm form = new NoteForm();
        if (content == null) {
            form.findings = findingRows(List.of());
            form.blocks = withSpares(planned == null ? List.of() : planned.stream()
                    .map(p -> new BlockRow(p.technique(), p.area(), p.minutes(), p.pressure())).toList(), SPARE_ROWS);
            return form;
        }
        form.subjective = content.subjective();
        form.painBefore = content.painBefore();
        form.findings = findingRows(content.findings());
        form.assessment = content.assessment();
        form.blocks = withSpares(content.blocks().stream()
                .map(b -> new BlockRow(b.technique(), b.area(), b.minutes(), b.pressure())).toList(), SPARE_ROWS);
        form.painAfter = content.painAfter();
        form.response = content.response();
        form.adverseEvents = content.adverseEvents().isEmpty() ? EnumSet.noneOf(AdverseEvent.class)
                : EnumSet.copyOf(content.adverseEvents());
        form.adverseNote = content.adverseNote();
        form.recommendations = content.recommendations();
        NextSession next = content.nextSession();
        if (next != null) {
            form.nextEvery = next.every();
            form.nextUnit = next.unit();
            form.nextNote = next.note();
        }
        return form;
    }

    /** The same form with a row per area, its filled block rows first and {@code spares} empty ones after them. */
    NoteForm compacted(int spares) {
        NoteForm form = new NoteForm();
        form.subjective = subjective;
        form.painBefore = painBefore;
        form.findings = findingRows(filledFindings());
        form.assessment = assessment;
        form.blocks = withSpares(filledBlocks(), spares);
        form.painAfter = painAfter;
        form.response = response;
        form.adverseEvents = adverseEvents;
        form.adverseNote = adverseNote;
        form.recommendations = recommendations;
        form.nextEvery = nextEvery;
        form.nextUnit = nextUnit;
        form.nextNote = nextNote;
        return form;
    }

    /** The number of block rows left empty. */
    int emptyRows() {
        return (int) blocks.stream().filter(r -> r == null || r.empty()).count();
    }

    /** The note the form describes, without its empty rows. */
    NoteContent content() {
        return new NoteContent(subjective, painBefore, filledFindings(), assessment,
                filledBlocks().stream().map(r -> new BlockDone(r.technique, r.area, r.minutes, r.pressure)).toList(),
                painAfter, response, adverseEvents, adverseNote, recommendations,
                nextEvery == null && nextUnit == null && blank(nextNote) ? null
                        : new NextSession(nextEvery, nextUnit, nextNote));
    }

    /** The findings rows that say something, in area order: the order {@link #content()} sends them in. */
    List<AreaFinding> filledFindings() {
        return findings.stream().filter(r -> r != null && r.area != null && !r.empty())
                .sorted((a, b) -> a.area.compareTo(b.area))
                .map(r -> new AreaFinding(r.area, r.tension, triggerPoints(r), r.note))
                .toList();
    }

    private List<BlockRow> filledBlocks() {
        return blocks.stream().filter(r -> r != null && !r.empty()).toList();
    }

    /** Ticked is yes; unticked is no beside a tension, and nothing said otherwise. */
    private static Boolean triggerPoints(FindingRow row) {
        if (Boolean.TRUE.equals(row.triggerPoints)) {
            return true;
        }
        return row.tension == null ? null : false;
    }

    private static List<FindingRow> findingRows(List<AreaFinding> findings) {
        Map<BodyArea, AreaFinding> byArea = findings.stream()
                .collect(Collectors.toMap(AreaFinding::area, Function.identity(), (a, b) -> a));
        List<FindingRow> rows = new ArrayList<>();
        for (BodyArea area : BodyArea.values()) {
            AreaFinding f = byArea.get(area);
            rows.add(f == null ? new FindingRow(area, null, null, null)
                    : new FindingRow(area, f.tension(), f.triggerPoints(), f.note()));
        }
        return rows;
    }

    private static List<BlockRow> withSpares(List<BlockRow> filled, int spares) {
        List<BlockRow> rows = new ArrayList<>(filled);
        for (int i = 0; i < spares && rows.size() < MAX_ROWS; i++) {
            rows.add(new BlockRow());
        }
        return rows;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getSubjective() {
        return subjective;
    }

    public void setSubjective(String subjective) {
        this.subjective = subjective;
    }

    public Integer getPainBefore() {
        return painBefore;
    }

    public void setPainBefore(Integer painBefore) {
        this.painBefore = painBefore;
    }

    public List<FindingRow> getFindings() {
        return findings;
    }

    public void setFindings(List<FindingRow> findings) {
        this.findings = findings == null ? new ArrayList<>() : findings;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }

    public List<BlockRow> getBlocks() {
        return blocks;
    }

    public void setBlocks(List<BlockRow> blocks) {
        this.blocks = blocks == null ? new ArrayList<>() : blocks;
    }

    public Integer getPainAfter() {
        return painAfter;
    }

    public void setPainAfter(Integer painAfter) {
        this.painAfter = painAfter;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public Set<AdverseEvent> getAdverseEvents() {
        return adverseEvents;
    }

    public void setAdverseEvents(Set<AdverseEvent> adverseEvents) {
        this.adverseEvents = adverseEvents == null ? EnumSet.noneOf(AdverseEvent.class) : adverseEvents;
    }

    public String getAdverseNote() {
        return adverseNote;
    }

    public void setAdverseNote(String adverseNote) {
        this.adverseNote = adverseNote;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public Integer getNextEvery() {
        return nextEvery;
    }

    public void setNextEvery(Integer nextEvery) {
        this.nextEvery = nextEvery;
    }

    public IntervalUnit getNextUnit() {
        return nextUnit;
    }

    public void setNextUnit(IntervalUnit nextUnit) {
        this.nextUnit = nextUnit;
    }

    public String getNextNote() {
        return nextNote;
    }

    public void setNextNote(String nextNote) {
        this.nextNote = nextNote;
    }
}
