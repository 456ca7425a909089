package org.stillpoint.intake.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

import org.stillpoint.intake.domain.AnswerProblem.Kind;

/** The submission check of {@link IntakeAnswers}: collects every problem instead of stopping at the first. */
final class IntakeValidation {

    static final int OLDEST_AGE = 120;
    static final int SHORT_TEXT = 120;
    static final int OWN_TRIGGER_TEXT = 80;
    static final int LONG_TEXT = 2000;
    static final int MAX_HEADACHE_TYPES = 10;
    static final int MAX_AURA_SYMPTOMS = 12;
    static final int MAX_OWN_TRIGGERS = 20;
    static final int MAX_MEDICINES = 30;
    static final int MAX_ANTICOAGULANTS = 10;
    // Our bound: a week. Aura longer than 60 min is allowed (and flagged); persistent aura lasts over a week.
    static final int MAX_AURA_MINUTES = 7 * 24 * 60;
    static final int DAYS_IN_MONTH = 31;
    static final int LONGEST_PREGNANCY_WEEKS = 42;

    private final LocalDate today;
    private final List<AnswerProblem> problems = new ArrayList<>();

    IntakeValidation(LocalDate today) {
        this.today = Objects.requireNonNull(today, "today");
    }

    List<AnswerProblem> check(IntakeAnswers answers) {
        Integer age = dateOfBirth(answers.dateOfBirth());
        headache(answers.headache(), age == null ? OLDEST_AGE : age);
        triggers(answers.triggers());
        currentSymptoms(answers.currentSymptoms());
        medicines(answers.medicines());
        medical(answers.medical());
        elements("painAreas", answers.painAreas());
        text("goals", answers.goals(), LONG_TEXT, false);
        massageExperience(answers.massageExperience());
        redFlags(answers);
        return List.copyOf(problems);
    }

    private Integer dateOfBirth(LocalDate dateOfBirth) {
        if (!date("dateOfBirth", dateOfBirth)) {
            return null;
        }
        if (dateOfBirth.isBefore(today.minusYears(OLDEST_AGE))) {
            add("dateOfBirth", Kind.TOO_LONG_AGO, OLDEST_AGE);
            return null;
        }
        return Period.between(dateOfBirth, today).getYears();
    }

    private void headache(HeadacheHistory history, int age) {
        HeadacheHistory h = history != null ? history : new HeadacheHistory(null, null, null, null, null, null, null);
        each("headache.types", h.types(), 1, MAX_HEADACHE_TYPES, (path, type) -> {
            required(path + ".kind", type.kind());
            range(path + ".ageAtOnset", type.ageAtOnset(), 0, age);
            text(path + ".description", type.description(), SHORT_TEXT, type.kind() == HeadacheKind.OTHER);
        });
        range("headache.yearsWithHeadache", h.yearsWithHeadache(), 0, age);
        range("headache.headacheDaysPerMonth", h.headacheDaysPerMonth(), 0, DAYS_IN_MONTH);
        required("headache.usualDuration", h.usualDuration());
        UsualFeatures f = h.usualFeatures() != null ? h.usualFeatures()
                : new UsualFeatures(null, null, null, null, null, null, null, null);
        required("headache.usualFeatures.side", f.side());
        required("headache.usualFeatures.quality", f.quality());
        required("headache.usualFeatures.intensity", f.intensity());
        required("headache.usualFeatures.worseWithActivity", f.worseWithActivity());
        required("headache.usualFeatures.nausea", f.nausea());
        required("headache.usualFeatures.vomiting", f.vomiting());
        required("headache.usualFeatures.lightSensitivity", f.lightSensitivity());
        required("headache.usualFeatures.soundSensitivity", f.soundSensitivity());
        each("headache.aura", h.aura(), 0, MAX_AURA_SYMPTOMS, (path, symptom) -> {
            required(path + ".type", symptom.type());
            required(path + ".positive", symptom.positive());
            range(path + ".usualMinutes", symptom.usualMinutes(), 1, MAX_AURA_MINUTES);
        });
        required("headache.changedInLast3Months", h.changedInLast3Months());
    }

    private void triggers(KnownTriggers triggers) {
        KnownTriggers t = triggers != null ? triggers : new KnownTriggers(null, List.of());
        elements("triggers.known", t.known());
        if (t.own() != null) {
            texts("triggers.own", t.own(), 0, MAX_OWN_TRIGGERS, OWN_TRIGGER_TEXT);
        }
    }

    private void currentSymptoms(CurrentSymptoms symptoms) {
        CurrentSymptoms s = symptoms != null ? symptoms : new CurrentSymptoms(null, null, null, null, null);
        required("currentSymptoms.headacheNow", s.headacheNow());
        if (Boolean.TRUE.equals(s.headacheNow())) {
            required("currentSymptoms.touchHurtsNow", s.touchHurtsNow());
            required("currentSymptoms.unlikeUsualAttacks", s.unlikeUsualAttacks());
        }
        elements("currentSymptoms.symptoms", s.symptoms());
        text("currentSymptoms.notes", s.notes(), LONG_TEXT, false);
    }

    private void medicines(List<Medicine> medicines) {
        each("medicines", medicines, 0, MAX_MEDICINES, (path, medicine) -> {
            text(path + ".name", medicine.name(), SHORT_TEXT, true);
            required(path + ".use", medicine.use());
            required(path + ".drugClass", medicine.drugClass());
            range(path + ".daysPerMonth", medicine.daysPerMonth(), 0, DAYS_IN_MONTH);
        });
    }

    private void medical(MedicalConcerns medical) {
        MedicalConcerns m = medical != null ? medical : new MedicalConcerns(null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        if (required("medical.anticoagulants", m.anticoagulants()) && m.anticoagulants()) {
            texts("medical.anticoagulantNames", m.anticoagulantNames(), 1, MAX_ANTICOAGULANTS, SHORT_TEXT);
        }
        pregnancy(m.pregnancy());
        required("medical.cancer", m.cancer());
        required("medical.immuneSuppression", m.immuneSuppression());
        required("medical.dvt", m.dvt());
        required("medical.bloodPressure", m.bloodPressure());
        required("medical.diabetes", m.diabetes());
        required("medical.reducedSensation", m.reducedSensation());
        required("medical.thyroid", m.thyroid());
        required("medical.heartFailure", m.heartFailure());
        required("medical.arrhythmia", m.arrhythmia());
        elements("medical.neckArteryProblems", m.neckArteryProblems());
        DatedConcern stroke = m.strokeOrTia() != null ? m.strokeOrTia() : new DatedConcern(null, null);
        if (required("medical.strokeOrTia.present", stroke.present()) && stroke.yes()) {
            pastDate("medical.strokeOrTia.date", stroke.date());
        }
        HeadNeckTrauma trauma = m.headOrNeckTrauma() != null ? m.headOrNeckTrauma()
                : new HeadNeckTrauma(null, null, null);
        if (required("medical.headOrNeckTrauma.present", trauma.present()) && trauma.yes()) {
            pastDate("medical.headOrNeckTrauma.date", trauma.date());
            required("medical.headOrNeckTrauma.medicallyAssessed", trauma.medicallyAssessed());
        }
        if (elements("medical.skin", m.skin()) && !m.skin().isEmpty()) {
            required("medical.skinWidespread", m.skinWidespread());
        }
        concern("medical.implants", m.implants());
        required("medical.osteoporosis", m.osteoporosis());
        concern("medical.oilAllergy", m.oilAllergy());
        required("medical.feverToday", m.feverToday());
        required("medical.intoxicated", m.intoxicated());
        required("medical.chemotherapyLast72Hours", m.chemotherapyLast72Hours());
        concern("medical.varicoseVeins", m.varicoseVeins());
        concern("medical.recentFractureOrSurgery", m.recentFractureOrSurgery());
        concern("medical.acuteInjury", m.acuteInjury());
        elements("medical.otherConditions", m.otherConditions());
        text("medical.notes", m.notes(), LONG_TEXT, false);
    }

    private void pregnancy(Pregnancy pregnancy) {
        Pregnancy p = pregnancy != null ? pregnancy : new Pregnancy(null, null, null, null);
        required("medical.pregnancy.status", p.status());
        if (p.status() == PregnancyStatus.PREGNANT) {
            range("medical.pregnancy.weeksPregnant", p.weeksPregnant(), 1, LONGEST_PREGNANCY_WEEKS);
            required("medical.pregnancy.highRisk", p.highRisk());
        }
        if (p.pregnantOrPostpartum()) {
            required("medical.pregnancy.preEclampsia", p.preEclampsia());
        }
    }

    private void concern(String path, Concern concern) {
        Concern c = concern != null ? concern : new Concern(null, null);
        if (required(path + ".present", c.present())) {
            text(path + ".detail", c.detail(), SHORT_TEXT, c.yes());
        }
    }

    private void massageExperience(MassageExperience experience) {
        MassageExperience e = experience != null ? experience : new MassageExperience(null, null, null);
        required("massageExperience.hadMassageBefore", e.hadMassageBefore());
        text("massageExperience.whatHelped", e.whatHelped(), LONG_TEXT, false);
        text("massageExperience.whatToAvoid", e.whatToAvoid(), LONG_TEXT, false);
    }

    private void redFlags(IntakeAnswers answers) {
        RedFlagAnswers r = answers.redFlags() != null ? answers.redFlags() : new RedFlagAnswers(null, null, null);
        Map<RedFlagQuestion, Boolean> given = r.answers() != null ? r.answers() : Map.of();
        for (RedFlagQuestion question : RedFlagQuestion.values()) {
            if (answers.asks(question)) {
                required("redFlags.answers[" + question.name() + "]", given.get(question));
            }
        }
        if (r.yes(RedFlagQuestion.NEW_AURA)) {
            if (r.newAuraTypes() == null || r.newAuraTypes().isEmpty()) {
                add("redFlags.newAuraTypes", Kind.MISSING);
            } else {
                elements("redFlags.newAuraTypes", r.newAuraTypes());
            }
            range("redFlags.newAuraLongestMinutes", r.newAuraLongestMinutes(), 1, MAX_AURA_MINUTES);
        }
    }

    private boolean required(String path, Object value) {
        if (value == null) {
            add(path, Kind.MISSING);
            return false;
        }
        return true;
    }

    private void range(String path, Integer value, int min, int max) {
        if (required(path, value) && (value < min || value > max)) {
            add(path, Kind.OUT_OF_RANGE, min, max);
        }
    }

    private boolean date(String path, LocalDate value) {
        if (!required(path, value)) {
            return false;
        }
        if (value.isAfter(today)) {
            add(path, Kind.IN_THE_FUTURE);
            return false;
        }
        return true;
    }

    private void pastDate(String path, LocalDate value) {
        if (date(path, value) && value.isBefore(today.minusYears(OLDEST_AGE))) {
            add(path, Kind.TOO_LONG_AGO, OLDEST_AGE);
        }
    }

    private void text(String path, String value, int max, boolean needed) {
        if (value == null || value.isBlank()) {
            if (needed) {
                add(path, Kind.MISSING);
            }
        } else if (value.strip().length() > max) {
            add(path, Kind.TOO_LONG, max);
        }
    }

    /** A list of answers: present, within its size, each element there and checked under its own path. */
    private <T> void each(String path, List<T> items, int min, int max, BiConsumer<String, T> check) {
        if (size(path, items, min, max)) {
            for (int i = 0; i < items.size(); i++) {
                String itemPath = path + "[" + i + "]";
                if (items.get(i) == null) {
                    add(itemPath, Kind.MISSING);
                } else {
                    check.accept(itemPath, items.get(i));
                }
            }
        }
    }

    private void texts(String path, List<String> values, int min, int max, int maxLength) {
        if (size(path, values, min, max)) {
            for (int i = 0; i < values.size(); i++) {
                text(path + "[" + i + "]", values.get(i), maxLength, true);
            }
        }
    }

    private boolean size(String path, Collection<?> values, int min, int max) {
        if (values == null || (min > 0 && values.isEmpty())) {
            add(path, Kind.MISSING);
            return false;
        }
        if (values.size() > max) {
            add(path, Kind.OUT_OF_RANGE, min, max);
            return false;
        }
        return true;
    }

    /** A set of enum values: present, and every value one Stillpoint knows. */
    private boolean elements(String path, Collection<?> values) {
        if (!required(path, values)) {
            return false;
        }
        if (values.contains(null)) {
            add(path, Kind.UNKNOWN_VALUE);
            return false;
        }
        return true;
    }

    private void add(String path, Kind kind, Object... args) {
        problems.add(new AnswerProblem(path, kind, List.of(args)));
    }
}
