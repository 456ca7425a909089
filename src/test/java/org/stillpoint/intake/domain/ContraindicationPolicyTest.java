package org.stillpoint.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.stillpoint.intake.ContraindicationClass.ABSOLUTE;
import static org.stillpoint.intake.ContraindicationClass.RELATIVE;
import static org.stillpoint.intake.ContraindicationScope.ABDOMEN;
import static org.stillpoint.intake.ContraindicationScope.ANTERIOR_NECK;
import static org.stillpoint.intake.ContraindicationScope.FEET;
import static org.stillpoint.intake.ContraindicationScope.GENERAL;
import static org.stillpoint.intake.ContraindicationScope.HANDS;
import static org.stillpoint.intake.ContraindicationScope.HEAD;
import static org.stillpoint.intake.ContraindicationScope.LOCAL;
import static org.stillpoint.intake.ContraindicationScope.NECK;
import static org.stillpoint.intake.SourceTag.S;
import static org.stillpoint.intake.SourceTag.U;
import static org.stillpoint.intake.domain.Intakes.TODAY;
import static org.stillpoint.intake.domain.Intakes.complete;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.stillpoint.intake.ContraindicationClass;
import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.ContraindicationFlag;
import org.stillpoint.intake.ContraindicationScope;
import org.stillpoint.intake.RedFlag;
import org.stillpoint.intake.ScreeningResult;
import org.stillpoint.intake.ScreeningTier;
import org.stillpoint.intake.SourceTag;
import org.stillpoint.intake.domain.Intakes.MedicalAnswers;

class ContraindicationPolicyTest {

    private static final ScreeningResult CLEAR = ScreeningResult.of(List.of(), "test");

    private final ContraindicationPolicy policy = new ContraindicationPolicy();

    @Test
    void raisesNothingForAClientWithoutConcerns() {
        assertThat(policy.derive(complete(), CLEAR, TODAY)).isEmpty();
    }

    @Nested
    class RedFlagScreening {

        @ParameterizedTest
        @EnumSource(RedFlag.class)
        void blocksEverySessionUntilClearedForAnUrgentOrEmergencyFlag(RedFlag flag) {
            List<ContraindicationFlag> flags = policy.derive(complete(), ScreeningResult.of(List.of(flag), "t"),
                    TODAY);
            if (flag.tier().blocksTreatment()) {
                assertThat(flags).extracting(ContraindicationFlag::condition)
                        .containsExactly(ContraindicationCondition.RED_FLAG_SCREENING);
                ContraindicationFlag only = flags.get(0);
                assertThat(only.blocksAllTreatment()).isTrue();
                assertThat(only.requiresClearance()).isTrue();
                assertThat(only.source()).isEqualTo(U);
                assertThat(only.reasonKey()).endsWith(flag.tier() == ScreeningTier.EMERGENCY ? ".emergency"
                        : ".urgent");
            } else {
                assertThat(flags).isEmpty();
            }
        }
    }

    @Nested
    class RowByRow {

        static Stream<Arguments> rows() {
            return Stream.of(
                    // §6.1 general
                    row("fever today", m -> m.feverToday(),
                            flag(ContraindicationCondition.FEVER, ABSOLUTE, GENERAL, false, S)),
                    row("intoxicated", m -> m.intoxicated(),
                            flag(ContraindicationCondition.INTOXICATION, ABSOLUTE, GENERAL, false, S)),
                    row("chemotherapy in the last 72 h", m -> m.chemotherapyLast72Hours(),
                            flag(ContraindicationCondition.CHEMOTHERAPY_LAST_72_HOURS, ABSOLUTE, GENERAL, false, S)),
                    row("current DVT", m -> m.dvt(DvtHistory.CURRENT),
                            flag(ContraindicationCondition.DVT_CURRENT, ABSOLUTE, GENERAL, true, S)),
                    row("past DVT", m -> m.dvt(DvtHistory.PAST),
                            flag(ContraindicationCondition.DVT_PAST, RELATIVE, GENERAL, true, U)),
                    row("uncontrolled blood pressure", m -> m.bloodPressure(BloodPressureStatus.UNCONTROLLED),
                            flag(ContraindicationCondition.HYPERTENSION_UNCONTROLLED, ABSOLUTE, GENERAL, true, S)),
                    row("controlled blood pressure", m -> m.bloodPressure(BloodPressureStatus.CONTROLLED),
                            flag(ContraindicationCondition.HYPERTENSION_CONTROLLED, RELATIVE, GENERAL, false, S)),
                    row("unknown blood pressure", m -> m.bloodPressure(BloodPressureStatus.UNKNOWN),
                            flag(ContraindicationCondition.BLOOD_PRESSURE_UNKNOWN, RELATIVE, GENERAL, false, U)),
                    row("pre-eclampsia", m -> m.pregnancy(new Pregnancy(PregnancyStatus.POSTPARTUM, null, null,
                            true)), flag(ContraindicationCondition.PRE_ECLAMPSIA, ABSOLUTE, GENERAL, true, S)),
                    row("stroke last month", m -> m.strokeOrTia(TODAY.minusMonths(1)),
                            flag(ContraindicationCondition.STROKE_OR_TIA_RECENT, ABSOLUTE, NECK, false, S),
                            flag(ContraindicationCondition.STROKE_OR_TIA_RECENT, RELATIVE, GENERAL, true, S)),
                    row("acute injury", m -> m.acuteInjury("left ankle"),
                            flag(ContraindicationCondition.ACUTE_INJURY, ABSOLUTE, LOCAL, false, S)),
                    row("open wound", m -> m.skin(false, SkinConcern.OPEN_WOUND_OR_BURN),
                            flag(ContraindicationCondition.OPEN_WOUND_OR_BURN, ABSOLUTE, LOCAL, false, S)),
                    row("contagious skin, widespread", m -> m.skin(true, SkinConcern.CONTAGIOUS),
                            flag(ContraindicationCondition.CONTAGIOUS_SKIN_CONDITION, ABSOLUTE, GENERAL, false, S)),
                    row("recent scar", m -> m.skin(false, SkinConcern.RECENT_SCAR),
                            flag(ContraindicationCondition.RECENT_SCAR, ABSOLUTE, LOCAL, false, S)),
                    row("heat-sensitive skin", m -> m.skin(true, SkinConcern.HEAT_SENSITIVE),
                            flag(ContraindicationCondition.HEAT_SENSITIVE_SKIN, RELATIVE, LOCAL, false, S)),
                    row("other skin concern", m -> m.skin(false, SkinConcern.OTHER)),
                    row("recent fracture", m -> m.recentFractureOrSurgery("right wrist"),
                            flag(ContraindicationCondition.RECENT_FRACTURE_OR_SURGERY, ABSOLUTE, LOCAL, true, S)),
                    row("varicose veins", m -> m.varicoseVeins("calves"),
                            flag(ContraindicationCondition.VARICOSE_VEINS, ABSOLUTE, LOCAL, false, S)),
                    row("anticoagulants", m -> m.anticoagulants("apixaban"),
                            flag(ContraindicationCondition.ANTICOAGULANTS, RELATIVE, GENERAL, false, S)),
                    row("osteoporosis", m -> m.osteoporosis(),
                            flag(ContraindicationCondition.OSTEOPOROSIS, RELATIVE, GENERAL, false, U)),
                    row("diabetes", m -> m.diabetes(),
                            flag(ContraindicationCondition.DIABETES, RELATIVE, GENERAL, false, S)),
                    row("reduced sensation", m -> m.reducedSensation(),
                            flag(ContraindicationCondition.REDUCED_SENSATION, RELATIVE, GENERAL, false, S)),
                    row("active cancer", m -> m.cancer(CancerHistory.ACTIVE),
                            flag(ContraindicationCondition.CANCER_ACTIVE, RELATIVE, GENERAL, true, S)),
                    row("treated cancer", m -> m.cancer(CancerHistory.TREATED),
                            flag(ContraindicationCondition.CANCER_TREATED, RELATIVE, GENERAL, true, S)),
                    row("uncomplicated pregnancy, week 20", m -> m.pregnancy(new Pregnancy(PregnancyStatus.PREGNANT,
                            20, false, false)),
                            flag(ContraindicationCondition.PREGNANCY, RELATIVE, GENERAL, false, S),
                            flag(ContraindicationCondition.PREGNANCY, ABSOLUTE, ABDOMEN, false, S),
                            flag(ContraindicationCondition.PREGNANCY, RELATIVE, FEET, false, S),
                            flag(ContraindicationCondition.PREGNANCY, RELATIVE, HANDS, false, S)),
                    row("high-risk pregnancy, week 30", m -> m.pregnancy(new Pregnancy(PregnancyStatus.PREGNANT, 30,
                            true, false)),
                            flag(ContraindicationCondition.PREGNANCY_HIGH_RISK, ABSOLUTE, GENERAL, true, S),
                            flag(ContraindicationCondition.PREGNANCY, RELATIVE, GENERAL, false, S),
                            flag(ContraindicationCondition.PREGNANCY, ABSOLUTE, ABDOMEN, false, S),
                            flag(ContraindicationCondition.PREGNANCY, RELATIVE, FEET, false, S),
                            flag(ContraindicationCondition.PREGNANCY, RELATIVE, HANDS, false, S)),
                    row("implant", m -> m.implant("pacemaker, left chest"),
                            flag(ContraindicationCondition.IMPLANT, ABSOLUTE, LOCAL, false, U),
                            flag(ContraindicationCondition.IMPLANT, RELATIVE, GENERAL, true, S)),
                    // §6.2 head and neck
                    row("trauma not assessed", m -> m.trauma(TODAY.minusWeeks(3), false),
                            flag(ContraindicationCondition.HEAD_OR_NECK_TRAUMA_NOT_ASSESSED, ABSOLUTE, HEAD, true, U),
                            flag(ContraindicationCondition.HEAD_OR_NECK_TRAUMA_NOT_ASSESSED, ABSOLUTE, NECK, true, U)),
                    row("trauma assessed", m -> m.trauma(TODAY.minusWeeks(3), true),
                            flag(ContraindicationCondition.HEAD_OR_NECK_TRAUMA_ASSESSED, RELATIVE, HEAD, true, U),
                            flag(ContraindicationCondition.HEAD_OR_NECK_TRAUMA_ASSESSED, RELATIVE, NECK, true, U)),
                    row("carotid sinus hypersensitivity",
                            m -> m.neckArtery(NeckArteryProblem.CAROTID_SINUS_HYPERSENSITIVITY),
                            flag(ContraindicationCondition.CAROTID_SINUS_HYPERSENSITIVITY, ABSOLUTE, NECK, false, S)),
                    row("carotid stenosis", m -> m.neckArtery(NeckArteryProblem.CAROTID_STENOSIS),
                            flag(ContraindicationCondition.CAROTID_STENOSIS, ABSOLUTE, NECK, false, S)),
                    row("artery dissection", m -> m.neckArtery(NeckArteryProblem.ARTERY_DISSECTION),
                            flag(ContraindicationCondition.ARTERY_DISSECTION, ABSOLUTE, NECK, false, S)),
                    row("hyperthyroidism", m -> m.thyroid(ThyroidDisease.HYPERTHYROIDISM),
                            flag(ContraindicationCondition.HYPERTHYROIDISM, ABSOLUTE, ANTERIOR_NECK, false, S)),
                    row("other thyroid disease", m -> m.thyroid(ThyroidDisease.OTHER),
                            flag(ContraindicationCondition.THYROID_DISEASE, RELATIVE, ANTERIOR_NECK, false, S)),
                    // §6.4 technique-specific
                    row("heart failure", m -> m.heartFailure(),
                            flag(ContraindicationCondition.HEART_FAILURE, RELATIVE, GENERAL, true, U)),
                    row("arrhythmia", m -> m.arrhythmia(),
                            flag(ContraindicationCondition.ARRHYTHMIA, RELATIVE, GENERAL, false, S)),
                    row("immune suppression", m -> m.immuneSuppression(),
                            flag(ContraindicationCondition.IMMUNE_SUPPRESSION, RELATIVE, GENERAL, false, S)),
                    row("oil allergy", m -> m.oilAllergy("lavender"),
                            flag(ContraindicationCondition.OIL_ALLERGY, RELATIVE, GENERAL, false, U)),
                    row("acute infection", m -> m.other(OtherCondition.ACUTE_INFECTION),
                            flag(ContraindicationCondition.ACUTE_INFECTION, ABSOLUTE, GENERAL, false, S)),
                    row("bleeding disorder", m -> m.other(OtherCondition.BLEEDING_DISORDER),
                            flag(ContraindicationCondition.BLEEDING_DISORDER, RELATIVE, GENERAL, false, S)),
                    row("cerebral aneurysm", m -> m.other(OtherCondition.CEREBRAL_ANEURYSM),
                            flag(ContraindicationCondition.CEREBRAL_ANEURYSM, RELATIVE, GENERAL, true, U)),
                    row("raised intracranial pressure", m -> m.other(OtherCondition.RAISED_INTRACRANIAL_PRESSURE),
                            flag(ContraindicationCondition.RAISED_INTRACRANIAL_PRESSURE, RELATIVE, GENERAL, true, U)),
                    row("hydrocephalus", m -> m.other(OtherCondition.HYDROCEPHALUS),
                            flag(ContraindicationCondition.HYDROCEPHALUS, RELATIVE, GENERAL, true, U)),
                    row("recent epidural", m -> m.other(OtherCondition.RECENT_SPINAL_PUNCTURE_OR_EPIDURAL),
                            flag(ContraindicationCondition.RECENT_SPINAL_PUNCTURE_OR_EPIDURAL, RELATIVE, GENERAL,
                                    false, S)),
                    row("brain tumour", m -> m.other(OtherCondition.BRAIN_TUMOUR),
                            flag(ContraindicationCondition.BRAIN_TUMOUR, RELATIVE, GENERAL, false, S)),
                    row("epilepsy", m -> m.other(OtherCondition.EPILEPSY),
                            flag(ContraindicationCondition.EPILEPSY, RELATIVE, GENERAL, false, S)),
                    row("acute kidney failure", m -> m.other(OtherCondition.KIDNEY_FAILURE_ACUTE),
                            flag(ContraindicationCondition.KIDNEY_FAILURE_ACUTE, RELATIVE, GENERAL, true, U)),
                    row("chronic kidney disease", m -> m.other(OtherCondition.KIDNEY_DISEASE_CHRONIC),
                            flag(ContraindicationCondition.KIDNEY_DISEASE_CHRONIC, RELATIVE, GENERAL, false, S)),
                    row("low blood pressure", m -> m.other(OtherCondition.LOW_BLOOD_PRESSURE),
                            flag(ContraindicationCondition.LOW_BLOOD_PRESSURE, RELATIVE, GENERAL, false, S)),
                    row("asthma", m -> m.other(OtherCondition.ASTHMA),
                            flag(ContraindicationCondition.ASTHMA, RELATIVE, GENERAL, false, S)),
                    row("foot wound", m -> m.other(OtherCondition.FOOT_INJURY_OR_WOUND),
                            flag(ContraindicationCondition.FOOT_INJURY_OR_WOUND, ABSOLUTE, FEET, false, S)),
                    row("gout in the foot", m -> m.other(OtherCondition.GOUT_IN_FOOT),
                            flag(ContraindicationCondition.GOUT_IN_FOOT, ABSOLUTE, FEET, false, S)),
                    row("foot infection", m -> m.other(OtherCondition.FOOT_INFECTION),
                            flag(ContraindicationCondition.FOOT_INFECTION, ABSOLUTE, FEET, false, S)),
                    row("ankle osteoarthritis", m -> m.other(OtherCondition.FOOT_OR_ANKLE_OSTEOARTHRITIS),
                            flag(ContraindicationCondition.FOOT_OR_ANKLE_OSTEOARTHRITIS, RELATIVE, FEET, true, S)),
                    row("peripheral vascular disease", m -> m.other(OtherCondition.PERIPHERAL_VASCULAR_DISEASE),
                            flag(ContraindicationCondition.PERIPHERAL_VASCULAR_DISEASE, RELATIVE, GENERAL, true, S)),
                    row("heat-sensitising medicine", m -> m.other(OtherCondition.HEAT_SENSITISING_MEDICATION),
                            flag(ContraindicationCondition.HEAT_SENSITISING_MEDICATION, RELATIVE, GENERAL, false, S)),
                    row("recent radiotherapy", m -> m.other(OtherCondition.RECENT_RADIOTHERAPY),
                            flag(ContraindicationCondition.RECENT_RADIOTHERAPY, RELATIVE, GENERAL, false, S)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("rows")
        void derivesTheRuleOfClinicalReferenceSection6(String name, UnaryOperator<MedicalAnswers> answer,
                                                       List<Expected> expected) {
            List<ContraindicationFlag> flags = policy.derive(Intakes.withMedical(answer), CLEAR, TODAY);
            assertThat(flags).extracting(Expected::of).containsExactlyElementsOf(expected);
            assertThat(flags).allSatisfy(flag -> assertThat(flag.reasonKey()).startsWith("intake.contraindication."));
        }

        @ParameterizedTest
        @EnumSource(OtherCondition.class)
        void hasARuleForEveryConditionOnTheChecklist(OtherCondition condition) {
            List<ContraindicationFlag> flags = policy.derive(Intakes.withMedical(m -> m.other(condition)), CLEAR,
                    TODAY);
            assertThat(flags).extracting(ContraindicationFlag::condition)
                    .containsExactly(ContraindicationCondition.valueOf(condition.name()));
        }

        @Test
        void coversEveryRowOfTheChecklistInTheTable() {
            assertThat(rows().count()).isGreaterThanOrEqualTo(OtherCondition.values().length + 30);
        }

        private static Arguments row(String name, UnaryOperator<MedicalAnswers> answer, Expected... expected) {
            return arguments(name, answer, List.of(expected));
        }
    }

    @Nested
    class StrokeOrTia {

        @ParameterizedTest(name = "{0} days before the 3-month mark -> {1}")
        @CsvSource(value = {
                "0, STROKE_OR_TIA_RECENT",
                "-1, STROKE_OR_TIA_WITHIN_6_MONTHS"}, nullValues = "null")
        void countsAsRecentUpToThreeMonths(int daysLater, ContraindicationCondition expected) {
            LocalDate date = TODAY.minusMonths(3).plusDays(daysLater);
            assertThat(conditions(Intakes.withMedical(m -> m.strokeOrTia(date)))).contains(expected);
        }

        @Test
        void countsForCraniosacralWorkUpToSixMonths() {
            assertThat(conditions(Intakes.withMedical(m -> m.strokeOrTia(TODAY.minusMonths(6)))))
                    .containsExactly(ContraindicationCondition.STROKE_OR_TIA_WITHIN_6_MONTHS);
            assertThat(conditions(Intakes.withMedical(m -> m.strokeOrTia(TODAY.minusMonths(6).minusDays(1)))))
                    .isEmpty();
        }

        @Test
        void countsAStrokeWithoutADateAsRecent() {
            assertThat(conditions(Intakes.withMedical(m -> m.strokeOrTia(null))))
                    .containsOnly(ContraindicationCondition.STROKE_OR_TIA_RECENT);
        }

        @Test
        void followsTheConfiguredWindows() {
            ContraindicationPolicy longer = new ContraindicationPolicy(new ContraindicationSettings(6, 12, 3, 60));
            assertThat(longer.derive(Intakes.withMedical(m -> m.strokeOrTia(TODAY.minusMonths(5))), CLEAR, TODAY))
                    .extracting(ContraindicationFlag::condition)
                    .containsOnly(ContraindicationCondition.STROKE_OR_TIA_RECENT);
        }
    }

    @Nested
    class RecentHeadOrNeckTrauma {

        @Test
        void countsAsRecentForThreeMonths() {
            assertThat(conditions(Intakes.withMedical(m -> m.trauma(TODAY.minusMonths(3), false))))
                    .containsOnly(ContraindicationCondition.HEAD_OR_NECK_TRAUMA_NOT_ASSESSED);
            assertThat(conditions(Intakes.withMedical(m -> m.trauma(TODAY.minusMonths(3).minusDays(1), false))))
                    .isEmpty();
        }

        @Test
        void countsAnUnknownDateAsRecentAndAnUnknownAssessmentAsNone() {
            assertThat(policy.derive(Intakes.withMedical(m -> m.trauma(null, null)), CLEAR, TODAY))
                    .extracting(Expected::of).containsExactly(
                            flag(ContraindicationCondition.HEAD_OR_NECK_TRAUMA_NOT_ASSESSED, ABSOLUTE, HEAD, true, U),
                            flag(ContraindicationCondition.HEAD_OR_NECK_TRAUMA_NOT_ASSESSED, ABSOLUTE, NECK, true, U));
        }
    }

    @Nested
    class DuringPregnancy {

        @ParameterizedTest(name = "week {0}: first trimester {1}")
        @CsvSource(value = {"1, true", "13, true", "14, false", "null, true"}, nullValues = "null")
        void asksForClearanceInTheFirstTrimester(Integer week, boolean flagged) {
            IntakeAnswers answers = Intakes.withMedical(m -> m.pregnancy(
                    new Pregnancy(PregnancyStatus.PREGNANT, week, false, false)));
            assertThat(policy.derive(answers, CLEAR, TODAY)).extracting(Expected::of)
                    .contains(flag(ContraindicationCondition.PREGNANCY, ABSOLUTE, ABDOMEN, false, S))
                    .filteredOn(e -> e.condition() == ContraindicationCondition.PREGNANCY_FIRST_TRIMESTER)
                    .hasSize(flagged ? 1 : 0)
                    .allMatch(e -> e.contraindicationClass() == RELATIVE && e.requiresClearance()
                            && e.source() == U);
        }

        @Test
        void raisesNothingAfterTheBirthWithoutPreEclampsia() {
            IntakeAnswers answers = Intakes.withMedical(m -> m.pregnancy(
                    new Pregnancy(PregnancyStatus.POSTPARTUM, null, null, false)));
            assertThat(policy.derive(answers, CLEAR, TODAY)).isEmpty();
        }
    }

    @Nested
    class Age {

        @ParameterizedTest(name = "born {0} years and {1} days before today: flagged {2}")
        @CsvSource({"60, 0, false", "61, -1, false", "61, 0, true", "75, 0, true"})
        void asksForClearanceForLymphaticNeckWorkOverSixty(int years, int daysLater, boolean flagged) {
            IntakeAnswers answers = complete().withDateOfBirth(TODAY.minusYears(years).plusDays(-daysLater))
                    .withHeadache(Intakes.history());
            List<Expected> flags = policy.derive(answers, CLEAR, TODAY).stream().map(Expected::of).toList();
            if (flagged) {
                assertThat(flags).containsExactly(flag(ContraindicationCondition.AGE_OVER_LYMPHATIC_NECK_LIMIT,
                        RELATIVE, NECK, true, S));
            } else {
                assertThat(flags).isEmpty();
            }
        }
    }

    @Nested
    class DuringAnAttack {

        @Test
        void defersTheSessionWhenTouchHurts() {
            IntakeAnswers answers = complete().withCurrentSymptoms(new CurrentSymptoms(true, true, false, Set.of(),
                    null));
            assertThat(policy.derive(answers, CLEAR, TODAY)).extracting(Expected::of).containsExactly(
                    flag(ContraindicationCondition.TOUCH_HURTS_DURING_ATTACK, ABSOLUTE, GENERAL, false, S),
                    flag(ContraindicationCondition.ATTACK_IN_PROGRESS, RELATIVE, GENERAL, false, S));
        }

        @Test
        void asksForGentleWorkOtherwise() {
            IntakeAnswers answers = complete().withCurrentSymptoms(new CurrentSymptoms(true, false, false, Set.of(),
                    null));
            assertThat(policy.derive(answers, CLEAR, TODAY)).extracting(Expected::of).containsExactly(
                    flag(ContraindicationCondition.ATTACK_IN_PROGRESS, RELATIVE, GENERAL, false, S));
        }
    }

    @Test
    void putsTheScreeningFirstAndKeepsEveryFlag() {
        IntakeAnswers answers = Intakes.withMedical(m -> m.feverToday().anticoagulants("warfarin"));
        List<ContraindicationFlag> flags = policy.derive(answers,
                ScreeningResult.of(List.of(RedFlag.POSITIONAL), "t"), TODAY);
        assertThat(flags).extracting(ContraindicationFlag::condition).containsExactly(
                ContraindicationCondition.RED_FLAG_SCREENING, ContraindicationCondition.FEVER,
                ContraindicationCondition.ANTICOAGULANTS);
    }

    private List<ContraindicationCondition> conditions(IntakeAnswers answers) {
        return policy.derive(answers, CLEAR, TODAY).stream().map(ContraindicationFlag::condition).toList();
    }

    private static Expected flag(ContraindicationCondition condition, ContraindicationClass contraindicationClass,
                                 ContraindicationScope scope, boolean requiresClearance, SourceTag source) {
        return new Expected(condition, contraindicationClass, scope, requiresClearance, source);
    }

    /** A flag without its reason key, which the message bundle test checks. */
    record Expected(ContraindicationCondition condition, ContraindicationClass contraindicationClass,
                    ContraindicationScope scope, boolean requiresClearance, SourceTag source) {

        static Expected of(ContraindicationFlag flag) {
            return new Expected(flag.condition(), flag.contraindicationClass(), flag.scope(),
                    flag.requiresClearance(), flag.source());
        }
    }
}
