package org.stillpoint.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stillpoint.clinic.Technique.CRANIOSACRAL;
import static org.stillpoint.clinic.Technique.HOT_STONE;
import static org.stillpoint.clinic.Technique.LYMPHATIC_DRAINAGE;
import static org.stillpoint.clinic.Technique.MEDICAL_MASSAGE;
import static org.stillpoint.clinic.Technique.REFLEXOLOGY;
import static org.stillpoint.clinic.Technique.SWEDISH;
import static org.stillpoint.clinic.Technique.TRIGGER_POINT;
import static org.stillpoint.intake.ContraindicationCondition.*;
import static org.stillpoint.treatment.BlockOutcome.BLOCKED;
import static org.stillpoint.treatment.BlockOutcome.MODIFY;
import static org.stillpoint.treatment.BlockOutcome.OK;
import static org.stillpoint.treatment.BodyArea.ANTERIOR_NECK;
import static org.stillpoint.treatment.BodyArea.FACE;
import static org.stillpoint.treatment.BodyArea.FEET;
import static org.stillpoint.treatment.BodyArea.HANDS;
import static org.stillpoint.treatment.BodyArea.POSTERIOR_NECK;
import static org.stillpoint.treatment.BodyArea.SCALP;
import static org.stillpoint.treatment.BodyArea.SHOULDERS;
import static org.stillpoint.treatment.BodyArea.SUBOCCIPITALS;
import static org.stillpoint.treatment.BodyArea.TEMPORALIS_LEFT;
import static org.stillpoint.treatment.RequiredChange.AVOID_AREA;
import static org.stillpoint.treatment.RequiredChange.LIGHTER_PRESSURE;
import static org.stillpoint.treatment.RequiredChange.NO_HEAT;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.stillpoint.clinic.Technique;
import org.stillpoint.intake.ClearanceScope;
import org.stillpoint.intake.ContraindicationClass;
import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.ContraindicationFlag;
import org.stillpoint.intake.ContraindicationScope;
import org.stillpoint.intake.ScreeningTier;
import org.stillpoint.intake.SourceTag;
import org.stillpoint.platform.InvalidInput;

/**
 * The contraindication engine over the rules as the clinic is seeded with them (db/migration/common/V15), row by row
 * against clinical-reference §6.1–6.4.
 */
class ContraindicationEngineTest {

    private static JdbcClient database;
    private static ContraindicationEngine engine;

    @BeforeAll
    static void loadTheSeededRules() {
        String url = "jdbc:h2:mem:rules-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
        database = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
        engine = new ContraindicationEngine(ContraindicationRuleTable.load(database));
    }

    @AfterAll
    static void dropTheDatabase() {
        database.sql("SHUTDOWN").update();
    }

    @Nested
    class TheRuleTable {

        @Test
        void everyConditionTheIntakeCanRaiseHasAtLeastOneRule() {
            Set<ContraindicationCondition> covered = engine.rules().stream().map(ContraindicationRule::condition)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ContraindicationCondition.class)));

            assertThat(covered).containsExactlyInAnyOrder(ContraindicationCondition.values());
        }

        @Test
        void everyRuleSaysItselfInPlainWordsAndNamesItsSection() throws IOException {
            Properties messages = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/messages/messages.properties"),
                    StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            List<String> keys = new ArrayList<>();
            engine.rules().forEach(r -> keys.add(r.reasonKey()));
            ContraindicationEngine.STANDING_RULES.forEach(r -> {
                keys.add(r.reasonKey());
                keys.add(r.whenKey());
            });

            assertThat(keys).hasSizeGreaterThan(100).allSatisfy(key -> assertThat(messages).containsKey(key));
            assertThat(engine.rules()).filteredOn(r -> r.section() == null).extracting(ContraindicationRule::id)
                    .containsExactly("product-oil-allergy");
            assertThat(engine.rules()).allSatisfy(r -> assertThat(r.id()).startsWith(
                    r.section() == null ? "product-" : r.section() + "-"));
        }

        @Test
        void theRulesKeepTheOrderOfTheReference() {
            List<String> sections = engine.rules().stream().map(ContraindicationRule::section)
                    .filter(s -> s != null).toList();

            assertThat(sections).isSortedAccordingTo(String::compareTo);
            assertThat(engine.rules().get(0).id()).isEqualTo("6.1-red-flag-screening");
        }
    }

    @Nested
    class General_6_1 {

        @Test
        void anUrgentOrEmergencyRedFlagStopsTheSessionUntilAClearanceIsRecorded() {
            SessionVerdict blocked = verdict(client(RED_FLAG_SCREENING), swedish(SHOULDERS, 2));

            assertThat(blocked.outcome()).isEqualTo(SessionOutcome.NOT_TODAY);
            assertThat(blocked.blocks()).allSatisfy(b -> assertThat(b.outcome()).isEqualTo(BLOCKED));
            assertThat(sessionFinding(blocked, "6.1-red-flag-screening").clearanceOnFile()).isFalse();

            SessionVerdict cleared = verdict(client(RED_FLAG_SCREENING).cleared(RED_FLAG_SCREENING),
                    swedish(SHOULDERS, 2));
            assertThat(cleared.outcome()).isEqualTo(SessionOutcome.GO);
            assertThat(sessionFinding(cleared, "6.1-red-flag-screening").clearanceOnFile()).isTrue();
        }

        @Test
        void feverOrAnAcuteInfectionMeansRescheduleAndNoClearanceLiftsIt() {
            for (ContraindicationCondition condition : List.of(FEVER, ACUTE_INFECTION)) {
                SessionVerdict verdict = verdict(client(condition).cleared(condition), swedish(SHOULDERS, 1),
                        block(REFLEXOLOGY, FEET, 1));

                assertThat(verdict.outcome()).as(condition.name()).isEqualTo(SessionOutcome.NOT_TODAY);
                assertThat(verdict.blocks()).allSatisfy(b -> assertThat(b.outcome()).isEqualTo(BLOCKED));
            }
        }

        @Test
        void aSuspectedOrUntreatedDvtStopsTheSessionUntilAClinicianClearsIt() {
            assertThat(verdict(client(DVT_CURRENT), swedish(SHOULDERS, 2)).outcome())
                    .isEqualTo(SessionOutcome.NOT_TODAY);
            assertThat(verdict(client(DVT_CURRENT).cleared(DVT_CURRENT), swedish(SHOULDERS, 2)).outcome())
                    .isEqualTo(SessionOutcome.GO);
        }

        @Test
        void aPastDvtBlocksEveryBlockUntilClearedAndIsThenACautionForTheSession() {
            BlockVerdict blocked = check(client(DVT_PAST), swedish(SHOULDERS, 2));
            assertBlock(blocked, BLOCKED, AVOID_AREA);
            assertThat(finding(blocked, "6.1-dvt-past").overridable()).isFalse();

            SessionVerdict cleared = verdict(client(DVT_PAST).cleared(DVT_PAST), swedish(SHOULDERS, 2));
            assertThat(cleared.outcome()).isEqualTo(SessionOutcome.GO);
            assertThat(cleared.blocks().get(0).findings()).isEmpty();
            assertThat(sessionFinding(cleared, "6.1-dvt-past").effect()).isEqualTo(RuleEffect.CAUTION);
        }

        @Test
        void severeUncontrolledHypertensionStopsTheSessionUntilCleared() {
            assertThat(verdict(client(HYPERTENSION_UNCONTROLLED), swedish(SHOULDERS, 2)).outcome())
                    .isEqualTo(SessionOutcome.NOT_TODAY);
            assertThat(verdict(client(HYPERTENSION_UNCONTROLLED).cleared(HYPERTENSION_UNCONTROLLED),
                    swedish(SHOULDERS, 2)).outcome()).isEqualTo(SessionOutcome.GO);
        }

        @Test
        void preEclampsiaStopsTheSessionAndRefers() {
            SessionVerdict verdict = verdict(client(PRE_ECLAMPSIA), swedish(SHOULDERS, 1));

            assertThat(verdict.outcome()).isEqualTo(SessionOutcome.NOT_TODAY);
            assertThat(sessionFinding(verdict, "6.1-pre-eclampsia").ruleClass())
                    .isEqualTo(ContraindicationClass.ABSOLUTE);
        }

        @Test
        void intoxicationMeansReschedule() {
            assertThat(verdict(client(INTOXICATION).cleared(INTOXICATION), swedish(SHOULDERS, 1)).outcome())
                    .isEqualTo(SessionOutcome.NOT_TODAY);
        }

        @Test
        void chemotherapyWithinTheLast72HoursMeansRescheduleOnTheStricterReading() {
            SessionVerdict verdict = verdict(client(CHEMOTHERAPY_LAST_72_HOURS), swedish(SHOULDERS, 1));

            assertThat(verdict.outcome()).isEqualTo(SessionOutcome.NOT_TODAY);
            assertThat(sessionFinding(verdict, "6.1-chemotherapy-last-72-hours").source()).isEqualTo(SourceTag.U);
        }

        @Test
        void aRecentStrokeForbidsNeckWorkAndNeedsAClearanceForAnythingElse() {
            Facts stroke = client(STROKE_OR_TIA_RECENT);
            assertBlock(check(stroke, swedish(SHOULDERS, 2)), BLOCKED, AVOID_AREA);
            assertThat(finding(check(stroke, swedish(SHOULDERS, 2)), "6.1-stroke-or-tia-recent-clearance")
                    .overridable()).isFalse();

            Facts cleared = stroke.cleared(STROKE_OR_TIA_RECENT);
            assertBlock(check(cleared, swedish(SHOULDERS, 2)), OK, null);
            BlockVerdict neck = check(cleared, swedish(POSTERIOR_NECK, 1));
            assertBlock(neck, BLOCKED, AVOID_AREA);
            assertThat(finding(neck, "6.1-stroke-or-tia-recent-neck").overridable()).isFalse();
            assertBlock(check(cleared, swedish(ANTERIOR_NECK, 1)), BLOCKED, AVOID_AREA);
        }

        @Test
        void anAcuteInjuryIsWorkedAroundAtTheSiteTheClientDescribed() {
            SessionVerdict verdict = verdict(client().local(ACUTE_INJURY), swedish(SHOULDERS, 2));

            assertThat(verdict.outcome()).isEqualTo(SessionOutcome.GO);
            assertThat(sessionFinding(verdict, "6.1-acute-injury").effect()).isEqualTo(RuleEffect.NO_WORK);
            assertThat(verdict.blocks().get(0).findings()).isEmpty();
        }

        @Test
        void woundsBurnsScarsAndSpreadingSkinConditionsAreAvoidedLocallyAndPostponeTheSessionWhenWidespread() {
            for (ContraindicationCondition skin : List.of(OPEN_WOUND_OR_BURN, CONTAGIOUS_SKIN_CONDITION, RECENT_SCAR)) {
                SessionVerdict local = verdict(client().local(skin), swedish(SHOULDERS, 2));
                assertThat(local.outcome()).as(skin.name()).isEqualTo(SessionOutcome.GO);
                assertThat(local.session()).as(skin.name()).extracting(Finding::effect)
                        .containsExactly(RuleEffect.NO_WORK);

                SessionVerdict widespread = verdict(client(skin), swedish(SHOULDERS, 2));
                assertThat(widespread.outcome()).as(skin.name()).isEqualTo(SessionOutcome.NOT_TODAY);
            }
        }

        @Test
        void aRecentFractureOrSurgerySiteIsAvoidedUntilHealedAndCleared() {
            SessionVerdict verdict = verdict(client().local(RECENT_FRACTURE_OR_SURGERY), swedish(SHOULDERS, 2));

            Finding site = sessionFinding(verdict, "6.1-recent-fracture-or-surgery");
            assertThat(site.ruleClass()).isEqualTo(ContraindicationClass.ABSOLUTE);
            assertThat(site.requiresClearance()).isTrue();
            assertThat(site.clearanceOnFile()).isFalse();
            assertThat(verdict.outcome()).isEqualTo(SessionOutcome.GO);
        }

        @Test
        void varicoseVeinsGetNoDirectPressureOnlyLightWorkAroundThem() {
            SessionVerdict verdict = verdict(client().local(VARICOSE_VEINS), block(SWEDISH, FEET, 3));

            assertThat(sessionFinding(verdict, "6.1-varicose-veins").effect()).isEqualTo(RuleEffect.NO_WORK);
            assertThat(verdict.outcome()).isEqualTo(SessionOutcome.GO);
        }

        @Test
        void anticoagulantsOrABleedingDisorderAllowLightPressureOnlyUnlessOverridden() {
            for (ContraindicationCondition condition : List.of(ANTICOAGULANTS, BLEEDING_DISORDER)) {
                BlockVerdict firm = check(client(condition), swedish(SHOULDERS, 3));
                assertBlock(firm, MODIFY, LIGHTER_PRESSURE);
                Finding pressure = firm.findings().get(0);
                assertThat(pressure.maxPressure()).isEqualTo(2);
                assertThat(pressure.overridable()).isTrue();

                assertBlock(check(client(condition), swedish(SHOULDERS, 2)), OK, null);
                assertThat(engine.evaluate(client(condition).build(), List.of(swedish(SHOULDERS, 3)),
                        List.of(new RuleOverride(0, pressure.ruleId(), "Client knows this pressure well")))
                        .blocks().get(0).outcome()).isEqualTo(OK);
            }
        }

        @Test
        void controlledHypertensionMeansNoStrongHeatAndSoDoesAnUnknownBloodPressure() {
            for (ContraindicationCondition condition : List.of(HYPERTENSION_CONTROLLED, BLOOD_PRESSURE_UNKNOWN)) {
                BlockVerdict heated = check(client(condition), swedish(SHOULDERS, 2).withHeat(true));
                assertBlock(heated, MODIFY, NO_HEAT);
                assertThat(heated.findings().get(0).overridable()).isTrue();
                assertBlock(check(client(condition), block(HOT_STONE, SHOULDERS, 2)), MODIFY, NO_HEAT);
                assertBlock(check(client(condition), swedish(SHOULDERS, 2)), OK, null);
            }
        }

        @Test
        void osteoporosisAllowsLightPressureOnly() {
            BlockVerdict verdict = check(client(OSTEOPOROSIS), block(MEDICAL_MASSAGE, SHOULDERS, 3));

            assertBlock(verdict, MODIFY, LIGHTER_PRESSURE);
            assertThat(finding(verdict, "6.1-osteoporosis-pressure").overridable()).isTrue();
        }

        @Test
        void diabetesNeuropathyOrReducedSensationMeanNoHeatAndLightPressureOverNumbAreas() {
            for (ContraindicationCondition condition : List.of(DIABETES, REDUCED_SENSATION)) {
                BlockVerdict heated = check(client(condition), swedish(SHOULDERS, 2).withHeat(true));
                assertBlock(heated, MODIFY, NO_HEAT);
                assertThat(heated.findings().get(0).overridable()).isTrue();
            }
            SessionVerdict numb = verdict(client(REDUCED_SENSATION), swedish(SHOULDERS, 2));
            assertThat(sessionFinding(numb, "6.1-reduced-sensation-numb-areas").maxPressure()).isEqualTo(2);
        }

        @Test
        void activeCancerNeedsWrittenClearanceFromOncologyBeforeAnyWork() {
            BlockVerdict blocked = check(client(CANCER_ACTIVE), swedish(SHOULDERS, 1));
            assertBlock(blocked, BLOCKED, AVOID_AREA);
            assertThat(finding(blocked, "6.1-cancer-active-clearance").overridable()).isFalse();

            assertBlock(check(client(CANCER_ACTIVE).cleared(CANCER_ACTIVE), swedish(SHOULDERS, 1)), OK, null);
        }

        @Test
        void anUncomplicatedPregnancyIsSideLyingWithNoAbdominalWork() {
            SessionVerdict verdict = verdict(client(PREGNANCY), swedish(SHOULDERS, 2));

            assertThat(verdict.outcome()).isEqualTo(SessionOutcome.GO);
            assertThat(verdict.session()).extracting(Finding::ruleId)
                    .containsExactly("6.1-pregnancy", "6.1-pregnancy-abdomen");
            assertThat(sessionFinding(verdict, "6.1-pregnancy-abdomen").ruleClass())
                    .isEqualTo(ContraindicationClass.ABSOLUTE);
        }

        @Test
        void theFirstTrimesterNeedsAClearanceFirstOnTheStricterReading() {
            BlockVerdict blocked = check(client(PREGNANCY, PREGNANCY_FIRST_TRIMESTER), swedish(SHOULDERS, 1));
            assertBlock(blocked, BLOCKED, AVOID_AREA);
            assertThat(finding(blocked, "6.1-pregnancy-first-trimester-clearance").source()).isEqualTo(SourceTag.U);

            assertBlock(check(client(PREGNANCY, PREGNANCY_FIRST_TRIMESTER).cleared(PREGNANCY_FIRST_TRIMESTER),
                    swedish(SHOULDERS, 1)), OK, null);
        }

        @Test
        void aHighRiskPregnancyStopsTheSessionUntilWrittenClearance() {
            assertThat(verdict(client(PREGNANCY, PREGNANCY_HIGH_RISK), swedish(SHOULDERS, 1)).outcome())
                    .isEqualTo(SessionOutcome.NOT_TODAY);
            assertThat(verdict(client(PREGNANCY, PREGNANCY_HIGH_RISK).cleared(PREGNANCY_HIGH_RISK),
                    swedish(SHOULDERS, 1)).outcome()).isEqualTo(SessionOutcome.GO);
        }

        @Test
        void anImplantIsAvoidedAtItsSiteAndNeedsAClearance() {
            Facts implant = client(IMPLANT).local(IMPLANT);
            SessionVerdict blocked = verdict(implant, swedish(SHOULDERS, 2));
            assertThat(sessionFinding(blocked, "6.1-implant-site").effect()).isEqualTo(RuleEffect.NO_WORK);
            assertBlock(blocked.blocks().get(0), BLOCKED, AVOID_AREA);

            assertThat(verdict(implant.cleared(IMPLANT), swedish(SHOULDERS, 2)).outcome())
                    .isEqualTo(SessionOutcome.GO);
        }
    }

    @Nested
    class HeadAndNeck_6_2 {

        @Test
        void aRecentHeadOrNeckInjuryNotYetAssessedForbidsHeadAndNeckWorkUntilCleared() {
            Facts whiplash = client(HEAD_OR_NECK_TRAUMA_NOT_ASSESSED);
            for (BodyArea area : List.of(POSTERIOR_NECK, SUBOCCIPITALS, ANTERIOR_NECK, SCALP, TEMPORALIS_LEFT)) {
                BlockVerdict verdict = check(whiplash, swedish(area, 1));
                assertBlock(verdict, BLOCKED, AVOID_AREA);
                assertThat(verdict.findings()).filteredOn(f -> f.ruleId().startsWith("6.2-trauma"))
                        .allSatisfy(f -> assertThat(f.overridable()).isFalse()).isNotEmpty();
            }
            assertBlock(check(whiplash, swedish(SHOULDERS, 2)), OK, null);

            Facts cleared = whiplash.cleared(HEAD_OR_NECK_TRAUMA_NOT_ASSESSED);
            BlockVerdict neck = check(cleared, swedish(POSTERIOR_NECK, 2));
            assertBlock(neck, OK, null);
            Finding lifted = finding(neck, "6.2-trauma-not-assessed-neck");
            assertThat(lifted.clearanceOnFile()).isTrue();
            assertThat(lifted.change()).isEqualTo(RequiredChange.NONE);
        }

        @Test
        void anAssessedRecentHeadOrNeckInjuryNeedsAClearanceBeforeHeadOrNeckWork() {
            Facts assessed = client(HEAD_OR_NECK_TRAUMA_ASSESSED);
            assertBlock(check(assessed, swedish(POSTERIOR_NECK, 2)), BLOCKED, AVOID_AREA);
            assertBlock(check(assessed, swedish(SCALP, 2)), BLOCKED, AVOID_AREA);
            assertBlock(check(assessed, swedish(SHOULDERS, 2)), OK, null);

            assertBlock(check(assessed.cleared(HEAD_OR_NECK_TRAUMA_ASSESSED), swedish(SCALP, 2)), OK, null);
        }

        @Test
        void theFrontOfTheNeckNeverTakesDeepPressureForAnyClient() {
            BlockVerdict light = check(client(), block(LYMPHATIC_DRAINAGE, ANTERIOR_NECK, 1));
            assertBlock(light, OK, null);
            assertThat(finding(light, ContraindicationEngine.ANTERIOR_NECK).maxPressure()).isEqualTo(1);

            BlockVerdict firmer = check(client(), swedish(ANTERIOR_NECK, 2));
            assertBlock(firmer, MODIFY, LIGHTER_PRESSURE);
            assertThat(finding(firmer, ContraindicationEngine.ANTERIOR_NECK).overridable()).isFalse();
            assertThatThrownBy(() -> engine.evaluate(client().build(), List.of(swedish(ANTERIOR_NECK, 2)),
                    List.of(new RuleOverride(0, ContraindicationEngine.ANTERIOR_NECK, "Client asked"))))
                    .isInstanceOf(OverrideRefused.class)
                    .extracting(e -> ((OverrideRefused) e).problemType()).isEqualTo(OverrideRefused.ABSOLUTE);
            assertBlock(check(client(), swedish(POSTERIOR_NECK, 3)), OK, null);
        }

        @Test
        void carotidSinusHypersensitivityCarotidStenosisOrADissectionForbidEveryNeckWork() {
            for (ContraindicationCondition artery : List.of(CAROTID_SINUS_HYPERSENSITIVITY, CAROTID_STENOSIS,
                    ARTERY_DISSECTION)) {
                for (BodyArea neck : List.of(POSTERIOR_NECK, SUBOCCIPITALS, ANTERIOR_NECK)) {
                    BlockVerdict verdict = check(client(artery), block(LYMPHATIC_DRAINAGE, neck, 1));
                    assertBlock(verdict, BLOCKED, AVOID_AREA);
                    assertThat(verdict.findings()).filteredOn(f -> f.condition() == artery).singleElement()
                            .satisfies(f -> assertThat(f.overridable()).isFalse());
                }
                assertBlock(check(client(artery), swedish(SHOULDERS, 2)), OK, null);
                assertBlock(check(client(artery), swedish(SCALP, 2)), OK, null);
            }
        }

        @Test
        void vertebralArteryConcernsBanManipulationAndForcedEndRangeOnEveryNeckBlock() {
            BlockVerdict neck = check(client(), swedish(SUBOCCIPITALS, 2));

            assertBlock(neck, OK, null);
            Finding caution = finding(neck, ContraindicationEngine.VERTEBRAL_ARTERY);
            assertThat(caution.effect()).isEqualTo(RuleEffect.CAUTION);
            assertThat(caution.overridable()).isFalse();
            assertThat(check(client(), swedish(SHOULDERS, 2)).findings()).isEmpty();
        }

        @Test
        void newNeckPainWithANewHeadacheDuringASessionIsTheEmergencyTier() {
            SessionVerdict verdict = verdict(client().tier(ScreeningTier.EMERGENCY), swedish(SHOULDERS, 1),
                    block(REFLEXOLOGY, HANDS, 1));

            assertThat(verdict.outcome()).isEqualTo(SessionOutcome.EMERGENCY);
            assertThat(verdict.blocks()).allSatisfy(b -> assertThat(b.outcome()).isEqualTo(BLOCKED));
            assertThat(verdict.session()).extracting(Finding::ruleId)
                    .containsExactly(ContraindicationEngine.EMERGENCY_TIER, "6.1-red-flag-screening");
        }

        @Test
        void cervicalLymphaticWorkPastTheAgeLimitNeedsAClearance() {
            Facts older = client(AGE_OVER_LYMPHATIC_NECK_LIMIT);
            BlockVerdict neck = check(older, block(LYMPHATIC_DRAINAGE, POSTERIOR_NECK, 1));
            assertBlock(neck, BLOCKED, AVOID_AREA);
            assertThat(finding(neck, "6.2-lymphatic-drainage-neck-age").overridable()).isFalse();

            assertBlock(check(older, block(LYMPHATIC_DRAINAGE, FACE, 1)), OK, null);
            assertBlock(check(older, swedish(POSTERIOR_NECK, 2)), OK, null);
            assertBlock(check(older.cleared(AGE_OVER_LYMPHATIC_NECK_LIMIT),
                    block(LYMPHATIC_DRAINAGE, POSTERIOR_NECK, 1)), OK, null);
        }

        @Test
        void hyperthyroidismMeansNoLymphaticDrainageOnTheNeckAndNoWorkOverTheThyroid() {
            Facts thyroid = client(HYPERTHYROIDISM);
            BlockVerdict front = check(thyroid, block(LYMPHATIC_DRAINAGE, ANTERIOR_NECK, 1));
            assertBlock(front, BLOCKED, AVOID_AREA);
            assertThat(finding(front, "6.4-lymphatic-drainage-hyperthyroidism").overridable()).isFalse();
            assertBlock(check(thyroid, block(LYMPHATIC_DRAINAGE, POSTERIOR_NECK, 1)), BLOCKED, AVOID_AREA);
            assertBlock(check(thyroid, swedish(ANTERIOR_NECK, 1)), BLOCKED, AVOID_AREA);

            assertBlock(check(thyroid, swedish(POSTERIOR_NECK, 2)), OK, null);
            assertBlock(check(thyroid, block(LYMPHATIC_DRAINAGE, FACE, 1)), OK, null);
        }
    }

    @Nested
    class DuringAnAttack_6_3 {

        private final Facts attack = client(ATTACK_IN_PROGRESS);

        @Test
        void whenTouchMakesThePainWorseTheSessionIsDeferred() {
            SessionVerdict verdict = verdict(client(ATTACK_IN_PROGRESS, TOUCH_HURTS_DURING_ATTACK),
                    block(REFLEXOLOGY, HANDS, 1));

            assertThat(verdict.outcome()).isEqualTo(SessionOutcome.NOT_TODAY);
            assertThat(verdict.blocks().get(0).outcome()).isEqualTo(BLOCKED);
        }

        @Test
        void thereIsNoHeatOnTheHeadOrNeckDuringAnAttackAndNoOverride() {
            for (PlannedBlock heated : List.of(swedish(SCALP, 1).withHeat(true), swedish(POSTERIOR_NECK, 1)
                    .withHeat(true), block(HOT_STONE, SUBOCCIPITALS, 1), block(HOT_STONE, FACE, 1))) {
                BlockVerdict verdict = check(attack, heated);
                assertBlock(verdict, MODIFY, NO_HEAT);
                assertThat(verdict.findings()).filteredOn(f -> f.effect() == RuleEffect.NO_HEAT)
                        .singleElement().satisfies(f -> assertThat(f.overridable()).isFalse());
            }
            assertBlock(check(attack, swedish(SCALP, 1)), OK, null);
            assertBlock(check(attack, swedish(SHOULDERS, 1).withHeat(true)), OK, null);
        }

        @Test
        void theClientLiesOnTheBackOrSideNeverFaceDown() {
            SessionVerdict verdict = verdict(attack, swedish(SHOULDERS, 1));

            assertThat(verdict.outcome()).isEqualTo(SessionOutcome.GO);
            assertThat(sessionFinding(verdict, "6.3-attack-position-and-room").effect())
                    .isEqualTo(RuleEffect.CAUTION);
        }

        @Test
        void theSessionIsShorterWithNoDeepWorkAndHandOrFootWorkWhenTheHeadCannotBeTouched() {
            BlockVerdict firm = check(attack, swedish(SHOULDERS, 3));
            assertBlock(firm, MODIFY, LIGHTER_PRESSURE);
            assertThat(finding(firm, "6.3-attack-no-deep-work").overridable()).isTrue();

            assertBlock(check(attack, block(REFLEXOLOGY, FEET, 2)), OK, null);
            assertBlock(check(attack, block(REFLEXOLOGY, HANDS, 2)), OK, null);
        }

        @Test
        void theRoomIsDimQuietAndFreeOfScent() {
            SessionVerdict verdict = verdict(attack, block(REFLEXOLOGY, HANDS, 1), block(CRANIOSACRAL, SCALP, 1));

            assertThat(verdict.session()).extracting(Finding::ruleId).containsExactly("6.3-attack-position-and-room");
            assertThat(verdict.blocks()).allSatisfy(b -> assertThat(b.findings())
                    .noneMatch(f -> f.ruleId().equals("6.3-attack-position-and-room")));
        }

        @Test
        void anAttackUnlikeTheUsualOnesIsAScreeningMatterAndStopsTheSessionUntilCleared() {
            SessionVerdict urgent = verdict(attack.tier(ScreeningTier.URGENT), block(REFLEXOLOGY, HANDS, 1));

            assertThat(urgent.outcome()).isEqualTo(SessionOutcome.NOT_TODAY);
            assertThat(sessionFinding(urgent, "6.1-red-flag-screening").requiresClearance()).isTrue();
            assertThat(verdict(attack.tier(ScreeningTier.URGENT).cleared(RED_FLAG_SCREENING),
                    block(REFLEXOLOGY, HANDS, 1)).outcome()).isEqualTo(SessionOutcome.GO);
        }
    }

    @Nested
    class TechniqueMatrix_6_4 {

        @Nested
        class Swedish {

            @Test
            void theGeneralListStopsASwedishSession() {
                assertThat(verdict(client(FEVER), swedish(SHOULDERS, 1)).outcome())
                        .isEqualTo(SessionOutcome.NOT_TODAY);
            }

            @Test
            void withAnticoagulantsSwedishWorkIsGentle() {
                assertBlock(check(client(ANTICOAGULANTS), swedish(SHOULDERS, 3)), MODIFY, LIGHTER_PRESSURE);
                assertBlock(check(client(ANTICOAGULANTS), swedish(SHOULDERS, 2)), OK, null);
            }
        }

        @Nested
        class TriggerPoint {

            @Test
            void anticoagulantsOrABleedingDisorderForbidTriggerPointCompressionWithoutOverride() {
                for (ContraindicationCondition condition : List.of(ANTICOAGULANTS, BLEEDING_DISORDER)) {
                    BlockVerdict verdict = check(client(condition), block(TRIGGER_POINT, SHOULDERS, 1));
                    assertBlock(verdict, BLOCKED, AVOID_AREA);
                    Finding compression = verdict.findings().stream()
                            .filter(f -> f.ruleId().startsWith("6.4-trigger-point-")).findFirst().orElseThrow();
                    assertThat(compression.ruleClass()).isEqualTo(ContraindicationClass.ABSOLUTE);
                    assertThat(compression.source()).isEqualTo(SourceTag.U);
                    assertThat(compression.overridable()).isFalse();
                }
            }

            @Test
            void theFrontOfTheNeckIsNeverTriggerPointWork() {
                BlockVerdict verdict = check(client(), block(TRIGGER_POINT, ANTERIOR_NECK, 1));

                assertBlock(verdict, BLOCKED, AVOID_AREA);
                assertThat(finding(verdict, ContraindicationEngine.TRIGGER_POINT_ANTERIOR_NECK).overridable())
                        .isFalse();
                assertBlock(check(client(), block(TRIGGER_POINT, POSTERIOR_NECK, 4)), OK, null);
            }

            @Test
            void duringAnAttackThereIsNoDeepTriggerPointWorkUnlessTheTherapistGivesAReason() {
                BlockVerdict verdict = check(client(ATTACK_IN_PROGRESS), block(TRIGGER_POINT, SHOULDERS, 4));
                assertBlock(verdict, BLOCKED, AVOID_AREA);
                assertThat(finding(verdict, "6.4-trigger-point-attack").overridable()).isTrue();

                BlockVerdict overridden = engine.evaluate(client(ATTACK_IN_PROGRESS).build(),
                        List.of(block(TRIGGER_POINT, SHOULDERS, 2)),
                        List.of(new RuleOverride(0, "6.4-trigger-point-attack", "A light hold the client asked for")))
                        .blocks().get(0);
                assertBlock(overridden, OK, null);
                assertThat(finding(overridden, "6.4-trigger-point-attack").overridden()).isTrue();
            }
        }

        @Nested
        class MedicalMassage {

            @Test
            void anticoagulantsOrABleedingDisorderLimitCompressionToLightPressureWithoutOverride() {
                for (ContraindicationCondition condition : List.of(ANTICOAGULANTS, BLEEDING_DISORDER)) {
                    BlockVerdict verdict = check(client(condition), block(MEDICAL_MASSAGE, SHOULDERS, 3));
                    assertBlock(verdict, MODIFY, LIGHTER_PRESSURE);
                    assertThat(verdict.findings()).filteredOn(f -> f.ruleId().startsWith("6.4-medical-massage-"))
                            .singleElement().satisfies(f -> assertThat(f.overridable()).isFalse());
                    assertBlock(check(client(condition), block(MEDICAL_MASSAGE, SHOULDERS, 2)), OK, null);
                }
            }

            @Test
            void duringAnAttackThereIsNoKneadingOrCompressionUnlessTheTherapistGivesAReason() {
                BlockVerdict verdict = check(client(ATTACK_IN_PROGRESS), block(MEDICAL_MASSAGE, SHOULDERS, 2));

                assertBlock(verdict, BLOCKED, AVOID_AREA);
                assertThat(finding(verdict, "6.4-medical-massage-attack").overridable()).isTrue();
            }
        }

        @Nested
        class Craniosacral {

            @Test
            void aRecentHeadInjuryStrokeAneurysmRaisedPressureHydrocephalusOrCsfLeakForbidCraniosacralWork() {
                for (ContraindicationCondition condition : List.of(HEAD_OR_NECK_TRAUMA_NOT_ASSESSED,
                        HEAD_OR_NECK_TRAUMA_ASSESSED, STROKE_OR_TIA_RECENT, STROKE_OR_TIA_WITHIN_6_MONTHS,
                        CEREBRAL_ANEURYSM, RAISED_INTRACRANIAL_PRESSURE, HYDROCEPHALUS,
                        RECENT_SPINAL_PUNCTURE_OR_EPIDURAL)) {
                    BlockVerdict verdict = check(client(condition), block(CRANIOSACRAL, SCALP, 1));
                    assertBlock(verdict, BLOCKED, AVOID_AREA);
                    assertThat(verdict.findings()).filteredOn(f -> f.ruleId().startsWith("6.4-craniosacral-"))
                            .singleElement().satisfies(f -> {
                                assertThat(f.ruleClass()).isEqualTo(ContraindicationClass.ABSOLUTE);
                                assertThat(f.overridable()).isFalse();
                            });
                }
            }

            @Test
            void aStrokeWithinSixMonthsAnAneurysmOrRaisedPressureStillForbidCraniosacralWorkOnceOtherWorkIsCleared() {
                for (ContraindicationCondition condition : List.of(STROKE_OR_TIA_WITHIN_6_MONTHS, CEREBRAL_ANEURYSM,
                        RAISED_INTRACRANIAL_PRESSURE, HYDROCEPHALUS)) {
                    Facts cleared = client(condition).cleared(condition);
                    assertBlock(check(client(condition), swedish(SHOULDERS, 2)), BLOCKED, AVOID_AREA);
                    assertBlock(check(cleared, swedish(SHOULDERS, 2)), OK, null);
                    assertBlock(check(cleared, block(CRANIOSACRAL, SUBOCCIPITALS, 1)), BLOCKED, AVOID_AREA);
                }
            }

            @Test
            void recentSurgeryWaitsUntilStableAndCleared() {
                Facts surgery = client().local(RECENT_FRACTURE_OR_SURGERY);
                assertBlock(check(surgery, block(CRANIOSACRAL, SCALP, 1)), BLOCKED, AVOID_AREA);
                assertBlock(check(surgery, swedish(SHOULDERS, 2)), OK, null);
                assertBlock(check(surgery.cleared(RECENT_FRACTURE_OR_SURGERY), block(CRANIOSACRAL, SCALP, 1)), OK,
                        null);
            }

            @Test
            void bleedingRisksATumourEpilepsyOrAHighRiskPregnancyAreCautionsForCraniosacralWork() {
                for (ContraindicationCondition condition : List.of(ANTICOAGULANTS, BLEEDING_DISORDER, BRAIN_TUMOUR,
                        EPILEPSY, PREGNANCY_HIGH_RISK)) {
                    Facts facts = client(condition).cleared(condition);
                    BlockVerdict verdict = check(facts, block(CRANIOSACRAL, SCALP, 1));
                    assertBlock(verdict, OK, null);
                    assertThat(verdict.findings()).filteredOn(f -> f.ruleId().startsWith("6.4-craniosacral-"))
                            .singleElement().satisfies(f -> assertThat(f.effect()).isEqualTo(RuleEffect.CAUTION));
                }
            }
        }

        @Nested
        class LymphaticDrainage {

            private final PlannedBlock drainage = block(LYMPHATIC_DRAINAGE, FACE, 1);

            @Test
            void heartFailureForbidsLymphaticDrainageUntilAClinicianClearsIt() {
                BlockVerdict blocked = check(client(HEART_FAILURE), drainage);
                assertBlock(blocked, BLOCKED, AVOID_AREA);
                assertThat(finding(blocked, "6.4-lymphatic-drainage-heart-failure").overridable()).isFalse();
                assertBlock(check(client(HEART_FAILURE).cleared(HEART_FAILURE), drainage), OK, null);
            }

            @Test
            void acuteKidneyFailureForbidsLymphaticDrainageEvenWithAClearance() {
                Facts cleared = client(KIDNEY_FAILURE_ACUTE).cleared(KIDNEY_FAILURE_ACUTE);

                assertBlock(check(cleared, drainage), BLOCKED, AVOID_AREA);
                assertBlock(check(cleared, swedish(SHOULDERS, 2)), OK, null);
            }

            @Test
            void activeCancerForbidsLymphaticDrainageWithoutAClearance() {
                BlockVerdict blocked = check(client(CANCER_ACTIVE), drainage);
                assertThat(finding(blocked, "6.4-lymphatic-drainage-cancer-active").change()).isEqualTo(AVOID_AREA);
                assertBlock(check(client(CANCER_ACTIVE).cleared(CANCER_ACTIVE), drainage), OK, null);
            }

            @Test
            void hyperthyroidismOrAnArrhythmiaForbidLymphaticDrainageOnTheNeck() {
                for (ContraindicationCondition condition : List.of(HYPERTHYROIDISM, ARRHYTHMIA)) {
                    assertBlock(check(client(condition), block(LYMPHATIC_DRAINAGE, POSTERIOR_NECK, 1)), BLOCKED,
                            AVOID_AREA);
                    assertBlock(check(client(condition), drainage), OK, null);
                }
            }

            @Test
            void controlledHeartConditionsLowPressureAsthmaKidneyDiseaseDiabetesAndEarlyPregnancyAreCautions() {
                for (ContraindicationCondition condition : List.of(ARRHYTHMIA, LOW_BLOOD_PRESSURE, ASTHMA,
                        KIDNEY_DISEASE_CHRONIC, DIABETES, PREGNANCY_FIRST_TRIMESTER)) {
                    BlockVerdict verdict = check(client(condition).cleared(condition), drainage);
                    assertBlock(verdict, OK, null);
                    assertThat(verdict.findings()).filteredOn(f -> f.ruleId().startsWith("6.4-lymphatic-drainage-"))
                            .singleElement().satisfies(f -> assertThat(f.effect()).isEqualTo(RuleEffect.CAUTION));
                }
            }

            @Test
            void aThyroidConditionKeepsLymphaticDrainageOffTheFrontOfTheNeckUnlessOverridden() {
                BlockVerdict front = check(client(THYROID_DISEASE), block(LYMPHATIC_DRAINAGE, ANTERIOR_NECK, 1));

                assertBlock(front, BLOCKED, AVOID_AREA);
                assertThat(finding(front, "6.4-lymphatic-drainage-thyroid-disease").overridable()).isTrue();
                assertBlock(check(client(THYROID_DISEASE), block(LYMPHATIC_DRAINAGE, POSTERIOR_NECK, 1)), OK, null);
            }

            @Test
            void treatedCancerNeedsWrittenClearanceBeforeLymphaticDrainage() {
                assertBlock(check(client(CANCER_TREATED), drainage), BLOCKED, AVOID_AREA);
                assertBlock(check(client(CANCER_TREATED), swedish(SHOULDERS, 2)), OK, null);
                assertBlock(check(client(CANCER_TREATED).cleared(CANCER_TREATED), drainage), OK, null);
            }

            @Test
            void pastTheAgeLimitNeckDrainageNeedsAClearance() {
                assertBlock(check(client(AGE_OVER_LYMPHATIC_NECK_LIMIT), block(LYMPHATIC_DRAINAGE, SUBOCCIPITALS, 1)),
                        BLOCKED, AVOID_AREA);
            }
        }

        @Nested
        class Reflexology {

            @Test
            void aFootInjuryWoundGoutOrInfectionForbidsAnyWorkOnTheFeet() {
                for (ContraindicationCondition condition : List.of(FOOT_INJURY_OR_WOUND, GOUT_IN_FOOT,
                        FOOT_INFECTION)) {
                    BlockVerdict feet = check(client(condition), block(REFLEXOLOGY, FEET, 1));
                    assertBlock(feet, BLOCKED, AVOID_AREA);
                    assertThat(feet.findings().get(0).overridable()).isFalse();
                    assertBlock(check(client(condition), swedish(FEET, 1)), BLOCKED, AVOID_AREA);
                    assertBlock(check(client(condition), block(REFLEXOLOGY, HANDS, 2)), OK, null);
                }
            }

            @Test
            void inPregnancyTheFeetGetTheLightestTouchAndTheHandsNoDeepPressure() {
                Facts pregnant = client(PREGNANCY);
                BlockVerdict feet = check(pregnant, block(REFLEXOLOGY, FEET, 2));
                assertBlock(feet, MODIFY, LIGHTER_PRESSURE);
                Finding ankles = finding(feet, "6.4-reflexology-pregnancy-feet");
                assertThat(ankles.maxPressure()).isEqualTo(1);
                assertThat(ankles.overridable()).isTrue();
                assertBlock(check(pregnant, block(REFLEXOLOGY, FEET, 1)), OK, null);

                BlockVerdict hands = check(pregnant, block(REFLEXOLOGY, HANDS, 3));
                assertBlock(hands, MODIFY, LIGHTER_PRESSURE);
                assertThat(finding(hands, "6.4-reflexology-pregnancy-hands").maxPressure()).isEqualTo(2);
                assertBlock(check(pregnant, block(REFLEXOLOGY, HANDS, 2)), OK, null);
                assertBlock(check(pregnant, swedish(FEET, 2)), OK, null);
            }

            @Test
            void manyPractitionersAvoidReflexologyInTheFirstTrimester() {
                Facts early = client(PREGNANCY, PREGNANCY_FIRST_TRIMESTER).cleared(PREGNANCY_FIRST_TRIMESTER);
                BlockVerdict verdict = check(early, block(REFLEXOLOGY, HANDS, 1));

                assertBlock(verdict, BLOCKED, AVOID_AREA);
                assertThat(finding(verdict, "6.4-reflexology-first-trimester").overridable()).isTrue();
            }

            @Test
            void footOrAnkleArthritisOrLegVascularDiseaseNeedAClearanceForTheFeet() {
                for (ContraindicationCondition condition : List.of(FOOT_OR_ANKLE_OSTEOARTHRITIS,
                        PERIPHERAL_VASCULAR_DISEASE)) {
                    assertBlock(check(client(condition), block(REFLEXOLOGY, FEET, 2)), BLOCKED, AVOID_AREA);
                    assertBlock(check(client(condition), block(REFLEXOLOGY, HANDS, 2)), OK, null);
                    assertBlock(check(client(condition).cleared(condition), block(REFLEXOLOGY, FEET, 2)), OK, null);
                }
            }

            @Test
            void diabetesIsACautionForFootReflexology() {
                BlockVerdict verdict = check(client(DIABETES), block(REFLEXOLOGY, FEET, 2));

                assertBlock(verdict, OK, null);
                assertThat(finding(verdict, "6.4-reflexology-diabetes").effect()).isEqualTo(RuleEffect.CAUTION);
            }
        }

        @Nested
        class HotStone {

            private final PlannedBlock stones = block(HOT_STONE, SHOULDERS, 2);

            @Test
            void lossOfSensationFromNeuropathyDiabetesOrPoorCirculationForbidsHotStones() {
                for (ContraindicationCondition condition : List.of(REDUCED_SENSATION, DIABETES,
                        PERIPHERAL_VASCULAR_DISEASE)) {
                    BlockVerdict verdict = check(client(condition).cleared(condition), stones);
                    assertBlock(verdict, BLOCKED, AVOID_AREA);
                    assertThat(verdict.findings()).filteredOn(f -> f.ruleId().startsWith("6.4-hot-stone-"))
                            .singleElement().satisfies(f -> assertThat(f.overridable()).isFalse());
                }
            }

            @Test
            void skinThatHeatMakesWorseForbidsHotStonesAndOtherHeatNeedsAReason() {
                Facts skin = client().local(HEAT_SENSITIVE_SKIN);
                BlockVerdict verdict = check(skin, stones);
                assertBlock(verdict, BLOCKED, AVOID_AREA);
                assertThat(finding(verdict, "6.4-hot-stone-heat-sensitive-skin").overridable()).isFalse();

                BlockVerdict warmed = check(skin, swedish(SHOULDERS, 2).withHeat(true));
                assertBlock(warmed, MODIFY, NO_HEAT);
                assertThat(finding(warmed, "6.4-heat-sensitive-skin-heat").overridable()).isTrue();
            }

            @Test
            void heatToTheHeadOrNeckDuringAnAttackIsNeverAllowed() {
                BlockVerdict neck = check(client(ATTACK_IN_PROGRESS), block(HOT_STONE, POSTERIOR_NECK, 1));

                assertBlock(neck, MODIFY, NO_HEAT);
                assertThat(finding(neck, "6.3-attack-no-heat-neck").overridable()).isFalse();
            }

            @Test
            void inPregnancyStonesAreNeverHot() {
                BlockVerdict verdict = check(client(PREGNANCY), stones);

                assertBlock(verdict, MODIFY, NO_HEAT);
                Finding warmAtMost = finding(verdict, "6.4-hot-stone-pregnancy");
                assertThat(warmAtMost.ruleClass()).isEqualTo(ContraindicationClass.ABSOLUTE);
                assertThat(warmAtMost.overridable()).isFalse();
            }

            @Test
            void anticoagulantsOrABleedingDisorderMeanNoHotStonesUnlessTheTherapistGivesAReason() {
                for (ContraindicationCondition condition : List.of(ANTICOAGULANTS, BLEEDING_DISORDER)) {
                    BlockVerdict verdict = check(client(condition), stones);
                    assertBlock(verdict, BLOCKED, AVOID_AREA);
                    assertThat(verdict.findings()).filteredOn(f -> f.ruleId().startsWith("6.4-hot-stone-"))
                            .singleElement().satisfies(f -> assertThat(f.overridable()).isTrue());
                }
            }

            @Test
            void highBloodPressureHeartConditionsAndHeatSensitisingMedicinesOrRadiotherapyAvoidStrongHeat() {
                for (ContraindicationCondition condition : List.of(HYPERTENSION_CONTROLLED, HEART_FAILURE,
                        ARRHYTHMIA, HEAT_SENSITISING_MEDICATION, RECENT_RADIOTHERAPY)) {
                    BlockVerdict verdict = check(client(condition).cleared(condition), stones);
                    assertBlock(verdict, MODIFY, NO_HEAT);
                    assertThat(verdict.findings()).filteredOn(f -> f.effect() == RuleEffect.NO_HEAT)
                            .singleElement().satisfies(f -> assertThat(f.overridable()).isTrue());
                }
            }

            @Test
            void immuneSuppressionAndOlderAgeAreCautionsForHotStones() {
                for (ContraindicationCondition condition : List.of(IMMUNE_SUPPRESSION,
                        AGE_OVER_LYMPHATIC_NECK_LIMIT)) {
                    BlockVerdict verdict = check(client(condition), stones);
                    assertBlock(verdict, OK, null);
                    assertThat(verdict.findings()).extracting(Finding::effect).containsExactly(RuleEffect.CAUTION);
                }
            }

            @Test
            void varicoseVeinsAreAvoidedLocally() {
                assertThat(verdict(client().local(VARICOSE_VEINS), stones).session()).extracting(Finding::ruleId)
                        .containsExactly("6.1-varicose-veins");
            }
        }
    }

    @Nested
    class TheIssuesExamples {

        @Test
        void anticoagulantsMeanNoTriggerPointCompressionAndNoHotStones() {
            SessionVerdict verdict = verdict(client(ANTICOAGULANTS), block(TRIGGER_POINT, TRAPEZIUS, 3),
                    block(HOT_STONE, SHOULDERS, 2), swedish(SHOULDERS, 2));

            assertThat(verdict.blocks()).extracting(BlockVerdict::outcome).containsExactly(BLOCKED, BLOCKED, OK);
            assertThat(finding(verdict.blocks().get(0), "6.4-trigger-point-anticoagulants").overridable()).isFalse();
            assertThat(finding(verdict.blocks().get(1), "6.4-hot-stone-anticoagulants").effect())
                    .isEqualTo(RuleEffect.NO_WORK);
            assertThat(verdict.outcome()).isEqualTo(SessionOutcome.GO_WITH_CHANGES);
        }

        @Test
        void anAttackInProgressMeansNoHeatOnTheHeadOrNeck() {
            SessionVerdict verdict = verdict(client(ATTACK_IN_PROGRESS), swedish(SCALP, 1).withHeat(true),
                    block(HOT_STONE, POSTERIOR_NECK, 1), block(REFLEXOLOGY, HANDS, 1));

            assertThat(verdict.blocks()).extracting(BlockVerdict::outcome).containsExactly(MODIFY, MODIFY, OK);
            assertThat(verdict.blocks().get(0).requiredChanges()).containsExactly(NO_HEAT);
            assertThat(verdict.blocks().get(1).requiredChanges()).containsExactly(NO_HEAT);
        }

        @Test
        void pregnancyBringsTheReflexologyCautionsForFeetAndHands() {
            SessionVerdict verdict = verdict(client(PREGNANCY), block(REFLEXOLOGY, FEET, 3),
                    block(REFLEXOLOGY, HANDS, 3));

            assertThat(verdict.blocks().get(0).findings()).extracting(Finding::ruleId)
                    .contains("6.4-reflexology-pregnancy-feet");
            assertThat(verdict.blocks().get(1).findings()).extracting(Finding::ruleId)
                    .contains("6.4-reflexology-pregnancy-hands");
            assertThat(verdict.blocks()).allSatisfy(b -> assertBlock(b, MODIFY, LIGHTER_PRESSURE));
        }

        @Test
        void aRecentWhiplashMeansNoNeckWorkWithoutAClearanceAndNeckWorkOnceCleared() {
            Facts whiplash = client(HEAD_OR_NECK_TRAUMA_NOT_ASSESSED);
            assertThat(verdict(whiplash, swedish(POSTERIOR_NECK, 2)).blocks().get(0).outcome()).isEqualTo(BLOCKED);
            assertThatThrownBy(() -> engine.evaluate(whiplash.build(), List.of(swedish(POSTERIOR_NECK, 2)),
                    List.of(new RuleOverride(0, "6.2-trauma-not-assessed-neck", "Feels fine"))))
                    .isInstanceOf(OverrideRefused.class);

            assertThat(verdict(whiplash.cleared(HEAD_OR_NECK_TRAUMA_NOT_ASSESSED), swedish(POSTERIOR_NECK, 2))
                    .outcome()).isEqualTo(SessionOutcome.GO);
        }
    }

    @Nested
    class OverridesAndLimits {

        @Test
        void overridingAnAbsoluteRuleIsRefused() {
            assertThatThrownBy(() -> engine.evaluate(client(ANTICOAGULANTS).build(),
                    List.of(block(TRIGGER_POINT, SHOULDERS, 2)),
                    List.of(new RuleOverride(0, "6.4-trigger-point-anticoagulants", "Client insists"))))
                    .isInstanceOfSatisfying(OverrideRefused.class, refused -> {
                        assertThat(refused.problemType()).isEqualTo("absolute-rule-override");
                        assertThat(refused.field()).isEqualTo("overrides[0].ruleId");
                        assertThat(refused.messageKey()).isEqualTo("override.refused.absolute");
                    });
        }

        @Test
        void overridingAnAbsoluteRuleThatStopsTheSessionIsRefusedAsAbsolute() {
            assertThatThrownBy(() -> engine.evaluate(client(FEVER).build(), List.of(swedish(SHOULDERS, 1)),
                    List.of(new RuleOverride(0, "6.1-fever", "Only slightly warm"))))
                    .isInstanceOfSatisfying(OverrideRefused.class,
                            refused -> assertThat(refused.problemType()).isEqualTo(OverrideRefused.ABSOLUTE));
        }

        @Test
        void overridingARuleWhoseClearanceIsNotOnFileIsRefused() {
            assertThatThrownBy(() -> engine.evaluate(client(THYROID_DISEASE, CANCER_TREATED).build(),
                    List.of(block(LYMPHATIC_DRAINAGE, ANTERIOR_NECK, 1)),
                    List.of(new RuleOverride(0, "6.4-lymphatic-drainage-cancer-treated", "Oncologist said so"))))
                    .isInstanceOfSatisfying(OverrideRefused.class,
                            refused -> assertThat(refused.problemType()).isEqualTo("clearance-required"));
        }

        @Test
        void overridingARuleThatDoesNotApplyToTheBlockIsRefused() {
            assertThatThrownBy(() -> engine.evaluate(client(ANTICOAGULANTS).build(),
                    List.of(swedish(SHOULDERS, 2), block(HOT_STONE, SHOULDERS, 2)),
                    List.of(new RuleOverride(0, "6.4-hot-stone-anticoagulants", "Warm only"))))
                    .isInstanceOfSatisfying(OverrideRefused.class, refused -> {
                        assertThat(refused.problemType()).isEqualTo("override-not-applicable");
                        assertThat(refused.args()).containsExactly("6.4-hot-stone-anticoagulants", 1);
                    });
            assertThatThrownBy(() -> engine.evaluate(client().build(), List.of(swedish(SHOULDERS, 2)),
                    List.of(new RuleOverride(0, "no-such-rule", "Because"))))
                    .isInstanceOfSatisfying(OverrideRefused.class,
                            refused -> assertThat(refused.problemType()).isEqualTo(OverrideRefused.NOT_APPLICABLE));
        }

        @Test
        void anOverrideWithoutAReasonIsBadInputNamingTheField() {
            assertThatThrownBy(() -> engine.evaluate(client(ANTICOAGULANTS).build(),
                    List.of(block(HOT_STONE, SHOULDERS, 2)),
                    List.of(new RuleOverride(0, "6.4-hot-stone-anticoagulants", "  "),
                            new RuleOverride(3, "6.4-hot-stone-anticoagulants", "Warm only"))))
                    .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fields())
                            .extracting(InvalidInput.FieldMessage::field)
                            .containsExactly("overrides[0].reason", "overrides[1].block"));
        }

        @Test
        void overridingARelativeRuleWithAReasonMakesTheBlockOk() {
            SessionVerdict verdict = engine.evaluate(client(ANTICOAGULANTS).build(),
                    List.of(block(HOT_STONE, SHOULDERS, 2)),
                    List.of(new RuleOverride(0, "6.4-hot-stone-anticoagulants", "Warm stones only, checked skin")));

            BlockVerdict block = verdict.blocks().get(0);
            assertBlock(block, OK, null);
            Finding overridden = finding(block, "6.4-hot-stone-anticoagulants");
            assertThat(overridden.overridden()).isTrue();
            assertThat(overridden.change()).isEqualTo(RequiredChange.NONE);
            assertThat(verdict.outcome()).isEqualTo(SessionOutcome.GO);
            assertThat(verdict.allClear()).isTrue();
        }

        @Test
        void theEmergencyTierBlocksEveryBlockWhateverElseHolds() {
            SessionVerdict verdict = verdict(client(FEVER).tier(ScreeningTier.EMERGENCY), swedish(SHOULDERS, 1));

            assertThat(verdict.outcome()).isEqualTo(SessionOutcome.EMERGENCY);
            assertThat(verdict.blocks().get(0).outcome()).isEqualTo(BLOCKED);
            assertThat(verdict.session().get(0).ruleId()).isEqualTo(ContraindicationEngine.EMERGENCY_TIER);
            assertThat(verdict.allClear()).isFalse();
        }

        @Test
        void aClearanceForGentleWorkOnlyLimitsThePressureAndCannotBeOverridden() {
            Facts gentle = client().limit(ClearanceScope.GENTLE_WORK_ONLY);
            BlockVerdict firm = check(gentle, swedish(SHOULDERS, 3));
            assertBlock(firm, MODIFY, LIGHTER_PRESSURE);
            assertThat(finding(firm, ContraindicationEngine.CLEARANCE_GENTLE_ONLY).overridable()).isFalse();
            assertBlock(check(gentle, swedish(SHOULDERS, 2)), OK, null);
            assertThatThrownBy(() -> engine.evaluate(gentle.build(), List.of(swedish(SHOULDERS, 3)),
                    List.of(new RuleOverride(0, ContraindicationEngine.CLEARANCE_GENTLE_ONLY, "Client prefers firm"))))
                    .isInstanceOfSatisfying(OverrideRefused.class,
                            refused -> assertThat(refused.problemType()).isEqualTo(OverrideRefused.ABSOLUTE));
        }

        @Test
        void aClearanceForAnythingButNeckWorkForbidsTheNeck() {
            Facts noNeck = client().limit(ClearanceScope.NO_NECK_WORK);
            BlockVerdict neck = check(noNeck, block(LYMPHATIC_DRAINAGE, ANTERIOR_NECK, 1));

            assertBlock(neck, BLOCKED, AVOID_AREA);
            assertThat(finding(neck, ContraindicationEngine.CLEARANCE_NO_NECK).overridable()).isFalse();
            assertBlock(check(noNeck, swedish(POSTERIOR_NECK, 1)), BLOCKED, AVOID_AREA);
            assertBlock(check(noNeck, swedish(SCALP, 3)), OK, null);
        }

        @Test
        void anAreaInjuredSinceTheLastVisitIsAvoidedTodayWithoutOverride() {
            Facts injured = client().avoiding(SHOULDERS);
            BlockVerdict shoulders = check(injured, swedish(SHOULDERS, 1));

            assertBlock(shoulders, BLOCKED, AVOID_AREA);
            Finding today = finding(shoulders, ContraindicationEngine.TODAY_INJURY);
            assertThat(today.condition()).isEqualTo(ACUTE_INJURY);
            assertThat(today.overridable()).isFalse();
            assertBlock(check(injured, block(REFLEXOLOGY, HANDS, 2)), OK, null);
        }

        @Test
        void theSessionGoesAheadAsPlannedOnlyWhenEveryBlockIsOk() {
            assertThat(verdict(client(OSTEOPOROSIS), swedish(SHOULDERS, 2), swedish(SCALP, 1)).outcome())
                    .isEqualTo(SessionOutcome.GO);
            SessionVerdict changes = verdict(client(OSTEOPOROSIS), swedish(SHOULDERS, 2), swedish(SCALP, 4));
            assertThat(changes.outcome()).isEqualTo(SessionOutcome.GO_WITH_CHANGES);
            assertThat(changes.allClear()).isFalse();
            assertThat(verdict(client()).outcome()).isEqualTo(SessionOutcome.GO);
        }

        @Test
        void checkingOneBlockGivesTheVerdictTheSessionGivesIt() {
            PlannedBlock block = block(MEDICAL_MASSAGE, TEMPORALIS_LEFT, 4);

            assertThat(engine.check(client(OSTEOPOROSIS).build(), block))
                    .isEqualTo(engine.evaluate(client(OSTEOPOROSIS).build(), List.of(block), List.of()).blocks()
                            .get(0));
        }
    }

    // --- fixtures --------------------------------------------------------------------------------------------

    private static final BodyArea TRAPEZIUS = BodyArea.TRAPEZIUS_LEFT;

    /** What is known about a client today: each condition as an intake flag for the whole body. */
    private record Facts(List<ContraindicationFlag> flags, Set<ContraindicationCondition> clearedFor,
                         Set<BodyArea> avoid, ScreeningTier screening, ClearanceScope clearance) {

        Facts cleared(ContraindicationCondition... conditions) {
            Set<ContraindicationCondition> all = EnumSet.noneOf(ContraindicationCondition.class);
            all.addAll(clearedFor);
            all.addAll(Arrays.asList(conditions));
            return new Facts(flags, all, avoid, screening, clearance);
        }

        /** The condition at a site the client described in their own words. */
        Facts local(ContraindicationCondition condition) {
            List<ContraindicationFlag> more = new ArrayList<>(flags);
            more.add(new ContraindicationFlag(condition, ContraindicationClass.ABSOLUTE, ContraindicationScope.LOCAL,
                    false, SourceTag.S, "intake.contraindication.test"));
            return new Facts(more, clearedFor, avoid, screening, clearance);
        }

        Facts avoiding(BodyArea... areas) {
            return new Facts(flags, clearedFor, Set.of(areas), screening, clearance);
        }

        Facts tier(ScreeningTier tier) {
            return new Facts(flags, clearedFor, avoid, tier, clearance);
        }

        Facts limit(ClearanceScope scope) {
            return new Facts(flags, clearedFor, avoid, screening, scope);
        }

        TreatmentFacts build() {
            return new TreatmentFacts(flags, clearedFor, avoid, screening, clearance);
        }
    }

    private static Facts client(ContraindicationCondition... conditions) {
        List<ContraindicationFlag> flags = Arrays.stream(conditions)
                .map(c -> new ContraindicationFlag(c, ContraindicationClass.RELATIVE, ContraindicationScope.GENERAL,
                        false, SourceTag.S, "intake.contraindication.test"))
                .toList();
        return new Facts(flags, Set.of(), Set.of(), ScreeningTier.NONE, ClearanceScope.ALL_TREATMENT);
    }

    private static PlannedBlock block(Technique technique, BodyArea area, int pressure) {
        return new PlannedBlock(technique, area, 10, pressure, false, null);
    }

    private static PlannedBlock swedish(BodyArea area, int pressure) {
        return block(SWEDISH, area, pressure);
    }

    private static SessionVerdict verdict(Facts facts, PlannedBlock... blocks) {
        return engine.evaluate(facts.build(), List.of(blocks), List.of());
    }

    private static BlockVerdict check(Facts facts, PlannedBlock block) {
        return engine.check(facts.build(), block);
    }

    private static Finding finding(BlockVerdict verdict, String ruleId) {
        return verdict.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + ruleId + " in " + verdict.findings()));
    }

    private static Finding sessionFinding(SessionVerdict verdict, String ruleId) {
        return verdict.session().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no session finding " + ruleId + " in " + verdict.session()));
    }

    /** The outcome, and the one change still required (null: none). */
    private static void assertBlock(BlockVerdict verdict, BlockOutcome outcome, RequiredChange change) {
        assertThat(verdict.outcome()).as("%s: %s", verdict.block(), verdict.findings()).isEqualTo(outcome);
        if (change == null) {
            assertThat(verdict.requiredChanges()).as(verdict.findings().toString()).isEmpty();
        } else {
            assertThat(verdict.requiredChanges()).as(verdict.findings().toString()).contains(change);
        }
    }
}
