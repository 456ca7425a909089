package org.stillpoint.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stillpoint.intake.ContraindicationCondition.CHEMOTHERAPY_LAST_72_HOURS;
import static org.stillpoint.intake.ContraindicationCondition.DVT_CURRENT;
import static org.stillpoint.intake.ContraindicationCondition.FEVER;
import static org.stillpoint.intake.ContraindicationCondition.RED_FLAG_SCREENING;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stillpoint.clients.ClientId;
import org.stillpoint.intake.BlockingReason;
import org.stillpoint.intake.Clearance;
import org.stillpoint.intake.ClearanceId;
import org.stillpoint.intake.ClearanceScope;
import org.stillpoint.intake.ContraindicationClass;
import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.ContraindicationFlag;
import org.stillpoint.intake.ContraindicationScope;
import org.stillpoint.intake.IntakeVersion;
import org.stillpoint.intake.RedFlag;
import org.stillpoint.intake.ScreeningResult;
import org.stillpoint.intake.ScreeningTier;
import org.stillpoint.intake.SourceTag;
import org.stillpoint.intake.TreatmentClearance;
import org.stillpoint.intake.TreatmentStatus;
import org.stillpoint.platform.Role;

/** Whether a client may be treated on a day: the §5 tiers, clearances in force, and absolute contraindications. */
class TreatmentClearancePolicyTest {

    static final LocalDate TODAY = Intakes.TODAY;
    static final ClientId CLIENT = new ClientId(UUID.randomUUID());

    private final TreatmentClearancePolicy policy = new TreatmentClearancePolicy();
    private final ContraindicationPolicy contraindications = new ContraindicationPolicy();

    @Nested
    class ByTier {

        @Test
        void withoutAnIntakeNothingMayBeBooked() {
            TreatmentClearance t = policy.evaluate(CLIENT, null, List.of(), List.of(), TODAY);

            assertThat(t.status()).isEqualTo(TreatmentStatus.NO_INTAKE);
            assertThat(t.allowed()).isFalse();
            assertThat(t.blockingReasons()).extracting(BlockingReason::kind)
                    .containsExactly(BlockingReason.Kind.NO_INTAKE);
        }

        @Test
        void noneAllowsTreatment() {
            TreatmentClearance t = evaluate(version(1), List.of());

            assertThat(t.status()).isEqualTo(TreatmentStatus.ALLOWED);
            assertThat(t.allowed()).isTrue();
            assertThat(t.doctorReviewRecommended()).isFalse();
            assertThat(t.limit()).isEqualTo(ClearanceScope.ALL_TREATMENT);
        }

        @Test
        void routineAllowsTreatmentAndRecommendsADoctor() {
            TreatmentClearance t = evaluate(version(1, RedFlag.MEDICATION_OVERUSE_PATTERN), List.of());

            assertThat(t.status()).isEqualTo(TreatmentStatus.ALLOWED);
            assertThat(t.tier()).isEqualTo(ScreeningTier.ROUTINE);
            assertThat(t.doctorReviewRecommended()).isTrue();
        }

        @Test
        void urgentBlocksForEachUrgentFlagButNotForTheRoutineOnes() {
            TreatmentClearance t = evaluate(version(1, RedFlag.POSITIONAL, RedFlag.PROGRESSIVE,
                    RedFlag.NEW_MEDICINE_AT_ONSET), List.of());

            assertThat(t.status()).isEqualTo(TreatmentStatus.BLOCKED);
            assertThat(t.blockingReasons()).extracting(BlockingReason::redFlag)
                    .containsExactly(RedFlag.POSITIONAL, RedFlag.PROGRESSIVE);
        }

        @Test
        void emergencyBlocksWithItsOwnStatus() {
            TreatmentClearance t = evaluate(version(1, RedFlag.SUDDEN_ONSET, RedFlag.POSITIONAL), List.of());

            assertThat(t.status()).isEqualTo(TreatmentStatus.EMERGENCY);
            assertThat(t.allowed()).isFalse();
        }
    }

    @Nested
    class Clearances {

        @Test
        void aClearanceRecordedAgainstTheUrgentFlagsLiftsThemWithinItsScope() {
            IntakeVersion urgent = version(1, RedFlag.POSITIONAL);
            RecordedClearance clearance = recorded(urgent, TODAY, null, ClearanceScope.GENTLE_WORK_ONLY, 1);

            TreatmentClearance t = evaluate(urgent, List.of(clearance));

            assertThat(t.status()).isEqualTo(TreatmentStatus.CLEARED);
            assertThat(t.allowed()).isTrue();
            assertThat(t.limit()).isEqualTo(ClearanceScope.GENTLE_WORK_ONLY);
            assertThat(t.clearance()).isEqualTo(clearance.clearance());
            assertThat(t.cleared()).contains(RED_FLAG_SCREENING);
        }

        @Test
        void anEmergencyIsLiftedOnlyByAClearanceThatCoversIt() {
            IntakeVersion emergency = version(1, RedFlag.SUDDEN_ONSET);

            assertThat(evaluate(emergency, List.of(recorded(emergency, TODAY, null, ClearanceScope.ALL_TREATMENT, 1)))
                    .status()).isEqualTo(TreatmentStatus.CLEARED);
            assertThat(evaluate(emergency, List.of(recorded(version(1, RedFlag.POSITIONAL), TODAY, null,
                    ClearanceScope.ALL_TREATMENT, 1))).status()).isEqualTo(TreatmentStatus.EMERGENCY);
        }

        @Test
        void countsUpToAndIncludingItsExpiryDate() {
            IntakeVersion urgent = version(1, RedFlag.POSITIONAL);

            assertThat(evaluate(urgent, List.of(recorded(urgent, TODAY.minusDays(30), TODAY,
                    ClearanceScope.ALL_TREATMENT, 1))).status()).isEqualTo(TreatmentStatus.CLEARED);
            TreatmentClearance expired = evaluate(urgent, List.of(recorded(urgent, TODAY.minusDays(30),
                    TODAY.minusDays(1), ClearanceScope.ALL_TREATMENT, 1)));
            assertThat(expired.status()).isEqualTo(TreatmentStatus.BLOCKED);
            assertThat(expired.clearance()).as("an expired clearance is not in force").isNull();
        }

        @Test
        void doesNotCountBeforeTheDayItWasGiven() {
            IntakeVersion urgent = version(1, RedFlag.POSITIONAL);

            assertThat(evaluate(urgent, List.of(recorded(urgent, TODAY.plusDays(1), null,
                    ClearanceScope.ALL_TREATMENT, 1))).status()).isEqualTo(TreatmentStatus.BLOCKED);
        }

        @Test
        void carriesOverToANewerIntakeThatRaisesNothingNew() {
            RecordedClearance clearance = recorded(version(1, RedFlag.POSITIONAL), TODAY, null,
                    ClearanceScope.ALL_TREATMENT, 1);

            assertThat(evaluate(version(2, RedFlag.POSITIONAL, RedFlag.PATTERN_CHANGE), List.of(clearance)).status())
                    .isEqualTo(TreatmentStatus.CLEARED);
        }

        @Test
        void doesNotCoverAFlagANewerIntakeRaises() {
            RecordedClearance clearance = recorded(version(1, RedFlag.POSITIONAL), TODAY, null,
                    ClearanceScope.ALL_TREATMENT, 1);

            TreatmentClearance t = evaluate(version(2, RedFlag.POSITIONAL, RedFlag.PROGRESSIVE), List.of(clearance));

            assertThat(t.status()).isEqualTo(TreatmentStatus.BLOCKED);
            assertThat(t.blockingReasons()).extracting(BlockingReason::redFlag).containsExactly(RedFlag.PROGRESSIVE);
        }

        @Test
        void usesAnOlderClearanceThatCoversWhenTheNewestDoesNot() {
            IntakeVersion urgent = version(2, RedFlag.POSITIONAL);
            RecordedClearance older = recorded(urgent, TODAY.minusDays(5), null, ClearanceScope.NO_NECK_WORK, 10);
            RecordedClearance newer = new RecordedClearance(clearance(TODAY, null, ClearanceScope.ALL_TREATMENT, 1),
                    Set.of(), Set.of());

            TreatmentClearance t = evaluate(urgent, List.of(newer, older));

            assertThat(t.status()).isEqualTo(TreatmentStatus.CLEARED);
            assertThat(t.limit()).isEqualTo(ClearanceScope.NO_NECK_WORK);
        }

        @Test
        void isRecordedAgainstTheBlockingFlagsAndTheConditionsThatNeedAClearance() {
            IntakeVersion urgent = version(1, RedFlag.POSITIONAL, RedFlag.MEDICATION_OVERUSE_PATTERN);
            List<ContraindicationFlag> flags = List.of(flag(RED_FLAG_SCREENING, true, true), flag(DVT_CURRENT, true,
                    true), flag(FEVER, true, false));

            RecordedClearance recorded = TreatmentClearancePolicy.recordedAgainst(
                    clearance(TODAY, null, ClearanceScope.ALL_TREATMENT, 0), urgent, flags);

            assertThat(recorded.coveredRedFlags()).containsExactly(RedFlag.POSITIONAL);
            assertThat(recorded.coveredConditions()).containsExactly(DVT_CURRENT);
        }
    }

    @Nested
    class AbsoluteContraindications {

        @Test
        void oneThatNeedsAClearanceBlocksUntilAClearanceCoversIt() {
            IntakeVersion none = version(1);
            List<ContraindicationFlag> dvt = List.of(flag(DVT_CURRENT, true, true));

            TreatmentClearance blocked = policy.evaluate(CLIENT, none, dvt, List.of(), TODAY);
            assertThat(blocked.status()).isEqualTo(TreatmentStatus.BLOCKED);
            assertThat(blocked.blockingReasons()).extracting(r -> r.contraindication().condition())
                    .containsExactly(DVT_CURRENT);

            RecordedClearance clearance = TreatmentClearancePolicy.recordedAgainst(
                    clearance(TODAY, null, ClearanceScope.GENTLE_WORK_ONLY, 0), none, dvt);
            TreatmentClearance cleared = policy.evaluate(CLIENT, none, dvt, List.of(clearance), TODAY);
            assertThat(cleared.status()).isEqualTo(TreatmentStatus.CLEARED);
            assertThat(cleared.clearedFor(dvt.get(0))).isTrue();
        }

        @Test
        void oneAboutTheDayBlocksEvenWithAClearanceButOnlyOnThatDay() {
            IntakeVersion none = version(1);
            List<ContraindicationFlag> fever = List.of(flag(FEVER, true, false));
            RecordedClearance clearance = recorded(none, TODAY, null, ClearanceScope.ALL_TREATMENT, 0);

            assertThat(policy.evaluate(CLIENT, none, fever, List.of(clearance), TODAY).status())
                    .isEqualTo(TreatmentStatus.BLOCKED);
            assertThat(TreatmentClearancePolicy.holdingOn(fever, TODAY, TODAY)).hasSize(1);
            assertThat(TreatmentClearancePolicy.holdingOn(fever, TODAY, TODAY.plusDays(1))).isEmpty();
        }

        @Test
        void chemotherapyHoldsForThreeDays() {
            List<ContraindicationFlag> chemo = List.of(flag(CHEMOTHERAPY_LAST_72_HOURS, true, false));

            assertThat(TreatmentClearancePolicy.holdingOn(chemo, TODAY, TODAY.plusDays(3))).hasSize(1);
            assertThat(TreatmentClearancePolicy.holdingOn(chemo, TODAY, TODAY.plusDays(4))).isEmpty();
        }

        @Test
        void derivedFromTheAnswersTheyBlockTheWholeSession() {
            IntakeAnswers answers = Intakes.withMedical(m -> m.dvt(DvtHistory.CURRENT));
            IntakeVersion version = new IntakeVersion(CLIENT, 1, answers, new ScreeningPolicy().screen(answers),
                    Instant.parse("2026-03-10T09:00:00Z"), "Sam", Role.CLIENT);

            TreatmentClearance t = policy.evaluate(CLIENT, version, contraindications.derive(answers,
                    version.screening(), TODAY), List.of(), TODAY);

            assertThat(t.status()).isEqualTo(TreatmentStatus.BLOCKED);
            assertThat(t.tier()).isEqualTo(ScreeningTier.NONE);
        }
    }

    private TreatmentClearance evaluate(IntakeVersion version, List<RecordedClearance> clearances) {
        return policy.evaluate(CLIENT, version, contraindications.derive(version.answers(), version.screening(),
                TODAY), clearances, TODAY);
    }

    private static IntakeVersion version(int number, RedFlag... flags) {
        return new IntakeVersion(CLIENT, number, Intakes.complete(), ScreeningResult.of(List.of(flags), "test"),
                Instant.parse("2026-03-0" + Math.min(number, 9) + "T09:00:00Z"), "Sam", Role.CLIENT);
    }

    /** A clearance recorded some minutes after the start of the day, against the version's blocking flags. */
    private RecordedClearance recorded(IntakeVersion version, LocalDate clearedOn, LocalDate expiresOn,
                                       ClearanceScope scope, int minutes) {
        return TreatmentClearancePolicy.recordedAgainst(clearance(clearedOn, expiresOn, scope, minutes), version,
                contraindications.derive(version.answers(), version.screening(), TODAY));
    }

    private static Clearance clearance(LocalDate clearedOn, LocalDate expiresOn, ClearanceScope scope, int minutes) {
        return new Clearance(ClearanceId.random(), CLIENT, "Dr. Mei Chen", "Neurologist", clearedOn, scope, expiresOn,
                null, 1, "Dana Desk", Instant.parse("2026-03-01T08:00:00Z").plusSeconds(60L * minutes));
    }

    private static ContraindicationFlag flag(ContraindicationCondition condition, boolean absolute,
                                             boolean requiresClearance) {
        return new ContraindicationFlag(condition, absolute ? ContraindicationClass.ABSOLUTE
                : ContraindicationClass.RELATIVE, ContraindicationScope.GENERAL, requiresClearance, SourceTag.S,
                "intake.contraindication.fever");
    }
}
