package org.stillpoint.treatment.notes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.InvalidInput.FieldMessage;
import org.stillpoint.treatment.AdverseEvent;
import org.stillpoint.treatment.AreaFinding;
import org.stillpoint.treatment.BlockDone;
import org.stillpoint.treatment.BodyArea;
import org.stillpoint.treatment.NextSession;
import org.stillpoint.treatment.NoteAmendment;
import org.stillpoint.treatment.NoteContent;

/**
 * The shape of a note and of an amendment: pain 0–10, pressure 1–5, each block with its technique, area and at
 * least a minute, the blocks' minutes together no more than the appointment's length, one finding per area, texts
 * within their lengths, an interval to the next session of whole days or weeks. Answers the input tidied (texts
 * stripped, blanks as null) or refuses with every wrong field named (400).
 */
public final class NoteRules {

    public static final int PAIN_MIN = 0;
    public static final int PAIN_MAX = 10;
    public static final int PRESSURE_MIN = 1;
    public static final int PRESSURE_MAX = 5;
    public static final int TEXT_MAX = 2000;
    public static final int SHORT_TEXT_MAX = 500;
    public static final int ADVERSE_NOTE_MAX = 1000;
    public static final int REASON_MAX = 1000;
    public static final int MAX_BLOCKS = 30;
    /** Up to a year in days, or a year in weeks. */
    public static final int MAX_DAYS = 365;
    public static final int MAX_WEEKS = 52;

    private NoteRules() {
    }

    /** The note's content, tidied, or 400 naming every wrong field. */
    public static NoteContent check(NoteContent content, int appointmentMinutes) {
        List<FieldMessage> wrong = new ArrayList<>();
        NoteContent tidy = tidy(content, appointmentMinutes, wrong);
        if (!wrong.isEmpty()) {
            throw new InvalidInput("invalid-note", "notes.invalid", wrong);
        }
        return tidy;
    }

    /** The amendment, tidied, or 400 naming every wrong field (a reason and at least one correction are needed). */
    public static NoteAmendment check(NoteAmendment amendment, int appointmentMinutes) {
        List<FieldMessage> wrong = new ArrayList<>();
        String reason = text(amendment.reason(), "reason", REASON_MAX, wrong);
        if (reason == null && wrong.isEmpty()) {
            wrong.add(new FieldMessage("reason", "notes.amend.reason.required", List.of()));
        }
        String text = text(amendment.text(), "text", TEXT_MAX, wrong);
        Integer painBefore = pain(amendment.painBefore(), "painBefore", wrong);
        Integer painAfter = pain(amendment.painAfter(), "painAfter", wrong);
        List<BlockDone> blocks = amendment.blocks() == null ? null
                : blocks(amendment.blocks(), appointmentMinutes, wrong);
        Set<AdverseEvent> adverse = amendment.adverseEvents() == null ? null
                : adverseEvents(amendment.adverseEvents(), wrong);
        if (text == null && amendment.painBefore() == null && amendment.painAfter() == null
                && amendment.blocks() == null && amendment.adverseEvents() == null) {
            wrong.add(new FieldMessage("text", "notes.amend.nothing", List.of()));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInput("invalid-amendment", "notes.invalid", wrong);
        }
        return new NoteAmendment(reason, text, painBefore, painAfter, blocks, adverse);
    }

    private static NoteContent tidy(NoteContent content, int appointmentMinutes, List<FieldMessage> wrong) {
        return new NoteContent(
                text(content.subjective(), "subjective", TEXT_MAX, wrong),
                pain(content.painBefore(), "painBefore", wrong),
                findings(content.findings(), wrong),
                text(content.assessment(), "assessment", TEXT_MAX, wrong),
                blocks(content.blocks(), appointmentMinutes, wrong),
                pain(content.painAfter(), "painAfter", wrong),
                text(content.response(), "response", TEXT_MAX, wrong),
                adverseEvents(content.adverseEvents(), wrong),
                text(content.adverseNote(), "adverseNote", ADVERSE_NOTE_MAX, wrong),
                text(content.recommendations(), "recommendations", TEXT_MAX, wrong),
                nextSession(content.nextSession(), wrong));
    }

    private static Integer pain(Integer value, String field, List<FieldMessage> wrong) {
        if (value != null && (value < PAIN_MIN || value > PAIN_MAX)) {
            wrong.add(new FieldMessage(field, "notes.pain.range", List.of(PAIN_MIN, PAIN_MAX)));
        }
        return value;
    }

    private static List<AreaFinding> findings(List<AreaFinding> findings, List<FieldMessage> wrong) {
        if (findings.size() > BodyArea.values().length) {
            // One row per area: a longer list is wrong as a whole, not row by row.
            wrong.add(new FieldMessage("findings", "notes.findings.too-many", List.of(BodyArea.values().length)));
            return findings;
        }
        List<AreaFinding> tidy = new ArrayList<>();
        Set<BodyArea> seen = EnumSet.noneOf(BodyArea.class);
        for (int i = 0; i < findings.size(); i++) {
            AreaFinding finding = findings.get(i);
            String at = "findings[" + i + "]";
            if (finding == null) {
                wrong.add(new FieldMessage(at, "field.required", List.of()));
                continue;
            }
            if (finding.area() == null) {
                wrong.add(new FieldMessage(at + ".area", "field.required", List.of()));
            } else if (!seen.add(finding.area())) {
                wrong.add(new FieldMessage(at + ".area", "notes.finding.area.twice", List.of()));
            }
            String note = text(finding.note(), at + ".note", SHORT_TEXT_MAX, wrong);
            tidy.add(new AreaFinding(finding.area(), finding.tension(), finding.triggerPoints(), note));
        }
        tidy.sort((a, b) -> a.area() == null || b.area() == null ? 0 : a.area().compareTo(b.area()));
        return tidy;
    }

    private static List<BlockDone> blocks(List<BlockDone> blocks, int appointmentMinutes, List<FieldMessage> wrong) {
        if (blocks.size() > MAX_BLOCKS) {
            wrong.add(new FieldMessage("blocks", "notes.blocks.too-many", List.of(MAX_BLOCKS)));
            return blocks;
        }
        int total = 0;
        for (int i = 0; i < blocks.size(); i++) {
            BlockDone block = blocks.get(i);
            String at = "blocks[" + i + "]";
            if (block == null) {
                wrong.add(new FieldMessage(at, "field.required", List.of()));
                continue;
            }
            if (block.technique() == null) {
                wrong.add(new FieldMessage(at + ".technique", "field.required", List.of()));
            }
            if (block.area() == null) {
                wrong.add(new FieldMessage(at + ".area", "field.required", List.of()));
            }
            if (block.minutes() == null) {
                wrong.add(new FieldMessage(at + ".minutes", "field.required", List.of()));
            } else if (block.minutes() < 1 || block.minutes() > appointmentMinutes) {
                wrong.add(new FieldMessage(at + ".minutes", "notes.block.minutes.range",
                        List.of(1, appointmentMinutes)));
            } else {
                total += block.minutes();
            }
            if (block.pressure() == null) {
                wrong.add(new FieldMessage(at + ".pressure", "field.required", List.of()));
            } else if (block.pressure() < PRESSURE_MIN || block.pressure() > PRESSURE_MAX) {
                wrong.add(new FieldMessage(at + ".pressure", "notes.block.pressure.range",
                        List.of(PRESSURE_MIN, PRESSURE_MAX)));
            }
        }
        if (total > appointmentMinutes) {
            wrong.add(new FieldMessage("blocks", "notes.blocks.too-long", List.of(total, appointmentMinutes)));
        }
        return List.copyOf(blocks.stream().filter(b -> b != null).toList());
    }

    private static Set<AdverseEvent> adverseEvents(Set<AdverseEvent> events, List<FieldMessage> wrong) {
        if (events.stream().anyMatch(Objects::isNull)) {
            wrong.add(new FieldMessage("adverseEvents", "field.required", List.of()));
        }
        Set<AdverseEvent> tidy = new LinkedHashSet<>();
        for (AdverseEvent event : AdverseEvent.values()) {
            if (events.contains(event)) {
                tidy.add(event);
            }
        }
        return tidy;
    }

    private static NextSession nextSession(NextSession next, List<FieldMessage> wrong) {
        if (next == null) {
            return null;
        }
        String note = text(next.note(), "nextSession.note", SHORT_TEXT_MAX, wrong);
        if (next.every() == null && next.unit() == null) {
            return note == null ? null : new NextSession(null, null, note);
        }
        if (next.every() == null) {
            wrong.add(new FieldMessage("nextSession.every", "field.required", List.of()));
        } else if (next.unit() == null) {
            wrong.add(new FieldMessage("nextSession.unit", "field.required", List.of()));
        } else {
            int max = switch (next.unit()) {
                case DAYS -> MAX_DAYS;
                case WEEKS -> MAX_WEEKS;
            };
            if (next.every() < 1 || next.every() > max) {
                wrong.add(new FieldMessage("nextSession.every", "field.range", List.of(1, max)));
            }
        }
        return new NextSession(next.every(), next.unit(), note);
    }

    private static String text(String value, String field, int max, List<FieldMessage> wrong) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            wrong.add(new FieldMessage(field, "notes.text.too-long", List.of(max)));
        }
        return stripped;
    }
}
