package org.stillpoint.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.stillpoint.clients.ClientPreferences;
import org.stillpoint.clients.PressurePreference;
import org.stillpoint.clinic.Technique;
import org.stillpoint.intake.ClearanceScope;
import org.stillpoint.intake.ContraindicationClass;
import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.ContraindicationFlag;
import org.stillpoint.intake.ContraindicationScope;
import org.stillpoint.intake.PlanningProfile;
import org.stillpoint.intake.ScreeningTier;
import org.stillpoint.intake.SourceTag;
import org.stillpoint.treatment.session.PlanProposer;

/**
 * Plan proposals over the rules and the technique catalogue as the clinic is seeded with them, for the clients the
 * issue names: an attack in progress, anticoagulants, jaw clenching with neck tension, very light pressure.
 */
class PlanProposerTest {

    private static final Set<BodyArea> HEAD_AND_NECK = EnumSet.of(BodyArea.SUBOCCIPITALS, BodyArea.TEMPORALIS_LEFT,
            BodyArea.TEMPORALIS_RIGHT, BodyArea.POSTERIOR_NECK, BodyArea.ANTERIOR_NECK, BodyArea.SCALP, BodyArea.FACE,
            BodyArea.JAW_LEFT, BodyArea.JAW_RIGHT);

    private static PlanProposer proposer;
    private static final Map<Technique, Set<BodyArea>> AREAS = new EnumMap<>(Technique.class);
    private static final Map<Technique, Integer> PRESSURES = new EnumMap<>(Technique.class);

    @BeforeAll
    static void loadTheSeededRulesAndCatalogue() {
        String url = "jdbc:h2:mem:proposals-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
        JdbcClient database = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
        proposer = new PlanProposer(new ContraindicationEngine(ContraindicationRuleTable.load(database)));
        database.sql("SELECT technique, default_pressure FROM technique").query(rs -> {
            PRESSURES.put(Technique.valueOf(rs.getString(1)), rs.getInt(2));
        });
        database.sql("SELECT technique, area FROM technique_area").query(rs -> {
            AREAS.computeIfAbsent(Technique.valueOf(rs.getString(1)), t -> EnumSet.noneOf(BodyArea.class))
                    .add(BodyArea.valueOf(rs.getString(2)));
        });
    }

    @Test
    void anAttackInProgressFollowsTheAcuteProtocol() {
        CheckAnswers attack = new CheckAnswers(false, true, 3, 6, null, false, false, false, null, null, false,
                null, Set.of(), false, false, null, Map.of());
        PlanProposal proposal = propose(60, false, profile(Set.of("SUBOCCIPITALS"), Set.of("NECK_TENSION")),
                preferences(null, false), attack, flags(ContraindicationCondition.ATTACK_IN_PROGRESS));

        assertThat(proposal.acute()).isTrue();
        // §6.3: a shorter session, dark and quiet, a cold pack, never face-down, light work, no heat on head or neck.
        assertThat(proposal.plannedMinutes()).isPositive().isLessThanOrEqualTo(30);
        assertThat(proposal.environment().lighting()).isEqualTo(Lighting.OFF);
        assertThat(proposal.environment().sound()).isEqualTo(Sound.QUIET);
        assertThat(proposal.environment().pack()).isEqualTo(Pack.COLD);
        assertThat(proposal.environment().position()).isNotEqualTo(Position.PRONE);
        assertThat(proposal.blocks()).allSatisfy(b -> assertThat(b.pressure()).isLessThanOrEqualTo(2))
                .noneMatch(b -> b.heat() && HEAD_AND_NECK.contains(b.area()))
                .noneMatch(b -> b.technique() == Technique.TRIGGER_POINT || b.technique() == Technique.MEDICAL_MASSAGE);
        assertThat(proposal.blocks()).anyMatch(b -> b.area() == BodyArea.FEET || b.area() == BodyArea.HANDS);
        assertThat(proposal.verdict().blocks()).allSatisfy(v -> assertThat(v.outcome()).isEqualTo(BlockOutcome.OK));
    }

    @Test
    void anAttackWhenTouchOnTheHeadIsUnbearableGivesHandsAndFeetOnly() {
        CheckAnswers attack = new CheckAnswers(false, true, 1, 8, null, false, false, false, null, null, false,
                null, Set.of(), false, false, null, Map.of());
        PlanProposal proposal = propose(30, true, profile(Set.of(), Set.of()), preferences(null, true), attack,
                flags(ContraindicationCondition.ATTACK_IN_PROGRESS));

        assertThat(proposal.blocks()).isNotEmpty()
                .allSatisfy(b -> assertThat(b.area()).isIn(BodyArea.HANDS, BodyArea.FEET));
    }

    @Test
    void aClientOnAnticoagulantsGetsLightPressureNoTriggerPointCompressionAndNoHotStone() {
        PlanProposal proposal = propose(60, false, profile(Set.of("SUBOCCIPITALS", "TRAPEZIUS_LEFT"),
                Set.of("NECK_TENSION")), preferences(PressurePreference.MODERATE, false), null,
                flags(ContraindicationCondition.ANTICOAGULANTS));

        assertThat(proposal.blocks()).isNotEmpty()
                .allSatisfy(b -> assertThat(b.pressure()).isLessThanOrEqualTo(2))
                .noneMatch(b -> b.technique() == Technique.HOT_STONE);
        assertThat(proposal.verdict().blocks()).allSatisfy(v -> assertThat(v.outcome()).isEqualTo(BlockOutcome.OK));
        assertThat(proposal.plannedMinutes()).isLessThanOrEqualTo(60);
    }

    @Test
    void jawClenchingAndNeckTensionPutTheJawTheNeckAndTheTrapeziusInThePlan() {
        PlanProposal proposal = propose(90, false, profile(Set.of(), Set.of("JAW_CLENCHING", "NECK_TENSION")),
                preferences(PressurePreference.LIGHT, false), null, flags());

        assertThat(proposal.blocks()).extracting(PlannedBlock::area)
                .contains(BodyArea.JAW_LEFT, BodyArea.JAW_RIGHT, BodyArea.SUBOCCIPITALS, BodyArea.TRAPEZIUS_LEFT,
                        BodyArea.TRAPEZIUS_RIGHT);
        assertThat(proposal.plannedMinutes()).isGreaterThan(60).isLessThanOrEqualTo(90);
        assertThat(proposal.blocks()).allSatisfy(b -> assertThat(b.minutes() % 5).isZero());
        assertThat(proposal.verdict().blocks()).allSatisfy(v -> assertThat(v.outcome()).isEqualTo(BlockOutcome.OK));
    }

    @Test
    void aClientWhoPrefersVeryLightPressureGetsNothingFirmerThanOne() {
        PlanProposal proposal = propose(60, false, profile(Set.of("TRAPEZIUS_RIGHT", "TEMPORALIS_LEFT"), Set.of()),
                preferences(PressurePreference.VERY_LIGHT, false), null, flags());

        assertThat(proposal.blocks()).isNotEmpty().allSatisfy(b -> assertThat(b.pressure()).isEqualTo(1));
        assertThat(proposal.environment().pack()).isNotEqualTo(Pack.WARM);
    }

    @Test
    void withoutAnyPreferenceThePlanIsGentleAndFitsTheSession() {
        PlanProposal proposal = propose(60, false, profile(Set.of(), Set.of()), preferences(null, false), null,
                flags());

        assertThat(proposal.blocks()).isNotEmpty().allSatisfy(b -> assertThat(b.pressure()).isLessThanOrEqualTo(2));
        assertThat(proposal.plannedMinutes()).isLessThanOrEqualTo(60 - 10);
    }

    @Test
    void aSessionBookedForATechniqueGetsABlockOfItWhereTheEngineAllowsIt() {
        PlanProposal hotStone = propose(75, profile(Set.of(), Set.of()), preferences(null, false), flags(),
                Technique.HOT_STONE);
        PlanProposal withoutBooking = propose(75, false, profile(Set.of(), Set.of()), preferences(null, false), null,
                flags());

        assertThat(withoutBooking.blocks()).noneMatch(b -> b.technique() == Technique.HOT_STONE);
        assertThat(hotStone.blocks()).filteredOn(b -> b.technique() == Technique.HOT_STONE).hasSize(1);
        assertThat(hotStone.verdict().blocks()).allSatisfy(v -> assertThat(v.outcome()).isEqualTo(BlockOutcome.OK));
        assertThat(hotStone.plannedMinutes()).isLessThanOrEqualTo(75);
    }

    @Test
    void theBookedTechniqueIsLeftOutWhereTheEngineRefusesIt() {
        PlanProposal proposal = propose(75, profile(Set.of(), Set.of()), preferences(null, false),
                flags(ContraindicationCondition.ANTICOAGULANTS), Technique.HOT_STONE);

        assertThat(proposal.blocks()).isNotEmpty().noneMatch(b -> b.technique() == Technique.HOT_STONE);
        assertThat(proposal.verdict().blocks()).allSatisfy(v -> assertThat(v.outcome()).isEqualTo(BlockOutcome.OK));
    }

    private static PlanProposal propose(int minutes, PlanningProfile profile, ClientPreferences preferences,
                                        TreatmentFacts facts, Technique booked) {
        return proposer.propose(new PlanProposer.Input(minutes, false, profile, preferences, null,
                EnumSet.allOf(Technique.class), Map.copyOf(AREAS), Map.copyOf(PRESSURES), facts, booked));
    }

    private static PlanProposal propose(int minutes, boolean acute, PlanningProfile profile,
                                        ClientPreferences preferences, CheckAnswers check, TreatmentFacts facts) {
        return proposer.propose(new PlanProposer.Input(minutes, acute, profile, preferences, check,
                EnumSet.allOf(Technique.class), Map.copyOf(AREAS), Map.copyOf(PRESSURES), facts));
    }

    private static PlanningProfile profile(Set<String> painAreas, Set<String> triggers) {
        return new PlanningProfile(true, painAreas, triggers, null, null);
    }

    private static ClientPreferences preferences(PressurePreference pressure, boolean touchSensitive) {
        return new ClientPreferences(false, false, false, touchSensitive, pressure, null, false);
    }

    private static TreatmentFacts flags(ContraindicationCondition... conditions) {
        List<ContraindicationFlag> flags = java.util.Arrays.stream(conditions)
                .map(c -> new ContraindicationFlag(c, ContraindicationClass.RELATIVE, ContraindicationScope.GENERAL,
                        false, SourceTag.S, "intake.contraindication.test"))
                .toList();
        return new TreatmentFacts(flags, Set.of(), Set.of(), ScreeningTier.NONE, ClearanceScope.ALL_TREATMENT);
    }
}
