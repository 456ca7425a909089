package org.stillpoint.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.stillpoint.intake.ScreeningTier.EMERGENCY;
import static org.stillpoint.intake.ScreeningTier.NONE;
import static org.stillpoint.intake.ScreeningTier.ROUTINE;
import static org.stillpoint.intake.ScreeningTier.URGENT;
import static org.stillpoint.intake.domain.Intakes.complete;
import static org.stillpoint.intake.domain.Intakes.historyWith;
import static org.stillpoint.intake.domain.Intakes.yes;
import static org.stillpoint.intake.domain.RedFlagQuestion.CANCER_HISTORY;
import static org.stillpoint.intake.domain.RedFlagQuestion.CANCER_WITH_NEW_HEADACHE;
import static org.stillpoint.intake.domain.RedFlagQuestion.HEAD_INJURY;
import static org.stillpoint.intake.domain.RedFlagQuestion.HEAD_INJURY_WITH_ACUTE_SIGNS;
import static org.stillpoint.intake.domain.RedFlagQuestion.IMMUNE_SUPPRESSION;
import static org.stillpoint.intake.domain.RedFlagQuestion.NEUROLOGIC_SYMPTOMS;
import static org.stillpoint.intake.domain.RedFlagQuestion.NEW_MEDICINE_AT_ONSET;
import static org.stillpoint.intake.domain.RedFlagQuestion.ONSET_AFTER_AGE;
import static org.stillpoint.intake.domain.RedFlagQuestion.ONSET_SUDDEN;
import static org.stillpoint.intake.domain.RedFlagQuestion.PAINFUL_EYE;
import static org.stillpoint.intake.domain.RedFlagQuestion.PAINFUL_EYE_WITH_VISUAL_CHANGE;
import static org.stillpoint.intake.domain.RedFlagQuestion.PAINKILLERS_OFTEN;
import static org.stillpoint.intake.domain.RedFlagQuestion.PATTERN_NEW_IN_LAST_3_MONTHS;
import static org.stillpoint.intake.domain.RedFlagQuestion.PATTERN_NEW_OR_CHANGED;
import static org.stillpoint.intake.domain.RedFlagQuestion.POSITIONAL;
import static org.stillpoint.intake.domain.RedFlagQuestion.PRECIPITATED_BY_COUGH_OR_EXERTION;
import static org.stillpoint.intake.domain.RedFlagQuestion.PREGNANCY;
import static org.stillpoint.intake.domain.RedFlagQuestion.PREGNANCY_WITH_HEADACHE_CHANGE;
import static org.stillpoint.intake.domain.RedFlagQuestion.PROGRESSIVE;
import static org.stillpoint.intake.domain.RedFlagQuestion.SYSTEMIC_SYMPTOMS;
import static org.stillpoint.intake.domain.RedFlagQuestion.SYSTEMIC_WITH_MENINGEAL_SIGNS;
import static org.stillpoint.intake.domain.RedFlagQuestion.VISUAL_LOSS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.stillpoint.intake.RedFlag;
import org.stillpoint.intake.ScreeningResult;
import org.stillpoint.intake.ScreeningTier;
import org.stillpoint.intake.Snnoop10Item;

class ScreeningPolicyTest {

    private final ScreeningPolicy policy = new ScreeningPolicy();

    @Nested
    class WithoutRedFlags {

        @Test
        void raisesNothingWhenEveryAnswerIsNo() {
            ScreeningResult result = policy.screen(complete());
            assertThat(result.tier()).isEqualTo(NONE);
            assertThat(result.flags()).isEmpty();
            assertThat(result.blocksTreatment()).isFalse();
        }

        @Test
        void ignoresAFollowUpAnsweredYesWhenItsQuestionIsNo() {
            IntakeAnswers answers = yes(SYSTEMIC_WITH_MENINGEAL_SIGNS, PAINFUL_EYE_WITH_VISUAL_CHANGE,
                    HEAD_INJURY_WITH_ACUTE_SIGNS, PATTERN_NEW_IN_LAST_3_MONTHS);
            assertThat(policy.screen(answers).tier()).isEqualTo(NONE);
        }

        @Test
        void recordsThePolicyVersionAndItsSettings() {
            String version = policy.screen(complete()).policyVersion();
            assertThat(version).startsWith(ScreeningPolicy.VERSION).contains("onset>50")
                    .contains("triptan>=10").contains("non-opioid>=15");
        }
    }

    @Nested
    class EverySnnoop10Item {

        static Stream<Arguments> answers() {
            return Stream.of(
                    arguments(List.of(SYSTEMIC_SYMPTOMS), RedFlag.SYSTEMIC_SYMPTOMS, URGENT, 1),
                    arguments(List.of(SYSTEMIC_SYMPTOMS, SYSTEMIC_WITH_MENINGEAL_SIGNS),
                            RedFlag.FEVER_WITH_MENINGEAL_SIGNS, EMERGENCY, 1),
                    arguments(List.of(CANCER_HISTORY), RedFlag.CANCER_HISTORY, ROUTINE, 2),
                    arguments(List.of(CANCER_HISTORY, CANCER_WITH_NEW_HEADACHE),
                            RedFlag.CANCER_HISTORY_WITH_NEW_HEADACHE, URGENT, 2),
                    arguments(List.of(NEUROLOGIC_SYMPTOMS), RedFlag.NEUROLOGIC_SYMPTOMS, EMERGENCY, 3),
                    arguments(List.of(ONSET_SUDDEN), RedFlag.SUDDEN_ONSET, EMERGENCY, 4),
                    arguments(List.of(ONSET_AFTER_AGE), RedFlag.OLDER_AGE_AT_ONSET, URGENT, 5),
                    arguments(List.of(PATTERN_NEW_OR_CHANGED), RedFlag.PATTERN_CHANGE, ROUTINE, 6),
                    arguments(List.of(PATTERN_NEW_OR_CHANGED, PATTERN_NEW_IN_LAST_3_MONTHS), RedFlag.NEW_HEADACHE,
                            URGENT, 6),
                    arguments(List.of(POSITIONAL), RedFlag.POSITIONAL, URGENT, 7),
                    arguments(List.of(PRECIPITATED_BY_COUGH_OR_EXERTION), RedFlag.PRECIPITATED_BY_COUGH_OR_EXERTION,
                            URGENT, 8),
                    arguments(List.of(VISUAL_LOSS), RedFlag.SUDDEN_VISUAL_LOSS, EMERGENCY, 9),
                    arguments(List.of(PROGRESSIVE), RedFlag.PROGRESSIVE, URGENT, 10),
                    arguments(List.of(PREGNANCY), RedFlag.PREGNANCY_OR_POSTPARTUM, ROUTINE, 11),
                    arguments(List.of(PREGNANCY, PREGNANCY_WITH_HEADACHE_CHANGE),
                            RedFlag.PREGNANCY_WITH_NEW_OR_CHANGED_HEADACHE, URGENT, 11),
                    arguments(List.of(PAINFUL_EYE), RedFlag.PAINFUL_RED_EYE, URGENT, 12),
                    arguments(List.of(PAINFUL_EYE, PAINFUL_EYE_WITH_VISUAL_CHANGE),
                            RedFlag.PAINFUL_RED_EYE_WITH_VISUAL_CHANGE, EMERGENCY, 12),
                    arguments(List.of(HEAD_INJURY), RedFlag.POST_TRAUMATIC_ONSET, URGENT, 13),
                    arguments(List.of(HEAD_INJURY, HEAD_INJURY_WITH_ACUTE_SIGNS), RedFlag.HEAD_INJURY_WITH_ACUTE_SIGNS,
                            EMERGENCY, 13),
                    arguments(List.of(IMMUNE_SUPPRESSION), RedFlag.IMMUNE_SUPPRESSION, URGENT, 14),
                    arguments(List.of(PAINKILLERS_OFTEN), RedFlag.MEDICATION_OVERUSE_PATTERN, ROUTINE, 15),
                    arguments(List.of(NEW_MEDICINE_AT_ONSET), RedFlag.NEW_MEDICINE_AT_ONSET, ROUTINE, 15));
        }

        @ParameterizedTest(name = "{0} -> {1} ({2})")
        @MethodSource("answers")
        void raisesTheFlagAndTierOfTheTriageTable(List<RedFlagQuestion> yes, RedFlag flag, ScreeningTier tier,
                                                  int item) {
            ScreeningResult result = policy.screen(yes(yes.toArray(RedFlagQuestion[]::new)));
            assertThat(result.flags()).containsExactly(flag);
            assertThat(result.tier()).isEqualTo(tier);
            assertThat(flag.tier()).isEqualTo(tier);
            assertThat(flag.itemNumber()).isEqualTo(item);
        }

        @Test
        void coversAllFifteenItems() {
            Set<Snnoop10Item> covered = EnumSet.noneOf(Snnoop10Item.class);
            answers().forEach(args -> covered.add(((RedFlag) args.get()[1]).item()));
            assertThat(covered).containsExactlyInAnyOrder(Snnoop10Item.values());
        }

        @Test
        void asksEveryItemAsAMainQuestion() {
            Set<Snnoop10Item> asked = EnumSet.noneOf(Snnoop10Item.class);
            for (RedFlagQuestion question : RedFlagQuestion.values()) {
                if (!question.followUp()) {
                    asked.add(question.item());
                }
            }
            assertThat(asked).containsExactlyInAnyOrder(Snnoop10Item.values());
        }

        @Test
        void treatsHeadInjuryWithNeurologicSymptomsAsAnEmergency() {
            ScreeningResult result = policy.screen(yes(HEAD_INJURY, NEUROLOGIC_SYMPTOMS));
            assertThat(result.flags()).containsExactly(RedFlag.NEUROLOGIC_SYMPTOMS,
                    RedFlag.HEAD_INJURY_WITH_ACUTE_SIGNS);
            assertThat(result.tier()).isEqualTo(EMERGENCY);
        }
    }

    @Nested
    class OlderAgeAtOnset {

        @ParameterizedTest(name = "onset at {0}: flagged {1}")
        @CsvSource({"49, false", "50, false", "51, true", "70, true"})
        void flagsAHeadacheThatBeganAfterFifty(int ageAtOnset, boolean flagged) {
            IntakeAnswers answers = withOnsets(16, ageAtOnset);
            assertThat(policy.screen(answers).raised(RedFlag.OLDER_AGE_AT_ONSET)).isEqualTo(flagged);
        }

        @ParameterizedTest(name = "onset at {0} with the age set to 65: flagged {1}")
        @CsvSource({"51, false", "65, false", "66, true"})
        void followsTheConfiguredAge(int ageAtOnset, boolean flagged) {
            ScreeningPolicy later = new ScreeningPolicy(new ScreeningSettings(65, 10, 10, 10, 10, 15, 10));
            assertThat(later.screen(withOnsets(ageAtOnset)).raised(RedFlag.OLDER_AGE_AT_ONSET)).isEqualTo(flagged);
            assertThat(later.screen(complete()).policyVersion()).contains("onset>65");
            assertThat(ONSET_AFTER_AGE.messageArguments(later.settings())).containsExactly(65);
        }

        @Test
        void flagsTheClientsOwnYesWhateverTheAgesGiven() {
            assertThat(policy.screen(yes(ONSET_AFTER_AGE).withHeadache(historyWith(
                    List.of(new HeadacheType(HeadacheKind.MIGRAINE, 20, null)), List.of(), false))).tier())
                    .isEqualTo(URGENT);
        }

        private IntakeAnswers withOnsets(int... ages) {
            List<HeadacheType> types = new ArrayList<>();
            for (int age : ages) {
                types.add(new HeadacheType(HeadacheKind.TENSION_TYPE, age, null));
            }
            return complete().withDateOfBirth(Intakes.TODAY.minusYears(80))
                    .withHeadache(historyWith(types, List.of(), false));
        }
    }

    @Nested
    class Aura {

        @ParameterizedTest(name = "new {0} aura of {1} min -> {2}")
        @CsvSource({
                "VISUAL, 20, NEW_TYPICAL_AURA",
                "VISUAL, 60, NEW_TYPICAL_AURA",
                "VISUAL, 61, ATYPICAL_NEW_AURA",
                "SENSORY, 60, NEW_TYPICAL_AURA",
                "SPEECH, 30, NEW_TYPICAL_AURA",
                "MOTOR, 10, ATYPICAL_NEW_AURA",
                "BRAINSTEM, 10, ATYPICAL_NEW_AURA",
                "RETINAL, 10, ATYPICAL_NEW_AURA"})
        void sortsANewAuraByKindAndLength(AuraType type, int minutes, RedFlag flag) {
            IntakeAnswers answers = complete().withRedFlags(RedFlagAnswers.allNo()
                    .withNewAura(EnumSet.of(type), minutes));
            ScreeningResult result = policy.screen(answers);
            assertThat(result.flags()).containsExactly(flag);
            assertThat(result.tier()).isEqualTo(flag == RedFlag.ATYPICAL_NEW_AURA ? EMERGENCY : ROUTINE);
        }

        @Test
        void treatsAnyAtypicalKindAmongSeveralAsAnEmergency() {
            IntakeAnswers answers = complete().withRedFlags(RedFlagAnswers.allNo()
                    .withNewAura(EnumSet.of(AuraType.VISUAL, AuraType.SENSORY, AuraType.MOTOR), 30));
            assertThat(policy.screen(answers).tier()).isEqualTo(EMERGENCY);
        }

        @ParameterizedTest(name = "usual {0} aura of {1} min: flagged {2}")
        @CsvSource({
                "VISUAL, 60, false",
                "VISUAL, 61, true",
                "SENSORY, 5, false",
                "MOTOR, 20, true",
                "BRAINSTEM, 20, true",
                "RETINAL, 20, true"})
        void recommendsAReviewOfALongStandingAuraOutsideTypicalAura(AuraType type, int minutes, boolean flagged) {
            IntakeAnswers answers = complete().withHeadache(historyWith(Intakes.history().types(),
                    List.of(new AuraSymptom(type, true, minutes)), false));
            ScreeningResult result = policy.screen(answers);
            assertThat(result.raised(RedFlag.ATYPICAL_AURA_IN_HISTORY)).isEqualTo(flagged);
            assertThat(result.tier()).isEqualTo(flagged ? ROUTINE : NONE);
        }
    }

    @Nested
    class MedicationOverusePattern {

        @ParameterizedTest(name = "{0} on {1} days: flagged {2}")
        @CsvSource({
                "TRIPTAN, 9, false", "TRIPTAN, 10, true",
                "ERGOT, 9, false", "ERGOT, 10, true",
                "OPIOID, 9, false", "OPIOID, 10, true",
                "COMBINATION_ANALGESIC, 9, false", "COMBINATION_ANALGESIC, 10, true",
                "NON_OPIOID_ANALGESIC, 14, false", "NON_OPIOID_ANALGESIC, 15, true",
                "OTHER, 31, false"})
        void usesTheThresholdOfEachClass(DrugClass drugClass, int days, boolean flagged) {
            ScreeningResult result = policy.screen(Intakes.withMedicines(
                    new Medicine("a medicine", MedicineUse.ACUTE, drugClass, days)));
            assertThat(result.raised(RedFlag.MEDICATION_OVERUSE_PATTERN)).isEqualTo(flagged);
            assertThat(result.tier()).isEqualTo(flagged ? ROUTINE : NONE);
        }

        @Test
        void countsAllNonOpioidAnalgesicsAsOneClass() {
            MedicationOveruse overuse = MedicationOveruse.of(List.of(
                    new Medicine("paracetamol", MedicineUse.ACUTE, DrugClass.NON_OPIOID_ANALGESIC, 8),
                    new Medicine("ibuprofen", MedicineUse.ACUTE, DrugClass.NON_OPIOID_ANALGESIC, 7)),
                    ScreeningSettings.DEFAULTS);
            assertThat(overuse.overusedClasses()).containsExactly(DrugClass.NON_OPIOID_ANALGESIC);
            assertThat(overuse.severalClassesTogether()).isFalse();
        }

        @ParameterizedTest(name = "triptan {0} + non-opioid {1} days: several classes {2}")
        @CsvSource({"5, 4, false", "5, 5, true", "1, 9, true", "9, 14, true"})
        void flagsSeveralClassesTogetherFromTenDaysInTotal(int triptanDays, int analgesicDays, boolean flagged) {
            MedicationOveruse overuse = MedicationOveruse.of(List.of(
                    new Medicine("rizatriptan", MedicineUse.ACUTE, DrugClass.TRIPTAN, triptanDays),
                    new Medicine("naproxen", MedicineUse.ACUTE, DrugClass.NON_OPIOID_ANALGESIC, analgesicDays)),
                    ScreeningSettings.DEFAULTS);
            assertThat(overuse.overusedClasses()).isEmpty();
            assertThat(overuse.severalClassesTogether()).isEqualTo(flagged);
        }

        @Test
        void listsEveryOverusedClassAndThenNotSeveralTogether() {
            MedicationOveruse overuse = MedicationOveruse.of(List.of(
                    new Medicine("sumatriptan", MedicineUse.ACUTE, DrugClass.TRIPTAN, 12),
                    new Medicine("paracetamol", MedicineUse.ACUTE, DrugClass.NON_OPIOID_ANALGESIC, 16),
                    new Medicine("codeine", MedicineUse.ACUTE, DrugClass.OPIOID, 2)), ScreeningSettings.DEFAULTS);
            assertThat(overuse.overusedClasses()).containsExactly(DrugClass.TRIPTAN,
                    DrugClass.NON_OPIOID_ANALGESIC);
            assertThat(overuse.severalClassesTogether()).isFalse();
        }

        @Test
        void countsAMedicineTakenAsPreventionToo() {
            ScreeningResult result = policy.screen(Intakes.withMedicines(
                    new Medicine("naproxen", MedicineUse.PREVENTIVE, DrugClass.NON_OPIOID_ANALGESIC, 20)));
            assertThat(result.raised(RedFlag.MEDICATION_OVERUSE_PATTERN)).isTrue();
        }

        @Test
        void followsTheConfiguredThresholds() {
            ScreeningPolicy lenient = new ScreeningPolicy(new ScreeningSettings(50, 12, 10, 10, 10, 20, 10));
            IntakeAnswers answers = Intakes.withMedicines(
                    new Medicine("ibuprofen", MedicineUse.ACUTE, DrugClass.NON_OPIOID_ANALGESIC, 15));
            assertThat(lenient.screen(answers).tier()).isEqualTo(NONE);
            assertThat(policy.screen(answers).tier()).isEqualTo(ROUTINE);
            assertThat(PAINKILLERS_OFTEN.messageArguments(lenient.settings())).containsExactly(10);
        }

        @Test
        void flagsTheClientsOwnAnswerWithoutMedicinesListed() {
            assertThat(policy.screen(yes(PAINKILLERS_OFTEN).withMedicines(List.of())).flags())
                    .containsExactly(RedFlag.MEDICATION_OVERUSE_PATTERN);
        }
    }

    @Nested
    class MedicalAnswersCountToo {

        @Test
        void readsCancerFromTheMedicalAnswers() {
            IntakeAnswers answers = Intakes.withMedical(m -> m.cancer(CancerHistory.TREATED));
            assertThat(policy.screen(answers).flags()).containsExactly(RedFlag.CANCER_HISTORY);
        }

        @Test
        void treatsCancerWithAHeadacheNewInTheLastThreeMonthsAsUrgent() {
            IntakeAnswers answers = Intakes.withMedical(m -> m.cancer(CancerHistory.ACTIVE))
                    .withRedFlags(RedFlagAnswers.allNo().with(PATTERN_NEW_OR_CHANGED, true)
                            .with(PATTERN_NEW_IN_LAST_3_MONTHS, true));
            assertThat(policy.screen(answers).flags()).containsExactly(RedFlag.CANCER_HISTORY_WITH_NEW_HEADACHE,
                    RedFlag.NEW_HEADACHE);
        }

        @Test
        void readsPregnancyFromTheMedicalAnswers() {
            IntakeAnswers answers = Intakes.withMedical(m -> m.pregnancy(
                    new Pregnancy(PregnancyStatus.POSTPARTUM, null, null, false)));
            assertThat(policy.screen(answers).flags()).containsExactly(RedFlag.PREGNANCY_OR_POSTPARTUM);
        }

        @Test
        void treatsPregnancyWithAChangedPatternAsUrgent() {
            IntakeAnswers answers = Intakes.withMedical(m -> m.pregnancy(
                    new Pregnancy(PregnancyStatus.PREGNANT, 20, false, false)))
                    .withHeadache(historyWith(Intakes.history().types(), List.of(), true));
            ScreeningResult result = policy.screen(answers);
            assertThat(result.flags()).containsExactly(RedFlag.PATTERN_CHANGE,
                    RedFlag.PREGNANCY_WITH_NEW_OR_CHANGED_HEADACHE);
            assertThat(result.tier()).isEqualTo(URGENT);
        }

        @Test
        void readsImmuneSuppressionAndRecentChemotherapyFromTheMedicalAnswers() {
            assertThat(policy.screen(Intakes.withMedical(m -> m.immuneSuppression())).flags())
                    .containsExactly(RedFlag.IMMUNE_SUPPRESSION);
            assertThat(policy.screen(Intakes.withMedical(m -> m.chemotherapyLast72Hours())).flags())
                    .containsExactly(RedFlag.IMMUNE_SUPPRESSION);
        }

        @ParameterizedTest(name = "assessed: {0}")
        @CsvSource(value = {"false, true", "null, true", "true, false"}, nullValues = "null")
        void treatsHeadOrNeckTraumaNotYetAssessedAsPostTraumatic(Boolean assessed, boolean flagged) {
            IntakeAnswers answers = Intakes.withMedical(m -> m.trauma(Intakes.TODAY.minusWeeks(2), assessed));
            ScreeningResult result = policy.screen(answers);
            assertThat(result.raised(RedFlag.HEAD_OR_NECK_TRAUMA_NOT_ASSESSED)).isEqualTo(flagged);
            assertThat(result.tier()).isEqualTo(flagged ? URGENT : NONE);
        }

        @Test
        void reportsAChangedPatternFromTheHistory() {
            IntakeAnswers answers = complete().withHeadache(historyWith(Intakes.history().types(), List.of(), true));
            assertThat(policy.screen(answers).flags()).containsExactly(RedFlag.PATTERN_CHANGE);
        }
    }

    @Nested
    class AttackUnderWay {

        @Test
        void treatsAnAttackUnlikeTheUsualOnesAsUrgent() {
            IntakeAnswers answers = complete().withCurrentSymptoms(new CurrentSymptoms(true, false, true,
                    Set.of(), null));
            assertThat(policy.screen(answers).flags()).containsExactly(RedFlag.ATTACK_UNLIKE_USUAL);
        }

        @Test
        void raisesNothingForAUsualAttack() {
            IntakeAnswers answers = complete().withCurrentSymptoms(new CurrentSymptoms(true, true, false,
                    Set.of(), null));
            assertThat(policy.screen(answers).tier()).isEqualTo(NONE);
        }
    }

    @Nested
    class HighestTierWins {

        @Test
        void urgentOutranksRoutine() {
            ScreeningResult result = policy.screen(yes(PAINKILLERS_OFTEN, POSITIONAL));
            assertThat(result.tier()).isEqualTo(URGENT);
            assertThat(result.flags()).containsExactly(RedFlag.POSITIONAL, RedFlag.MEDICATION_OVERUSE_PATTERN);
        }

        @Test
        void emergencyOutranksEverything() {
            ScreeningResult result = policy.screen(yes(PAINKILLERS_OFTEN, POSITIONAL, VISUAL_LOSS, CANCER_HISTORY));
            assertThat(result.tier()).isEqualTo(EMERGENCY);
            assertThat(result.flags()).containsExactly(RedFlag.CANCER_HISTORY, RedFlag.POSITIONAL,
                    RedFlag.SUDDEN_VISUAL_LOSS, RedFlag.MEDICATION_OVERUSE_PATTERN);
        }

        static Stream<Arguments> pairsOfMainQuestions() {
            List<RedFlagQuestion> main = Arrays.stream(RedFlagQuestion.values())
                    .filter(q -> !q.followUp() && q != RedFlagQuestion.NEW_AURA).toList();
            return main.stream().flatMap(a -> main.stream().filter(b -> a.compareTo(b) < 0)
                    .map(b -> arguments(a, b)));
        }

        @ParameterizedTest(name = "{0} + {1}")
        @MethodSource("pairsOfMainQuestions")
        void aSecondYesNeverLowersTheTier(RedFlagQuestion first, RedFlagQuestion second) {
            ScreeningTier alone = max(policy.screen(yes(first)).tier(), policy.screen(yes(second)).tier());
            ScreeningResult together = policy.screen(yes(first, second));
            // Some answers combine into a higher tier (pregnancy with a changed pattern): never into a lower one.
            assertThat(together.tier().isAtLeast(alone)).isTrue();
            assertThat(together.tier()).isEqualTo(ScreeningTier.highest(together.flags()));
        }

        @Test
        void combinesPregnancyAndAChangedPatternIntoUrgent() {
            assertThat(policy.screen(yes(PREGNANCY)).tier()).isEqualTo(ROUTINE);
            assertThat(policy.screen(yes(PATTERN_NEW_OR_CHANGED)).tier()).isEqualTo(ROUTINE);
            assertThat(policy.screen(yes(PREGNANCY, PATTERN_NEW_OR_CHANGED)).tier()).isEqualTo(URGENT);
        }

        private static ScreeningTier max(ScreeningTier a, ScreeningTier b) {
            return a.isAtLeast(b) ? a : b;
        }
    }

    @Nested
    class TierMeaning {

        @ParameterizedTest
        @EnumSource(ScreeningTier.class)
        void onlyUrgentAndEmergencyBlockTreatment(ScreeningTier tier) {
            assertThat(tier.blocksTreatment()).isEqualTo(tier == URGENT || tier == EMERGENCY);
        }
    }
}
