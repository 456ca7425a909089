package org.stillpoint.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.stillpoint.intake.domain.Intakes.TODAY;
import static org.stillpoint.intake.domain.Intakes.complete;
import static org.stillpoint.intake.domain.Intakes.historyWith;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stillpoint.intake.domain.AnswerProblem.Kind;

class IntakeValidationTest {

    @Test
    void acceptsACompleteIntake() {
        assertThat(complete().validateForSubmit(TODAY)).isEmpty();
        assertThat(complete().requireSubmittable(TODAY)).isEqualTo(complete());
    }

    @Nested
    class MissingAnswers {

        @Test
        void listsEveryRequiredAnswerOfAnEmptyDraft() {
            List<AnswerProblem> problems = IntakeAnswers.empty().validateForSubmit(TODAY);
            assertThat(problems).allMatch(p -> p.kind() == Kind.MISSING);
            assertThat(problems).extracting(AnswerProblem::field).contains(
                    "dateOfBirth", "headache.types", "headache.yearsWithHeadache", "headache.headacheDaysPerMonth",
                    "headache.usualDuration", "headache.usualFeatures.side", "headache.usualFeatures.quality",
                    "headache.usualFeatures.intensity", "headache.usualFeatures.worseWithActivity",
                    "headache.usualFeatures.nausea", "headache.usualFeatures.vomiting",
                    "headache.usualFeatures.lightSensitivity", "headache.usualFeatures.soundSensitivity",
                    "headache.aura", "headache.changedInLast3Months", "triggers.known",
                    "currentSymptoms.headacheNow", "currentSymptoms.symptoms", "medicines",
                    "medical.anticoagulants", "medical.pregnancy.status", "medical.cancer",
                    "medical.immuneSuppression", "medical.dvt", "medical.bloodPressure", "medical.diabetes",
                    "medical.reducedSensation", "medical.thyroid", "medical.heartFailure", "medical.arrhythmia",
                    "medical.neckArteryProblems", "medical.strokeOrTia.present", "medical.headOrNeckTrauma.present",
                    "medical.skin", "medical.implants.present", "medical.osteoporosis", "medical.oilAllergy.present",
                    "medical.feverToday", "medical.intoxicated", "medical.chemotherapyLast72Hours",
                    "medical.varicoseVeins.present", "medical.recentFractureOrSurgery.present",
                    "medical.acuteInjury.present", "medical.otherConditions", "painAreas",
                    "massageExperience.hadMassageBefore");
        }

        @Test
        void listsEveryMainRedFlagQuestionButNoFollowUp() {
            List<String> fields = IntakeAnswers.empty().validateForSubmit(TODAY).stream()
                    .map(AnswerProblem::field).filter(f -> f.startsWith("redFlags.")).toList();
            List<String> expected = Arrays.stream(RedFlagQuestion.values()).filter(q -> !q.followUp())
                    .map(q -> "redFlags.answers[" + q.name() + "]").toList();
            assertThat(fields).containsExactlyElementsOf(expected);
            assertThat(fields).contains("redFlags.answers[ONSET_SUDDEN]").hasSize(17);
        }

        @Test
        void leavesOptionalAnswersOut() {
            IntakeAnswers answers = complete().withGoals(null).withTriggers(new KnownTriggers(Set.of(), null))
                    .withMassageExperience(new MassageExperience(false, null, null));
            assertThat(answers.validateForSubmit(TODAY)).isEmpty();
        }

        @Test
        void acceptsNoMedicinesNoAuraAndNoPainAreasWhenSaidSo() {
            IntakeAnswers answers = complete().withMedicines(List.of()).withPainAreas(Set.of())
                    .withHeadache(historyWith(Intakes.history().types(), List.of(), false));
            assertThat(answers.validateForSubmit(TODAY)).isEmpty();
        }

        @Test
        void needsAtLeastOneKindOfHeadache() {
            IntakeAnswers answers = complete().withHeadache(historyWith(List.of(), List.of(), false));
            assertThat(answers.validateForSubmit(TODAY)).extracting(AnswerProblem::field, AnswerProblem::kind)
                    .containsExactly(tuple("headache.types", Kind.MISSING));
        }

        @Test
        void needsADescriptionForAnotherKindOfHeadache() {
            IntakeAnswers answers = complete().withHeadache(historyWith(List.of(
                    new HeadacheType(HeadacheKind.MIGRAINE, 16, null), new HeadacheType(HeadacheKind.OTHER, 30, " ")),
                    List.of(), false));
            assertThat(fields(answers)).containsExactly("headache.types[1].description");
        }

        @Test
        void needsTheDetailsOfAnAuraSymptom() {
            IntakeAnswers answers = complete().withHeadache(historyWith(Intakes.history().types(),
                    Arrays.asList(new AuraSymptom(AuraType.VISUAL, true, 20), new AuraSymptom(null, null, null),
                            null), false));
            assertThat(fields(answers)).containsExactly("headache.aura[1].type", "headache.aura[1].positive",
                    "headache.aura[1].usualMinutes", "headache.aura[2]");
        }
    }

    @Nested
    class FollowUps {

        @Test
        void asksAFollowUpOnlyAfterAYes() {
            IntakeAnswers answers = Intakes.yes(RedFlagQuestion.SYSTEMIC_SYMPTOMS, RedFlagQuestion.PAINFUL_EYE,
                    RedFlagQuestion.HEAD_INJURY, RedFlagQuestion.PATTERN_NEW_OR_CHANGED);
            assertThat(fields(answers)).containsExactly("redFlags.answers[SYSTEMIC_WITH_MENINGEAL_SIGNS]",
                    "redFlags.answers[PATTERN_NEW_IN_LAST_3_MONTHS]",
                    "redFlags.answers[PAINFUL_EYE_WITH_VISUAL_CHANGE]",
                    "redFlags.answers[HEAD_INJURY_WITH_ACUTE_SIGNS]");
        }

        @Test
        void asksAboutANewHeadacheWhenTheMedicalAnswersReportCancer() {
            IntakeAnswers answers = Intakes.withMedical(m -> m.cancer(CancerHistory.TREATED));
            assertThat(fields(answers)).containsExactly("redFlags.answers[CANCER_WITH_NEW_HEADACHE]");
        }

        @Test
        void asksAboutAChangedHeadacheWhenTheMedicalAnswersReportPregnancy() {
            IntakeAnswers answers = Intakes.withMedical(m -> m.pregnancy(
                    new Pregnancy(PregnancyStatus.PREGNANT, 20, false, false)));
            assertThat(fields(answers)).containsExactly("redFlags.answers[PREGNANCY_WITH_HEADACHE_CHANGE]");
        }

        @Test
        void needsTheKindsAndLengthOfANewAura() {
            IntakeAnswers answers = complete().withRedFlags(RedFlagAnswers.allNo().withNewAura(null, null));
            assertThat(fields(answers)).containsExactly("redFlags.newAuraTypes", "redFlags.newAuraLongestMinutes");
        }

        @Test
        void needsTheSecondAnswersOfAHeadacheNow() {
            IntakeAnswers answers = complete().withCurrentSymptoms(new CurrentSymptoms(true, null, null, Set.of(),
                    null));
            assertThat(fields(answers)).containsExactly("currentSymptoms.touchHurtsNow",
                    "currentSymptoms.unlikeUsualAttacks");
        }

        @Test
        void needsTheDetailsOfAPregnancy() {
            IntakeAnswers answers = Intakes.withMedical(m -> m.pregnancy(
                    new Pregnancy(PregnancyStatus.PREGNANT, null, null, null)))
                    .withRedFlags(RedFlagAnswers.allNo().with(RedFlagQuestion.PREGNANCY_WITH_HEADACHE_CHANGE, false));
            assertThat(fields(answers)).containsExactly("medical.pregnancy.weeksPregnant",
                    "medical.pregnancy.highRisk", "medical.pregnancy.preEclampsia");
        }

        @Test
        void needsTheDetailsOfAYesWithASite() {
            IntakeAnswers answers = Intakes.withMedical(m -> m.implant(null).varicoseVeins(" ").anticoagulants());
            assertThat(fields(answers)).containsExactly("medical.anticoagulantNames", "medical.implants.detail",
                    "medical.varicoseVeins.detail");
        }

        @Test
        void needsTheDateOfAStrokeAndOfAnInjury() {
            IntakeAnswers answers = Intakes.withMedical(m -> m.strokeOrTia(null).trauma(null, null));
            assertThat(fields(answers)).containsExactly("medical.strokeOrTia.date", "medical.headOrNeckTrauma.date",
                    "medical.headOrNeckTrauma.medicallyAssessed");
        }

        @Test
        void asksWhetherSkinConcernsAreWidespread() {
            IntakeAnswers answers = Intakes.withMedical(m -> m.skin(null, SkinConcern.RECENT_SCAR));
            assertThat(fields(answers)).containsExactly("medical.skinWidespread");
        }
    }

    @Nested
    class ValuesOutOfRange {

        @ParameterizedTest(name = "{0} days")
        @CsvSource({"-1, true", "0, false", "31, false", "32, true"})
        void namesTheMedicineWhoseDaysAreOutOfRange(int days, boolean refused) {
            IntakeAnswers answers = Intakes.withMedicines(
                    new Medicine("sumatriptan", MedicineUse.ACUTE, DrugClass.TRIPTAN, 2),
                    new Medicine("propranolol", MedicineUse.PREVENTIVE, DrugClass.OTHER, 30),
                    new Medicine("ibuprofen", MedicineUse.ACUTE, DrugClass.NON_OPIOID_ANALGESIC, days));
            List<AnswerProblem> problems = answers.validateForSubmit(TODAY);
            if (refused) {
                assertThat(problems).containsExactly(new AnswerProblem("medicines[2].daysPerMonth",
                        Kind.OUT_OF_RANGE, List.of(0, 31)));
                assertThat(problems.get(0).messageKey()).isEqualTo("field.range");
            } else {
                assertThat(problems).isEmpty();
            }
        }

        @Test
        void namesEveryMissingPartOfAMedicine() {
            IntakeAnswers answers = Intakes.withMedicines(new Medicine(" ", null, null, null));
            assertThat(fields(answers)).containsExactly("medicines[0].name", "medicines[0].use",
                    "medicines[0].drugClass", "medicines[0].daysPerMonth");
        }

        @ParameterizedTest(name = "{0} headache days")
        @ValueSource(ints = {-1, 32})
        void refusesHeadacheDaysOutsideAMonth(int days) {
            HeadacheHistory h = Intakes.history();
            IntakeAnswers answers = complete().withHeadache(new HeadacheHistory(h.types(), h.yearsWithHeadache(),
                    days, h.usualDuration(), h.usualFeatures(), h.aura(), false));
            assertThat(answers.validateForSubmit(TODAY)).extracting(AnswerProblem::field, AnswerProblem::kind)
                    .containsExactly(tuple("headache.headacheDaysPerMonth", Kind.OUT_OF_RANGE));
        }

        @Test
        void refusesAnAgeAtOnsetOrYearsBeyondTheClientsAge() {
            HeadacheHistory h = Intakes.history();
            IntakeAnswers answers = complete().withHeadache(new HeadacheHistory(
                    List.of(new HeadacheType(HeadacheKind.MIGRAINE, 36, null)), 36, h.headacheDaysPerMonth(),
                    h.usualDuration(), h.usualFeatures(), h.aura(), false));
            assertThat(answers.validateForSubmit(TODAY)).containsExactly(
                    new AnswerProblem("headache.types[0].ageAtOnset", Kind.OUT_OF_RANGE, List.of(0, 35)),
                    new AnswerProblem("headache.yearsWithHeadache", Kind.OUT_OF_RANGE, List.of(0, 35)));
        }

        @ParameterizedTest(name = "{0} minutes")
        @CsvSource({"0, true", "1, false", "10080, false", "10081, true"})
        void boundsTheLengthOfAnAura(int minutes, boolean refused) {
            IntakeAnswers answers = complete().withHeadache(historyWith(Intakes.history().types(),
                    List.of(new AuraSymptom(AuraType.VISUAL, true, minutes)), false));
            assertThat(fields(answers)).hasSize(refused ? 1 : 0);
        }

        @ParameterizedTest(name = "week {0}")
        @CsvSource({"0, true", "1, false", "42, false", "43, true"})
        void boundsTheWeekOfPregnancy(int week, boolean refused) {
            IntakeAnswers answers = Intakes.withMedical(m -> m.pregnancy(
                    new Pregnancy(PregnancyStatus.PREGNANT, week, false, false)))
                    .withRedFlags(RedFlagAnswers.allNo().with(RedFlagQuestion.PREGNANCY_WITH_HEADACHE_CHANGE, false));
            assertThat(fields(answers)).containsExactlyElementsOf(
                    refused ? List.of("medical.pregnancy.weeksPregnant") : List.of());
        }

        @Test
        void refusesTextThatIsTooLong() {
            IntakeAnswers answers = complete().withGoals("a".repeat(2001))
                    .withTriggers(new KnownTriggers(Set.of(), List.of("b".repeat(81))));
            assertThat(answers.validateForSubmit(TODAY)).containsExactly(
                    new AnswerProblem("triggers.own[0]", Kind.TOO_LONG, List.of(80)),
                    new AnswerProblem("goals", Kind.TOO_LONG, List.of(2000)));
        }

        @Test
        void refusesMoreMedicinesThanAnIntakeHolds() {
            List<Medicine> many = Collections.nCopies(31, new Medicine("m", MedicineUse.ACUTE, DrugClass.OTHER, 1));
            assertThat(complete().withMedicines(many).validateForSubmit(TODAY))
                    .containsExactly(new AnswerProblem("medicines", Kind.OUT_OF_RANGE, List.of(0, 30)));
        }
    }

    @Nested
    class Dates {

        @Test
        void acceptsBirthTodayAndRefusesBirthTomorrow() {
            assertThat(fields(complete().withDateOfBirth(TODAY.plusDays(1)))).contains("dateOfBirth");
            assertThat(complete().withDateOfBirth(TODAY.plusDays(1)).validateForSubmit(TODAY).get(0).kind())
                    .isEqualTo(Kind.IN_THE_FUTURE);
            assertThat(fields(complete().withDateOfBirth(TODAY))).doesNotContain("dateOfBirth");
        }

        @Test
        void refusesABirthMoreThan120YearsAgo() {
            assertThat(complete().withDateOfBirth(TODAY.minusYears(120).minusDays(1)).validateForSubmit(TODAY))
                    .contains(new AnswerProblem("dateOfBirth", Kind.TOO_LONG_AGO, List.of(120)));
        }

        @Test
        void refusesAStrokeOrInjuryInTheFuture() {
            IntakeAnswers answers = Intakes.withMedical(m -> m.strokeOrTia(TODAY.plusDays(1))
                    .trauma(TODAY.plusDays(3), true));
            assertThat(answers.validateForSubmit(TODAY)).extracting(AnswerProblem::field, AnswerProblem::kind)
                    .containsExactly(tuple("medical.strokeOrTia.date", Kind.IN_THE_FUTURE),
                            tuple("medical.headOrNeckTrauma.date", Kind.IN_THE_FUTURE));
        }
    }

    @Nested
    class UnknownValues {

        @Test
        void namesAChoiceTheReaderCouldNotMap() {
            Set<Trigger> known = new HashSet<>(Arrays.asList(Trigger.STRESS, null));
            Set<PainArea> areas = new HashSet<>(Arrays.asList(null, PainArea.NECK));
            IntakeAnswers answers = complete().withTriggers(new KnownTriggers(known, List.of())).withPainAreas(areas);
            assertThat(answers.validateForSubmit(TODAY)).extracting(AnswerProblem::field, AnswerProblem::kind)
                    .containsExactly(tuple("triggers.known", Kind.UNKNOWN_VALUE), tuple("painAreas",
                            Kind.UNKNOWN_VALUE));
        }

        @Test
        void namesAnUnknownKindOfNewAura() {
            Set<AuraType> kinds = new HashSet<>(Arrays.asList(AuraType.VISUAL, null));
            IntakeAnswers answers = complete().withRedFlags(RedFlagAnswers.allNo().withNewAura(kinds, 20));
            assertThat(fields(answers)).containsExactly("redFlags.newAuraTypes");
        }
    }

    @Nested
    class Drafts {

        @Test
        void keepsAnythingTypedSoFarWithoutRefusingIt() {
            List<Medicine> medicines = new ArrayList<>();
            medicines.add(new Medicine("ibuprofen", MedicineUse.ACUTE, DrugClass.NON_OPIOID_ANALGESIC, 99));
            IntakeAnswers draft = IntakeAnswers.empty().withMedicines(medicines).withDateOfBirth(TODAY.plusYears(1));
            medicines.clear();
            assertThat(draft.medicines()).hasSize(1);
            assertThat(draft.medicines().get(0).daysPerMonth()).isEqualTo(99);
        }

        @Test
        void refusesSubmissionWithTheWholeList() {
            IntakeAnswers draft = complete().withDateOfBirth(null).withPainAreas(null);
            assertThatThrownBy(() -> draft.requireSubmittable(TODAY))
                    .isInstanceOfSatisfying(IncompleteIntake.class, refused -> {
                        assertThat(refused.problems()).extracting(AnswerProblem::field)
                                .containsExactly("dateOfBirth", "painAreas");
                        assertThat(refused.fields()).extracting(f -> f.field()).containsExactly("dateOfBirth", "painAreas");
                        assertThat(refused.messageKey()).isEqualTo("intake.submit.incomplete");
                        assertThat(refused.args()).containsExactly(2);
                    });
        }

        @Test
        void keepsTheOrderOfTheQuestionsInTheAnswersItHolds() {
            RedFlagAnswers answers = RedFlagAnswers.allNo();
            assertThat(answers.answers()).hasSize((int) Arrays.stream(RedFlagQuestion.values())
                    .filter(q -> !q.followUp()).count());
            assertThat(answers.answered(RedFlagQuestion.ONSET_SUDDEN)).isTrue();
            assertThat(answers.answered(RedFlagQuestion.SYSTEMIC_WITH_MENINGEAL_SIGNS)).isFalse();
            assertThat(EnumSet.copyOf(answers.answers().keySet()).iterator().next())
                    .isEqualTo(RedFlagQuestion.SYSTEMIC_SYMPTOMS);
        }
    }

    private static List<String> fields(IntakeAnswers answers) {
        return answers.validateForSubmit(TODAY).stream().map(AnswerProblem::field).toList();
    }
}
