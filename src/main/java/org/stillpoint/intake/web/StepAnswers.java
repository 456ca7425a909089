package org.stillpoint.intake.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.stillpoint.intake.domain.AuraSymptom;
import org.stillpoint.intake.domain.Concern;
import org.stillpoint.intake.domain.CurrentSymptoms;
import org.stillpoint.intake.domain.DatedConcern;
import org.stillpoint.intake.domain.HeadNeckTrauma;
import org.stillpoint.intake.domain.HeadacheHistory;
import org.stillpoint.intake.domain.HeadacheType;
import org.stillpoint.intake.domain.IntakeAnswers;
import org.stillpoint.intake.domain.KnownTriggers;
import org.stillpoint.intake.domain.MassageExperience;
import org.stillpoint.intake.domain.MedicalConcerns;
import org.stillpoint.intake.domain.Medicine;
import org.stillpoint.intake.domain.NeckArteryProblem;
import org.stillpoint.intake.domain.OtherCondition;
import org.stillpoint.intake.domain.PainArea;
import org.stillpoint.intake.domain.Pregnancy;
import org.stillpoint.intake.domain.RedFlagAnswers;
import org.stillpoint.intake.domain.RedFlagQuestion;
import org.stillpoint.intake.domain.SkinConcern;
import org.stillpoint.intake.domain.Symptom;
import org.stillpoint.intake.domain.Trigger;
import org.stillpoint.intake.domain.UsualFeatures;

/**
 * Between the step forms and the answers. A posted step drops the rows left empty (the form offers a few spare
 * ones) and reads a group of unticked boxes as "none of these": the person saw the step. For showing a step, every
 * section is filled in with empty parts and spare rows, so that each field has a place on the page.
 */
final class StepAnswers {

    static final int SPARE_ROWS = 2;

    private StepAnswers() {
    }

    // --- what a step posted ---

    static HeadacheHistory headache(HeadacheHistory h) {
        if (h == null) {
            return null;
        }
        return new HeadacheHistory(rows(h.types(), t -> t.kind() == null && t.ageAtOnset() == null
                && blank(t.description())), h.yearsWithHeadache(), h.headacheDaysPerMonth(), h.usualDuration(),
                h.usualFeatures(), rows(h.aura(), a -> a.type() == null && a.positive() == null
                && a.usualMinutes() == null), h.changedInLast3Months());
    }

    static KnownTriggers triggers(KnownTriggers t) {
        return t == null ? new KnownTriggers(Set.of(), List.of())
                : new KnownTriggers(none(t.known(), Trigger.class), rows(t.own(), StepAnswers::blank));
    }

    static CurrentSymptoms currentSymptoms(CurrentSymptoms c) {
        return c == null ? null : new CurrentSymptoms(c.headacheNow(), c.touchHurtsNow(), c.unlikeUsualAttacks(),
                none(c.symptoms(), Symptom.class), c.notes());
    }

    static List<Medicine> medicines(List<Medicine> medicines) {
        return rows(medicines, m -> blank(m.name()) && m.use() == null && m.drugClass() == null
                && m.daysPerMonth() == null);
    }

    static MedicalConcerns medical(MedicalConcerns m) {
        if (m == null) {
            return null;
        }
        return new MedicalConcerns(m.anticoagulants(), rows(m.anticoagulantNames(), StepAnswers::blank),
                m.pregnancy(), m.cancer(), m.immuneSuppression(), m.dvt(), m.bloodPressure(), m.diabetes(),
                m.reducedSensation(), m.thyroid(), m.heartFailure(), m.arrhythmia(),
                none(m.neckArteryProblems(), NeckArteryProblem.class), m.strokeOrTia(), m.headOrNeckTrauma(),
                none(m.skin(), SkinConcern.class), m.skinWidespread(), m.implants(), m.osteoporosis(),
                m.oilAllergy(), m.feverToday(), m.intoxicated(), m.chemotherapyLast72Hours(), m.varicoseVeins(),
                m.recentFractureOrSurgery(), m.acuteInjury(), none(m.otherConditions(), OtherCondition.class),
                m.notes());
    }

    static RedFlagAnswers redFlags(RedFlagAnswers r) {
        return r == null ? new RedFlagAnswers(Map.of(), Set.of(), null)
                : new RedFlagAnswers(r.answers() == null ? Map.of() : r.answers(),
                        r.newAuraTypes() == null ? Set.of() : r.newAuraTypes(), r.newAuraLongestMinutes());
    }

    static Set<PainArea> painAreas(Set<PainArea> areas) {
        return none(areas, PainArea.class);
    }

    // --- what a step shows ---

    /** The answers with every part present and spare rows in every list, for the form to show. */
    static IntakeAnswers forForm(IntakeAnswers a) {
        HeadacheHistory h = a.headache() != null ? a.headache()
                : new HeadacheHistory(null, null, null, null, null, null, null);
        HeadacheHistory headache = new HeadacheHistory(spare(h.types(), () -> new HeadacheType(null, null, null)),
                h.yearsWithHeadache(), h.headacheDaysPerMonth(), h.usualDuration(),
                h.usualFeatures() != null ? h.usualFeatures()
                        : new UsualFeatures(null, null, null, null, null, null, null, null),
                spare(h.aura(), () -> new AuraSymptom(null, null, null)), h.changedInLast3Months());
        KnownTriggers t = a.triggers() != null ? a.triggers() : new KnownTriggers(Set.of(), List.of());
        CurrentSymptoms c = a.currentSymptoms() != null ? a.currentSymptoms()
                : new CurrentSymptoms(null, null, null, Set.of(), null);
        RedFlagAnswers r = a.redFlags() != null ? a.redFlags() : new RedFlagAnswers(null, null, null);
        Map<RedFlagQuestion, Boolean> flags = new EnumMap<>(RedFlagQuestion.class);
        if (r.answers() != null) {
            flags.putAll(r.answers());
        }
        return new IntakeAnswers(a.dateOfBirth(), headache,
                new KnownTriggers(t.known() == null ? Set.of() : t.known(), spare(t.own(), () -> null)),
                new CurrentSymptoms(c.headacheNow(), c.touchHurtsNow(), c.unlikeUsualAttacks(),
                        c.symptoms() == null ? Set.of() : c.symptoms(), c.notes()),
                spare(a.medicines(), () -> new Medicine(null, null, null, null)), medicalForForm(a.medical()),
                a.painAreas() == null ? Set.of() : a.painAreas(), a.goals(),
                a.massageExperience() != null ? a.massageExperience() : new MassageExperience(null, null, null),
                new RedFlagAnswers(flags, r.newAuraTypes() == null ? Set.of() : r.newAuraTypes(),
                        r.newAuraLongestMinutes()));
    }

    private static MedicalConcerns medicalForForm(MedicalConcerns medical) {
        MedicalConcerns m = medical != null ? medical : new MedicalConcerns(null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
        return new MedicalConcerns(m.anticoagulants(), spare(m.anticoagulantNames(), () -> null),
                m.pregnancy() != null ? m.pregnancy() : new Pregnancy(null, null, null, null), m.cancer(),
                m.immuneSuppression(), m.dvt(), m.bloodPressure(), m.diabetes(), m.reducedSensation(), m.thyroid(),
                m.heartFailure(), m.arrhythmia(), orEmpty(m.neckArteryProblems()),
                m.strokeOrTia() != null ? m.strokeOrTia() : new DatedConcern(null, null),
                m.headOrNeckTrauma() != null ? m.headOrNeckTrauma() : new HeadNeckTrauma(null, null, null),
                orEmpty(m.skin()), m.skinWidespread(), concern(m.implants()), m.osteoporosis(),
                concern(m.oilAllergy()), m.feverToday(), m.intoxicated(), m.chemotherapyLast72Hours(),
                concern(m.varicoseVeins()), concern(m.recentFractureOrSurgery()), concern(m.acuteInjury()),
                orEmpty(m.otherConditions()), m.notes());
    }

    private static Concern concern(Concern concern) {
        return concern != null ? concern : new Concern(null, null);
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }

    /** The rows that are not empty; an empty list when nothing was posted. */
    private static <T> List<T> rows(List<T> rows, Predicate<T> empty) {
        List<T> kept = new ArrayList<>();
        if (rows != null) {
            rows.stream().filter(row -> row != null && !empty.test(row)).forEach(kept::add);
        }
        return kept;
    }

    private static <T> List<T> spare(List<T> rows, Supplier<T> blank) {
        List<T> shown = new ArrayList<>(rows == null ? List.of() : rows);
        for (int i = 0; i < SPARE_ROWS; i++) {
            shown.add(blank.get());
        }
        return shown;
    }

    /** Unticked boxes send nothing: a group the person saw but left empty means none of these. */
    private static <E extends Enum<E>> Set<E> none(Set<E> ticked, Class<E> type) {
        return ticked == null ? EnumSet.noneOf(type) : ticked;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
