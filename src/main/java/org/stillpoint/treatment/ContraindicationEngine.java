package org.stillpoint.treatment;

import static org.stillpoint.intake.ContraindicationClass.ABSOLUTE;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.stillpoint.clinic.Technique;
import org.stillpoint.intake.ClearanceScope;
import org.stillpoint.intake.ContraindicationClass;
import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.ContraindicationFlag;
import org.stillpoint.intake.ContraindicationScope;
import org.stillpoint.intake.ScreeningTier;
import org.stillpoint.intake.SourceTag;
import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.InvalidInput.FieldMessage;

/**
 * The contraindication engine (clinical-reference §6.5): a pure policy over the rules of §6.1–6.4 held as data.
 * Given what is known about the client today and a planned session, it answers per block OK, MODIFY (with the
 * required change) or BLOCKED with the reasons, and a verdict for the session. It never lets an ABSOLUTE rule be
 * overridden.
 *
 * <p>How a verdict is reached:
 * <ul>
 * <li>A rule of the table holds when the client has a flag of its condition (an URGENT or EMERGENCY tier counts as
 * {@code RED_FLAG_SCREENING}); a NO_SESSION rule needs the flag for the whole body (GENERAL scope), so that a wound
 * the client located stays a local matter. The {@link #STANDING_RULES} hold as their {@code whenKey} says.</li>
 * <li>A rule reaches a block when it covers the block's technique and area ({@link BodyArea#within}). Rules about
 * the abdomen or a site in the client's own words, NO_SESSION rules and cautions for every technique everywhere are
 * findings of the session ({@link SessionVerdict#session()}), not of a block.</li>
 * <li>Without the clearance a rule requires, the work it reaches is BLOCKED (a NO_SESSION rule: NOT_TODAY) and cannot
 * be overridden. With the clearance on file an ABSOLUTE rule is lifted (its finding stays, change NONE) and a
 * RELATIVE one behaves as below.</li>
 * <li>NO_WORK blocks the block (AVOID_AREA); MAX_PRESSURE asks for LIGHTER_PRESSURE when the block's pressure is
 * above the maximum; NO_HEAT asks for NO_HEAT when the block uses heat (a hot-stone block always does); CAUTION is
 * shown. An ABSOLUTE rule is never overridden; a RELATIVE one with an override for that block is satisfied.</li>
 * <li>A block is BLOCKED when a finding asks it to avoid the area, MODIFY when one asks for another change, else OK;
 * every block is BLOCKED when the session is stopped. The session is EMERGENCY, NOT_TODAY, GO (every block OK) or
 * GO_WITH_CHANGES, in that order of precedence.</li>
 * </ul>
 */
public final class ContraindicationEngine {

    /** §6.2 anterior neck: no deep or sustained pressure in the front of the neck, for every client. */
    public static final String ANTERIOR_NECK = "6.2-anterior-neck";
    /** §6.4 trigger point, absolute: the anterior neck. */
    public static final String TRIGGER_POINT_ANTERIOR_NECK = "6.4-trigger-point-anterior-neck";
    /** §6.2 vertebral artery concerns: no manipulation, no forced end-range rotation or extension. */
    public static final String VERTEBRAL_ARTERY = "6.2-vertebral-artery";
    /** §5 emergency tier (and §6.2 new neck pain with a new headache during or after a session): stop. */
    public static final String EMERGENCY_TIER = "emergency-tier";
    /** §6.1 acute injury, absolute (local): an area named at today's check. */
    public static final String TODAY_INJURY = "today-injury";
    /** §5 a clearance that allows gentle work only. */
    public static final String CLEARANCE_GENTLE_ONLY = "clearance-gentle-only";
    /** §5 a clearance that allows anything but neck work. */
    public static final String CLEARANCE_NO_NECK = "clearance-no-neck";

    /** §6.1 "light pressure only", on the scale of the plans (1 lightest, 5 firmest). */
    public static final int LIGHT_PRESSURE = 2;
    /** §6.2 no deep pressure in the front of the neck: the lightest touch only. */
    public static final int ANTERIOR_NECK_PRESSURE = 1;

    /** The rules the engine holds itself, in the order their findings are listed after the table's. */
    public static final List<StandingRule> STANDING_RULES = List.of(
            standing(EMERGENCY_TIER, ContraindicationCondition.RED_FLAG_SCREENING, ContraindicationScope.GENERAL,
                    Set.of(), RuleEffect.NO_SESSION, null, SourceTag.U, "5", "emergency"),
            standing(TODAY_INJURY, ContraindicationCondition.ACUTE_INJURY, ContraindicationScope.LOCAL, Set.of(),
                    RuleEffect.NO_WORK, null, SourceTag.S, "6.1", "injury-today"),
            standing(CLEARANCE_GENTLE_ONLY, null, ContraindicationScope.GENERAL, Set.of(), RuleEffect.MAX_PRESSURE,
                    LIGHT_PRESSURE, SourceTag.U, "5", "gentle-only"),
            standing(CLEARANCE_NO_NECK, null, ContraindicationScope.NECK, Set.of(), RuleEffect.NO_WORK, null,
                    SourceTag.U, "5", "no-neck"),
            standing(ANTERIOR_NECK, null, ContraindicationScope.ANTERIOR_NECK, Set.of(), RuleEffect.MAX_PRESSURE,
                    ANTERIOR_NECK_PRESSURE, SourceTag.S, "6.2", "every-client"),
            standing(TRIGGER_POINT_ANTERIOR_NECK, null, ContraindicationScope.ANTERIOR_NECK,
                    Set.of(Technique.TRIGGER_POINT), RuleEffect.NO_WORK, null, SourceTag.S, "6.4", "every-client"),
            // §6.2: [C] case report, [S] otherwise; manipulation is outside massage scope, so this is a caution.
            standing(VERTEBRAL_ARTERY, null, ContraindicationScope.NECK, Set.of(), RuleEffect.CAUTION, null,
                    SourceTag.S, "6.2", "every-client"));

    private final List<ContraindicationRule> rules;

    public ContraindicationEngine(List<ContraindicationRule> rules) {
        this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    }

    public List<ContraindicationRule> rules() {
        return rules;
    }

    /**
     * The verdict for a planned session. 400 ({@link InvalidInput}) naming {@code overrides[i].reason} (or
     * {@code .block}, {@code .ruleId}) for an override without a reason or a block; 422 ({@link OverrideRefused}) for
     * an override of an ABSOLUTE rule, of a rule whose clearance is not on file, or of a rule that does not apply to
     * that block.
     */
    public SessionVerdict evaluate(TreatmentFacts facts, List<PlannedBlock> blocks, List<RuleOverride> overrides) {
        Objects.requireNonNull(facts, "facts");
        List<PlannedBlock> plan = List.copyOf(blocks);
        List<RuleOverride> given = overrides == null ? List.of() : List.copyOf(overrides);
        checkShape(given, plan.size());
        Set<String> overridden = new HashSet<>();
        for (RuleOverride override : given) {
            overridden.add(key(override.block(), override.ruleId()));
        }

        List<Applicable> inForce = inForce(facts);
        boolean emergency = facts.tier() == ScreeningTier.EMERGENCY;
        boolean stopped = emergency;
        List<Finding> session = new ArrayList<>();
        if (emergency) {
            session.add(applicable(standingRule(EMERGENCY_TIER), a -> false).sessionFinding(facts));
        }
        for (Applicable rule : inForce) {
            if (rule.forSession()) {
                session.add(rule.sessionFinding(facts));
                stopped |= rule.stopsSession(facts);
            }
        }

        List<BlockVerdict> verdicts = new ArrayList<>();
        for (int index = 0; index < plan.size(); index++) {
            PlannedBlock block = plan.get(index);
            List<Finding> findings = new ArrayList<>();
            for (Applicable rule : inForce) {
                if (rule.reaches(block, facts)) {
                    findings.add(rule.blockFinding(block, facts, overridden.contains(key(index, rule.id()))));
                }
            }
            verdicts.add(new BlockVerdict(index, block, stopped ? BlockOutcome.BLOCKED : outcome(findings), findings));
        }
        checkOverrides(given, verdicts, session);

        SessionOutcome outcome;
        if (emergency) {
            outcome = SessionOutcome.EMERGENCY;
        } else if (stopped) {
            outcome = SessionOutcome.NOT_TODAY;
        } else if (verdicts.stream().allMatch(v -> v.outcome() == BlockOutcome.OK)) {
            outcome = SessionOutcome.GO;
        } else {
            outcome = SessionOutcome.GO_WITH_CHANGES;
        }
        return new SessionVerdict(outcome, verdicts, session);
    }

    /** The verdict for one block on its own, without overrides. */
    public BlockVerdict check(TreatmentFacts facts, PlannedBlock block) {
        return evaluate(facts, List.of(block), List.of()).blocks().get(0);
    }

    private static BlockOutcome outcome(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.change() == RequiredChange.AVOID_AREA)) {
            return BlockOutcome.BLOCKED;
        }
        if (findings.stream().anyMatch(f -> f.change() != RequiredChange.NONE)) {
            return BlockOutcome.MODIFY;
        }
        return BlockOutcome.OK;
    }

    /** The table's rules that hold for the client, then the standing rules that hold today. */
    private List<Applicable> inForce(TreatmentFacts facts) {
        // condition → whether it holds for the whole body (a flag of GENERAL scope)
        Map<ContraindicationCondition, Boolean> conditions = new EnumMap<>(ContraindicationCondition.class);
        for (ContraindicationFlag flag : facts.flags()) {
            conditions.merge(flag.condition(), flag.scope() == ContraindicationScope.GENERAL, Boolean::logicalOr);
        }
        // §6.1 first row: an urgent or emergency red flag blocks until cleared, whether it came from the intake or
        // from today's answers.
        if (facts.tier() != null && facts.tier().blocksTreatment()) {
            conditions.put(ContraindicationCondition.RED_FLAG_SCREENING, true);
        }
        List<Applicable> inForce = new ArrayList<>();
        for (ContraindicationRule rule : rules) {
            Boolean wholeBody = conditions.get(rule.condition());
            if (wholeBody != null && (rule.effect() != RuleEffect.NO_SESSION || wholeBody)) {
                inForce.add(new Applicable(rule.id(), rule.condition(), rule.scope(), rule.techniques(),
                        rule.ruleClass(), rule.effect(), rule.maxPressure(), rule.requiresClearance(), rule.source(),
                        rule.section(), rule.reasonKey(), rule.located() ? null : rule::covers));
            }
        }
        if (!facts.avoidToday().isEmpty()) {
            inForce.add(applicable(standingRule(TODAY_INJURY), facts.avoidToday()::contains));
        }
        if (facts.limit() == ClearanceScope.GENTLE_WORK_ONLY) {
            inForce.add(applicable(standingRule(CLEARANCE_GENTLE_ONLY), null));
        } else if (facts.limit() == ClearanceScope.NO_NECK_WORK) {
            inForce.add(applicable(standingRule(CLEARANCE_NO_NECK), null));
        }
        for (String everyone : List.of(ANTERIOR_NECK, TRIGGER_POINT_ANTERIOR_NECK, VERTEBRAL_ARTERY)) {
            inForce.add(applicable(standingRule(everyone), null));
        }
        return inForce;
    }

    private static void checkShape(List<RuleOverride> overrides, int blocks) {
        List<FieldMessage> wrong = new ArrayList<>();
        for (int i = 0; i < overrides.size(); i++) {
            RuleOverride override = overrides.get(i);
            String field = "overrides[" + i + "]";
            if (override == null) {
                wrong.add(new FieldMessage(field, "field.required", List.of()));
                continue;
            }
            if (override.block() < 0 || override.block() >= blocks) {
                wrong.add(new FieldMessage(field + ".block", "override.block.unknown", List.of(override.block() + 1)));
            }
            if (override.ruleId() == null || override.ruleId().isBlank()) {
                wrong.add(new FieldMessage(field + ".ruleId", "field.required", List.of()));
            }
            if (override.reason() == null || override.reason().isBlank()) {
                wrong.add(new FieldMessage(field + ".reason", "override.reason.required", List.of()));
            }
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInput("invalid-override", "problem.validation", wrong);
        }
    }

    // §6.5: overriding a RELATIVE rule needs the therapist's reason and, where required, a stored clearance; ABSOLUTE
    // rules cannot be overridden in the app.
    private static void checkOverrides(List<RuleOverride> overrides, List<BlockVerdict> verdicts,
                                       List<Finding> session) {
        for (int i = 0; i < overrides.size(); i++) {
            RuleOverride override = overrides.get(i);
            Finding finding = verdicts.get(override.block()).findings().stream()
                    .filter(f -> f.ruleId().equals(override.ruleId())).findFirst().orElse(null);
            if (finding == null) {
                boolean absoluteForSession = session.stream()
                        .anyMatch(f -> f.ruleId().equals(override.ruleId()) && f.ruleClass() == ABSOLUTE);
                throw absoluteForSession ? OverrideRefused.absolute(i, override.ruleId(), override.block())
                        : OverrideRefused.notApplicable(i, override.ruleId(), override.block());
            }
            if (finding.ruleClass() == ABSOLUTE) {
                throw OverrideRefused.absolute(i, override.ruleId(), override.block());
            }
            if (finding.requiresClearance() && !finding.clearanceOnFile()) {
                throw OverrideRefused.clearanceRequired(i, override.ruleId(), override.block());
            }
        }
    }

    private static String key(int block, String ruleId) {
        return block + "\u0000" + ruleId;
    }

    private static StandingRule standingRule(String id) {
        return STANDING_RULES.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static Applicable applicable(StandingRule rule, Predicate<BodyArea> areas) {
        Predicate<BodyArea> reach = areas != null ? areas : area -> area.within(rule.scope());
        return new Applicable(rule.id(), rule.condition(), rule.scope(), rule.techniques(), rule.ruleClass(),
                rule.effect(), rule.maxPressure(), false, rule.source(), rule.section(), rule.reasonKey(), reach);
    }

    private static StandingRule standing(String id, ContraindicationCondition condition, ContraindicationScope scope,
                                         Set<Technique> techniques, RuleEffect effect, Integer maxPressure,
                                         SourceTag source, String section, String when) {
        return new StandingRule(id, condition, scope, techniques, ABSOLUTE, effect, maxPressure, source, section,
                "contraindication-rule." + id, "contraindication-rules.when." + when);
    }

    /**
     * A rule that holds for the client today, from the table or standing. {@code areas} is null for a rule about a
     * site no planned area names.
     */
    private record Applicable(String id, ContraindicationCondition condition, ContraindicationScope scope,
                              Set<Technique> techniques, ContraindicationClass ruleClass, RuleEffect effect,
                              Integer maxPressure, boolean requiresClearance, SourceTag source, String section,
                              String reasonKey, Predicate<BodyArea> areas) {

        boolean absolute() {
            return ruleClass == ABSOLUTE;
        }

        boolean clearanceOnFile(TreatmentFacts facts) {
            return condition != null && facts.cleared().contains(condition);
        }

        boolean clearanceMissing(TreatmentFacts facts) {
            return requiresClearance && !clearanceOnFile(facts);
        }

        /** "Absolute until cleared", and cleared. */
        boolean lifted(TreatmentFacts facts) {
            return absolute() && requiresClearance && clearanceOnFile(facts);
        }

        /** A caution for every technique on every area: said once, for the session. */
        boolean generalCaution() {
            return effect == RuleEffect.CAUTION && scope == ContraindicationScope.GENERAL && techniques.isEmpty();
        }

        boolean forSession() {
            return areas == null || (effect == RuleEffect.NO_SESSION && absolute()) || generalCaution();
        }

        boolean stopsSession(TreatmentFacts facts) {
            return effect == RuleEffect.NO_SESSION && absolute() && !lifted(facts);
        }

        /** Whether the rule is a finding of this block: it reaches the block and is not said for the session only. */
        boolean reaches(PlannedBlock block, TreatmentFacts facts) {
            if (areas == null || (effect == RuleEffect.NO_SESSION && absolute())) {
                return false;
            }
            // A general caution is said once for the session, unless its missing clearance blocks every block.
            if (generalCaution() && !clearanceMissing(facts)) {
                return false;
            }
            return (techniques.isEmpty() || techniques.contains(block.technique())) && areas.test(block.area());
        }

        Finding sessionFinding(TreatmentFacts facts) {
            return finding(RequiredChange.NONE, facts, false, false);
        }

        Finding blockFinding(PlannedBlock block, TreatmentFacts facts, boolean overrideGiven) {
            boolean overridable = !absolute() && !clearanceMissing(facts);
            if (clearanceMissing(facts)) {
                return finding(RequiredChange.AVOID_AREA, facts, false, false);
            }
            if (lifted(facts)) {
                return finding(RequiredChange.NONE, facts, false, false);
            }
            RequiredChange change = switch (effect) {
                case NO_WORK, NO_SESSION -> RequiredChange.AVOID_AREA;
                case MAX_PRESSURE -> block.pressure() > maxPressure ? RequiredChange.LIGHTER_PRESSURE
                        : RequiredChange.NONE;
                // A hot-stone block is heat by nature, whatever its heat flag says.
                case NO_HEAT -> block.heat() || block.technique() == Technique.HOT_STONE ? RequiredChange.NO_HEAT
                        : RequiredChange.NONE;
                case CAUTION -> RequiredChange.NONE;
            };
            boolean overridden = overridable && overrideGiven;
            return finding(overridden ? RequiredChange.NONE : change, facts, overridable, overridden);
        }

        private Finding finding(RequiredChange change, TreatmentFacts facts, boolean overridable, boolean overridden) {
            return new Finding(id, condition, ruleClass, effect, change, maxPressure, requiresClearance,
                    clearanceOnFile(facts), overridable, overridden, source, section, reasonKey);
        }
    }
}
