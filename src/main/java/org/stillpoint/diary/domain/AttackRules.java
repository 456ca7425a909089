package org.stillpoint.diary.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.stillpoint.diary.AttackEntry;
import org.stillpoint.diary.AuraSymptom;
import org.stillpoint.diary.Disruption;
import org.stillpoint.diary.MedicineTaken;
import org.stillpoint.diary.SelfCare;
import org.stillpoint.platform.FieldProblems;

/**
 * What an attack entry must be to be kept: a start that is not in the future, an end after it (or none while it is
 * still going), pain 0–10 or a category, the intake's areas and triggers, aura minutes and medicine times that make
 * sense. Every wrong field is named at once (400); a medicine's class is taken from {@link MedicineClasses} when the
 * client gave none and the product is recognised.
 */
public final class AttackRules {

    /** A little slack for the phone's clock: a start "now" may be a minute ahead of the server's. */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(2);
    /** The longest attack the diary keeps; ICHD-3 flags any attack over 72 h for a clinician (§1.8). */
    public static final Duration LONGEST = Duration.ofDays(14);
    /** How far back an attack may be recorded (an imported diary included). */
    public static final Duration OLDEST = Duration.ofDays(3660);
    /** A medicine may have been taken a little before the pain began (at the first warning signs). */
    static final Duration MEDICINE_BEFORE_START = Duration.ofHours(6);
    static final int MAX_ROWS = 20;
    static final int MAX_OWN_TRIGGERS = 10;
    static final int MAX_OWN_TRIGGER_LENGTH = 60;
    static final int MAX_PRODUCT_LENGTH = 100;
    public static final int MAX_NOTES_LENGTH = 2000;

    private AttackRules() {
    }

    /**
     * The entry as it is kept (texts stripped, lists without repeats, a recognised product's class filled in).
     *
     * @throws org.stillpoint.platform.InvalidInput (400) naming every wrong field
     */
    public static AttackEntry check(AttackEntry entry, Instant now, Set<String> areaVocabulary,
                                    Set<String> triggerVocabulary) {
        FieldProblems problems = new FieldProblems();
        Instant start = entry.start();
        Instant end = entry.end();
        problems.required("start", start);
        if (start != null && start.isAfter(now.plus(CLOCK_SLACK))) {
            problems.add("start", "diary.attack.future");
        } else if (start != null && start.isBefore(now.minus(OLDEST))) {
            problems.add("start", "diary.attack.too-old");
        }
        if (end != null) {
            if (end.isAfter(now.plus(CLOCK_SLACK))) {
                problems.add("end", "diary.attack.future");
            } else if (start != null && !end.isAfter(start)) {
                problems.add("end", "diary.attack.end-before-start");
            } else if (start != null && Duration.between(start, end).compareTo(LONGEST) > 0) {
                problems.add("end", "diary.attack.too-long", LONGEST.toDays());
            }
        } else if (Boolean.TRUE.equals(entry.fellAsleep())) {
            problems.add("end", "diary.attack.woke-needs-end");
        }
        if (entry.peakPain() == null && entry.intensity() == null) {
            problems.add("peakPain", "diary.attack.pain-required");
        } else if (entry.peakPain() != null) {
            problems.range("peakPain", entry.peakPain(), 0, 10);
        }
        List<String> areas = known("areas", entry.areas(), areaVocabulary, problems);
        List<String> triggers = known("triggers", entry.triggers(), triggerVocabulary, problems);
        List<String> ownTriggers = ownTriggers(entry.ownTriggers(), problems);
        checkAura(entry.aura(), problems);
        List<MedicineTaken> medicines = medicines(entry.medicines(), start, end, now, problems);
        List<SelfCare> selfCare = distinct("selfCare", entry.selfCare(), problems);
        List<Disruption> stopped = distinct("stopped", entry.stopped(), problems);
        problems.text("notes", entry.notes(), MAX_NOTES_LENGTH, false);
        problems.throwIfAny("invalid-attack", "diary.attack.invalid");
        return new AttackEntry(start, end, entry.fellAsleep(),
                entry.peakPain(), entry.intensity(), entry.side(), areas, entry.quality(), entry.worseWithActivity(),
                entry.nausea(), entry.vomiting(), entry.photophobia(), entry.phonophobia(), entry.aura(), medicines,
                triggers, ownTriggers, selfCare, stopped, FieldProblems.blankToNull(entry.notes()));
    }

    private static List<String> known(String field, List<String> values, Set<String> vocabulary,
                                      FieldProblems problems) {
        if (values.size() > vocabulary.size() + MAX_ROWS) {
            problems.add(field, "diary.attack.too-many");
            return List.of();
        }
        Set<String> kept = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || !vocabulary.contains(value)) {
                problems.add(field + "[" + i + "]", "diary.attack.unknown-value");
            } else {
                kept.add(value);
            }
        }
        return List.copyOf(kept);
    }

    private static List<String> ownTriggers(List<String> values, FieldProblems problems) {
        if (values.size() > MAX_OWN_TRIGGERS) {
            problems.add("ownTriggers", "diary.attack.too-many-own-triggers", MAX_OWN_TRIGGERS);
            return List.of();
        }
        Set<String> kept = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = FieldProblems.blankToNull(values.get(i));
            if (value == null) {
                continue;
            }
            if (value.length() > MAX_OWN_TRIGGER_LENGTH) {
                problems.add("ownTriggers[" + i + "]", "field.too-long");
            } else {
                kept.add(value);
            }
        }
        return List.copyOf(kept);
    }

    private static void checkAura(List<AuraSymptom> aura, FieldProblems problems) {
        if (aura.size() > MAX_ROWS) {
            problems.add("aura", "diary.attack.too-many");
            return;
        }
        for (int i = 0; i < aura.size(); i++) {
            AuraSymptom symptom = aura.get(i);
            if (symptom == null) {
                problems.add("aura[" + i + "]", "field.required");
                continue;
            }
            problems.required("aura[" + i + "].type", symptom.type());
            if (symptom.minutes() != null) {
                problems.range("aura[" + i + "].minutes", symptom.minutes(), 1, 24 * 60);
            }
        }
    }

    private static List<MedicineTaken> medicines(List<MedicineTaken> medicines, Instant start, Instant end,
                                                 Instant now, FieldProblems problems) {
        if (medicines.size() > MAX_ROWS) {
            problems.add("medicines", "diary.attack.too-many");
            return List.of();
        }
        List<MedicineTaken> kept = new ArrayList<>();
        for (int i = 0; i < medicines.size(); i++) {
            MedicineTaken medicine = medicines.get(i);
            String field = "medicines[" + i + "]";
            if (medicine == null) {
                problems.add(field, "field.required");
                continue;
            }
            String product = FieldProblems.blankToNull(medicine.product());
            problems.text(field + ".product", product, MAX_PRODUCT_LENGTH, false);
            var drugClass = medicine.drugClass() != null ? medicine.drugClass()
                    : MedicineClasses.suggest(product).orElse(null);
            if (drugClass == null) {
                problems.add(field + ".drugClass", product == null ? "field.required" : "diary.medicine.class-unknown");
            }
            Instant takenAt = medicine.takenAt();
            if (takenAt != null) {
                if (takenAt.isAfter(now.plus(CLOCK_SLACK))) {
                    problems.add(field + ".takenAt", "diary.attack.future");
                } else if (start != null && takenAt.isBefore(start.minus(MEDICINE_BEFORE_START))) {
                    problems.add(field + ".takenAt", "diary.medicine.before-start", MEDICINE_BEFORE_START.toHours());
                } else if (end != null && takenAt.isAfter(end)) {
                    problems.add(field + ".takenAt", "diary.medicine.after-end");
                }
            }
            kept.add(new MedicineTaken(product, drugClass, takenAt, medicine.effect()));
        }
        return kept;
    }

    private static <T> List<T> distinct(String field, List<T> values, FieldProblems problems) {
        Set<T> kept = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                problems.add(field + "[" + i + "]", "diary.attack.unknown-value");
            } else {
                kept.add(values.get(i));
            }
        }
        return List.copyOf(kept);
    }

    /** The ICHD-3 details (§1.0) the client has not given yet; empty when the entry is complete. */
    public static List<String> missing(AttackEntry entry) {
        List<String> missing = new ArrayList<>();
        if (entry.end() == null) {
            missing.add("end");
        }
        if (entry.side() == null) {
            missing.add("side");
        }
        if (entry.quality() == null) {
            missing.add("quality");
        }
        if (entry.worseWithActivity() == null) {
            missing.add("worseWithActivity");
        }
        if (entry.nausea() == null) {
            missing.add("nausea");
        }
        if (entry.vomiting() == null) {
            missing.add("vomiting");
        }
        if (entry.photophobia() == null) {
            missing.add("photophobia");
        }
        if (entry.phonophobia() == null) {
            missing.add("phonophobia");
        }
        return missing;
    }
}
