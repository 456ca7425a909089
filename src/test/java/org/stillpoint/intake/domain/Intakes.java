package org.stillpoint.intake.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Intake answers for tests: a complete intake that raises nothing, and ways to change one answer at a time. */
final class Intakes {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final LocalDate BORN = LocalDate.of(1990, 5, 1);

    private Intakes() {
    }

    /** A 35-year-old with long-standing migraine who answers no to every red-flag question. */
    static IntakeAnswers complete() {
        return new IntakeAnswers(BORN, history(), new KnownTriggers(EnumSet.of(Trigger.STRESS, Trigger.POOR_SLEEP),
                List.of("long drives")), new CurrentSymptoms(false, null, null, EnumSet.of(Symptom.NECK_PAIN), null),
                List.of(new Medicine("sumatriptan", MedicineUse.ACUTE, DrugClass.TRIPTAN, 3),
                        new Medicine("propranolol", MedicineUse.PREVENTIVE, DrugClass.OTHER, 30)),
                medical().build(), EnumSet.of(PainArea.SUBOCCIPITALS, PainArea.NECK), "Fewer headache days",
                new MassageExperience(true, "Slow work at the base of the skull", null), RedFlagAnswers.allNo());
    }

    static HeadacheHistory history() {
        return new HeadacheHistory(List.of(new HeadacheType(HeadacheKind.MIGRAINE, 16, null)), 19, 4,
                UsualDuration.FROM_4_TO_72_HOURS, new UsualFeatures(PainSide.LEFT, PainQuality.PULSATING,
                        PainIntensity.MODERATE, true, Nausea.MILD, false, true, true), List.of(), false);
    }

    static HeadacheHistory historyWith(List<HeadacheType> types, List<AuraSymptom> aura, boolean changed) {
        HeadacheHistory h = history();
        return new HeadacheHistory(types, h.yearsWithHeadache(), h.headacheDaysPerMonth(), h.usualDuration(),
                h.usualFeatures(), aura, changed);
    }

    static IntakeAnswers yes(RedFlagQuestion... questions) {
        RedFlagAnswers answers = RedFlagAnswers.allNo();
        for (RedFlagQuestion question : questions) {
            answers = answers.with(question, true);
        }
        return complete().withRedFlags(answers);
    }

    static IntakeAnswers withMedical(UnaryOperator<MedicalAnswers> change) {
        return complete().withMedical(change.apply(medical()).build());
    }

    static IntakeAnswers withMedicines(Medicine... medicines) {
        return complete().withMedicines(List.of(medicines));
    }

    static MedicalAnswers medical() {
        return new MedicalAnswers();
    }

    /** Medical answers with no concerns, changed one field at a time. */
    static final class MedicalAnswers {

        Boolean anticoagulants = false;
        List<String> anticoagulantNames;
        Pregnancy pregnancy = Pregnancy.notPregnant();
        CancerHistory cancer = CancerHistory.NONE;
        Boolean immuneSuppression = false;
        DvtHistory dvt = DvtHistory.NONE;
        BloodPressureStatus bloodPressure = BloodPressureStatus.NORMAL;
        Boolean diabetes = false;
        Boolean reducedSensation = false;
        ThyroidDisease thyroid = ThyroidDisease.NONE;
        Boolean heartFailure = false;
        Boolean arrhythmia = false;
        Set<NeckArteryProblem> neckArteryProblems = EnumSet.noneOf(NeckArteryProblem.class);
        DatedConcern strokeOrTia = DatedConcern.no();
        HeadNeckTrauma headOrNeckTrauma = HeadNeckTrauma.no();
        Set<SkinConcern> skin = EnumSet.noneOf(SkinConcern.class);
        Boolean skinWidespread;
        Concern implants = Concern.no();
        Boolean osteoporosis = false;
        Concern oilAllergy = Concern.no();
        Boolean feverToday = false;
        Boolean intoxicated = false;
        Boolean chemotherapyLast72Hours = false;
        Concern varicoseVeins = Concern.no();
        Concern recentFractureOrSurgery = Concern.no();
        Concern acuteInjury = Concern.no();
        Set<OtherCondition> otherConditions = EnumSet.noneOf(OtherCondition.class);
        String notes;

        MedicalAnswers anticoagulants(String... names) {
            anticoagulants = true;
            anticoagulantNames = List.of(names);
            return this;
        }

        MedicalAnswers pregnancy(Pregnancy value) {
            pregnancy = value;
            return this;
        }

        MedicalAnswers cancer(CancerHistory value) {
            cancer = value;
            return this;
        }

        MedicalAnswers immuneSuppression() {
            immuneSuppression = true;
            return this;
        }

        MedicalAnswers dvt(DvtHistory value) {
            dvt = value;
            return this;
        }

        MedicalAnswers bloodPressure(BloodPressureStatus value) {
            bloodPressure = value;
            return this;
        }

        MedicalAnswers diabetes() {
            diabetes = true;
            return this;
        }

        MedicalAnswers reducedSensation() {
            reducedSensation = true;
            return this;
        }

        MedicalAnswers thyroid(ThyroidDisease value) {
            thyroid = value;
            return this;
        }

        MedicalAnswers heartFailure() {
            heartFailure = true;
            return this;
        }

        MedicalAnswers arrhythmia() {
            arrhythmia = true;
            return this;
        }

        MedicalAnswers neckArtery(NeckArteryProblem problem) {
            neckArteryProblems = EnumSet.of(problem);
            return this;
        }

        MedicalAnswers strokeOrTia(LocalDate date) {
            strokeOrTia = new DatedConcern(true, date);
            return this;
        }

        MedicalAnswers trauma(LocalDate date, Boolean assessed) {
            headOrNeckTrauma = new HeadNeckTrauma(true, date, assessed);
            return this;
        }

        MedicalAnswers skin(Boolean widespread, SkinConcern... concerns) {
            skin = EnumSet.noneOf(SkinConcern.class);
            skin.addAll(List.of(concerns));
            skinWidespread = widespread;
            return this;
        }

        MedicalAnswers implant(String where) {
            implants = Concern.yes(where);
            return this;
        }

        MedicalAnswers osteoporosis() {
            osteoporosis = true;
            return this;
        }

        MedicalAnswers oilAllergy(String which) {
            oilAllergy = Concern.yes(which);
            return this;
        }

        MedicalAnswers feverToday() {
            feverToday = true;
            return this;
        }

        MedicalAnswers intoxicated() {
            intoxicated = true;
            return this;
        }

        MedicalAnswers chemotherapyLast72Hours() {
            chemotherapyLast72Hours = true;
            return this;
        }

        MedicalAnswers varicoseVeins(String where) {
            varicoseVeins = Concern.yes(where);
            return this;
        }

        MedicalAnswers recentFractureOrSurgery(String where) {
            recentFractureOrSurgery = Concern.yes(where);
            return this;
        }

        MedicalAnswers acuteInjury(String where) {
            acuteInjury = Concern.yes(where);
            return this;
        }

        MedicalAnswers other(OtherCondition... conditions) {
            otherConditions = EnumSet.noneOf(OtherCondition.class);
            otherConditions.addAll(List.of(conditions));
            return this;
        }

        MedicalConcerns build() {
            return new MedicalConcerns(anticoagulants, anticoagulantNames, pregnancy, cancer, immuneSuppression, dvt,
                    bloodPressure, diabetes, reducedSensation, thyroid, heartFailure, arrhythmia, neckArteryProblems,
                    strokeOrTia, headOrNeckTrauma, skin, skinWidespread, implants, osteoporosis, oilAllergy,
                    feverToday, intoxicated, chemotherapyLast72Hours, varicoseVeins, recentFractureOrSurgery,
                    acuteInjury, otherConditions, notes);
        }
    }
}
