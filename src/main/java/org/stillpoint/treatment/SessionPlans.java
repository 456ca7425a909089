package org.stillpoint.treatment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stillpoint.clients.Clients;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.clinic.Technique;
import org.stillpoint.intake.ContraindicationClass;
import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.ContraindicationFlag;
import org.stillpoint.intake.ContraindicationScope;
import org.stillpoint.intake.Intake;
import org.stillpoint.intake.RedFlag;
import org.stillpoint.intake.ScreeningTier;
import org.stillpoint.intake.SourceTag;
import org.stillpoint.intake.TreatmentClearance;
import org.stillpoint.intake.TreatmentStatus;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.AuditAction;
import org.stillpoint.platform.AuditLog;
import org.stillpoint.platform.AuditOutcome;
import org.stillpoint.platform.Conflict;
import org.stillpoint.platform.FieldProblems;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.NotFound;
import org.stillpoint.platform.Role;
import org.stillpoint.platform.RuleViolation;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.scheduling.AppointmentStatus;
import org.stillpoint.scheduling.AppointmentView;
import org.stillpoint.therapists.TherapistView;
import org.stillpoint.therapists.Therapists;
import org.stillpoint.treatment.session.CheckRepository;
import org.stillpoint.treatment.session.CheckRepository.StoredCheck;
import org.stillpoint.treatment.session.DayCheckPolicy;
import org.stillpoint.treatment.session.PlanProposer;
import org.stillpoint.treatment.session.PlanRepository;
import org.stillpoint.treatment.session.PlanRepository.StoredPlan;
import org.stillpoint.treatment.session.SessionContexts;
import org.stillpoint.treatment.session.SessionContexts.SessionContext;

/**
 * Session plans: Stillpoint proposes one from the intake, the client's preferences, today's check and the session's
 * length; the appointment's therapist (or the owner) edits and saves it, every block re-checked by the
 * contraindication engine, and may save it as one of their own templates; the client reads it in plain words and
 * agrees to it. A saved plan always passes the engine; staff reads are audited.
 */
@Service
public class SessionPlans {

    static final String RECORD = "session-plan";
    static final int MAX_BLOCKS = 20;
    static final int NOTE_MAX = 1000;
    static final int TEMPLATE_NAME_MAX = 100;
    static final int REASON_MAX = 500;
    static final int MAX_BLOCK_MINUTES = 240;
    /** How many of a client's plans saved last are looked through for the one shown beside their home care. */
    static final int RECENT_PLANS = 5;

    private final SessionContexts contexts;
    private final PlanRepository plans;
    private final CheckRepository checks;
    private final Intake intake;
    private final Clients clients;
    private final Clinic clinic;
    private final Therapists therapists;
    private final TechniqueCatalogue catalogue;
    private final ContraindicationRules rules;
    private final AuditLog audit;
    private final Clock clock;
    private final DayCheckPolicy dayCheck = new DayCheckPolicy();

    SessionPlans(SessionContexts contexts, PlanRepository plans, CheckRepository checks, Intake intake,
                 Clients clients, Clinic clinic, Therapists therapists, TechniqueCatalogue catalogue,
                 ContraindicationRules rules, AuditLog audit, Clock clock) {
        this.contexts = contexts;
        this.plans = plans;
        this.checks = checks;
        this.intake = intake;
        this.clients = clients;
        this.clinic = clinic;
        this.therapists = therapists;
        this.catalogue = catalogue;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A proposed plan for the appointment (not saved): 404 for an appointment the caller may not see, 403 for a
     * client or the front desk, 409 when it is not booked, 422 for a consultation or before the first intake.
     */
    @Transactional
    public PlanProposal propose(AppointmentId id) {
        SessionContext context = contexts.requireHandsOn(contexts.requireBooked(contexts.staff(id)));
        return proposal(context, facts(context));
    }

    private PlanProposal proposal(SessionContext context, TreatmentFacts facts) {
        TherapistView therapist = therapist(context);
        Map<Technique, Set<BodyArea>> areas = new EnumMap<>(Technique.class);
        Map<Technique, Integer> pressures = new EnumMap<>(Technique.class);
        for (TechniqueView technique : catalogue.all()) {
            areas.put(technique.technique(), technique.areas());
            pressures.put(technique.technique(), technique.defaultPressure());
        }
        CheckAnswers check = checks.find(context.appointment().id()).map(StoredCheck::answers).orElse(null);
        return new PlanProposer(rules.engine()).propose(new PlanProposer.Input(context.minutes(),
                context.acuteSession(), intake.planningProfile(context.appointment().clientId()),
                clients.preferences(context.appointment().clientId()), check, therapist.techniques(), areas,
                pressures, facts, context.type() == null ? null : context.type().requiredTechnique()));
    }

    /** The saved plan, with the engine's verdict as of now; 404 when there is none. Audited. */
    @Transactional
    public SessionPlanView plan(AppointmentId id) {
        SessionContext context = contexts.staff(id);
        clients.requireClinicalAccess(context.appointment().clientId(), RECORD);
        StoredPlan plan = plans.find(id).orElseThrow(() -> new NotFound("session-plan"));
        return view(context, plan, verdict(context, plan.blocks(), plan.overrides()));
    }

    /**
     * Whether the appointment has a saved plan and whether the client agreed to it, for the session screen; no
     * clinical content, not audited.
     */
    @Transactional(readOnly = true)
    public PlanStatus status(AppointmentId id) {
        contexts.clientOrStaff(id);
        return plans.agreed(id).map(agreed -> agreed ? PlanStatus.AGREED : PlanStatus.SAVED).orElse(PlanStatus.NONE);
    }

    /**
     * The engine's verdict on a plan being edited, without saving it: 400 naming each wrong field, 422 for an
     * override the engine refuses.
     */
    @Transactional
    public SessionVerdict check(AppointmentId id, PlanChange change) {
        SessionContext context = contexts.requireHandsOn(contexts.staff(id));
        List<PlannedBlock> blocks = blocks(context, change, false);
        return evaluate(facts(context), blocks, change).verdict();
    }

    /**
     * Saves the plan (the first one with {@code version} null): 400 naming each wrong field, 409 when the plan
     * changed since {@code version} or the appointment is not booked, 422 when the blocks overrun the session, an
     * override is refused (an absolute rule, a missing clearance) or a block does not pass the engine as it stands.
     * Any change clears the client's agreement.
     */
    @Transactional
    public SessionPlanView replace(AppointmentId id, PlanChange change) {
        SessionContext context = contexts.requireHandsOn(contexts.requireBooked(contexts.staff(id)));
        List<PlannedBlock> blocks = blocks(context, change, true);
        Environment environment = environment(change);
        TreatmentFacts facts = facts(context);
        Evaluated evaluated = evaluate(facts, blocks, change);
        SessionVerdict verdict = evaluated.verdict();
        refuseUnsafe(facts, environment, verdict);
        boolean acute = context.acuteSession() || facts.has(ContraindicationCondition.ATTACK_IN_PROGRESS);
        Instant now = clock.instant();
        StoredPlan plan = new StoredPlan(id, context.appointment().clientId(), acute, blocks, environment,
                FieldProblems.blankToNull(change.note()), evaluated.overrides(), 0, now, context.caller().accountId().value(),
                null, null);
        if (!plans.save(plan, change.version())) {
            throw new Conflict("stale-edit", "problem.stale-edit");
        }
        audit.record(context.caller(), change.version() == null ? AuditAction.CREATE : AuditAction.UPDATE, RECORD,
                id.toString(), AuditOutcome.SUCCESS, blocks.size() + " blocks, " + evaluated.overrides().size()
                        + " overrides");
        StoredPlan saved = plans.find(id).orElseThrow();
        return view(context, saved, verdict);
    }

    /** The plan in plain words for the client whose appointment it is (or its staff); empty before a plan. */
    @Transactional
    public Optional<PlanSummary> summary(AppointmentId id) {
        SessionContext context = contexts.clientOrStaff(id);
        if (context.caller().role() != Role.CLIENT) {
            clients.requireClinicalAccess(context.appointment().clientId(), RECORD);
        }
        return plans.find(id).map(p -> summary(context, p));
    }

    /**
     * The plan the signed-in client sees beside their home care, in plain words: that of their next booked session
     * if it has one yet, else that of their latest session that has begun (attended, or booked and under way); empty
     * before any. Only the client's own plans, and none of a cancelled or missed session.
     */
    @Transactional(readOnly = true)
    public Optional<PlanSummary> myCurrentSummary() {
        Accounts.require(Role.CLIENT);
        Instant now = clock.instant();
        SessionContext next = null;
        SessionContext latest = null;
        for (AppointmentId id : plans.latest(clients.mine(), RECENT_PLANS)) {
            SessionContext context = contexts.client(id);
            AppointmentStatus status = context.appointment().status();
            Instant start = context.appointment().start().toInstant();
            if (status == AppointmentStatus.BOOKED && start.isAfter(now)) {
                next = next == null || start.isBefore(next.appointment().start().toInstant()) ? context : next;
            } else if (status == AppointmentStatus.BOOKED || status == AppointmentStatus.COMPLETED) {
                latest = latest == null || start.isAfter(latest.appointment().start().toInstant()) ? context : latest;
            }
        }
        SessionContext shown = next != null ? next : latest;
        return shown == null ? Optional.empty()
                : plans.find(shown.appointment().id()).map(plan -> summary(shown, plan));
    }

    /** The client agrees to {@code version} of the plan: 404 without a plan, 409 when it has changed since. */
    @Transactional
    public PlanSummary agree(AppointmentId id, Long version) {
        SessionContext context = contexts.requireBooked(contexts.client(id));
        new FieldProblems().required("version", version).throwIfAny("invalid-agreement", "problem.validation");
        plans.find(id).orElseThrow(() -> new NotFound("session-plan"));
        if (!plans.agree(id, version, clock.instant())) {
            throw new Conflict("plan-changed", "treatment.plan.changed-since");
        }
        audit.record(context.caller(), AuditAction.UPDATE, RECORD, id.toString(), AuditOutcome.SUCCESS,
                "agreed to version " + version);
        return summary(context, plans.find(id).orElseThrow());
    }

    // --- templates ---

    /** The signed-in therapist's own plan templates (the owner has none). */
    @Transactional(readOnly = true)
    public List<PlanTemplateView> templates() {
        CurrentUser caller = Accounts.require(Role.THERAPIST, Role.OWNER);
        return therapists.findByAccount(caller.accountId()).map(t -> plans.templates(t.id().value()))
                .orElse(List.of());
    }

    /** Saves blocks as one of the signed-in therapist's templates: 400 for a bad name or block, 409 for a taken name. */
    @Transactional
    public PlanTemplateView saveTemplate(String name, List<BlockInput> blocks) {
        CurrentUser caller = Accounts.require(Role.THERAPIST);
        TherapistView therapist = therapists.findByAccount(caller.accountId())
                .orElseThrow(() -> new NotFound("therapist"));
        String cleaned = name == null ? "" : name.strip();
        FieldProblems wrong = new FieldProblems().text("name", cleaned, TEMPLATE_NAME_MAX, true);
        if (blocks == null || blocks.isEmpty()) {
            wrong.add("blocks", "treatment.plan.blocks-required");
        }
        List<PlannedBlock> checked = checkBlocks(blocks == null ? List.of() : blocks, MAX_BLOCK_MINUTES, wrong);
        wrong.throwIfAny("invalid-template", "problem.validation");
        if (plans.templateNameTaken(therapist.id().value(), cleaned)) {
            throw new Conflict("template-name-taken", "treatment.template.name-taken");
        }
        UUID templateId = UUID.randomUUID();
        plans.insertTemplate(templateId, therapist.id().value(), cleaned, checked, clock.instant());
        audit.record(caller, AuditAction.CREATE, "plan-template", templateId.toString(), AuditOutcome.SUCCESS, null);
        return new PlanTemplateView(templateId, cleaned, checked);
    }

    // --- demo data ---

    /**
     * Demo data: the plan the therapist saved for a past session of the demo clinic, Stillpoint's proposal (made as
     * {@link #propose} makes it, with no check answered) if the engine lets it through as {@link #replace} would save
     * it, agreed to by the client; empty otherwise.
     */
    Optional<StoredPlan> planForDemo(AppointmentView appointment, SessionTypeView type, UUID by, Instant savedAt,
                                     Instant agreedAt) {
        SessionContext context = new SessionContext(appointment, type,
                (int) Duration.between(appointment.start(), appointment.end()).toMinutes(), null);
        TreatmentFacts facts = facts(context);
        PlanProposal proposal = proposal(context, facts);
        try {
            refuseUnsafe(facts, proposal.environment(), rules.engine().evaluate(facts, proposal.blocks(), List.of()));
        } catch (RuleViolation refused) {
            return Optional.empty();
        }
        return proposal.blocks().isEmpty() ? Optional.empty()
                : Optional.of(new StoredPlan(appointment.id(), appointment.clientId(), proposal.acute(),
                        proposal.blocks(), proposal.environment(), null, List.of(), 0, savedAt, by, agreedAt, 0L));
    }

    /** Demo data: stores plans made by {@link #planForDemo} in two batched statements, unaudited. */
    void saveForDemo(List<StoredPlan> saved) {
        plans.insertAll(saved);
    }

    // --- the rules ---

    /** What the engine knows today: the intake's flags and clearance, and today's check if it was answered. */
    private TreatmentFacts facts(SessionContext context) {
        TreatmentClearance clearance = intake.treatmentClearance(context.appointment().clientId());
        if (clearance.status() == TreatmentStatus.NO_INTAKE) {
            throw new RuleViolation("intake-missing", "treatment.plan.intake-missing");
        }
        List<ContraindicationFlag> flags = new ArrayList<>(clearance.contraindications());
        Set<BodyArea> avoid = EnumSet.noneOf(BodyArea.class);
        ScreeningTier tier = clearance.status() == TreatmentStatus.EMERGENCY ? ScreeningTier.EMERGENCY
                : clearance.tier();
        Optional<StoredCheck> check = checks.find(context.appointment().id());
        if (check.isPresent()) {
            flags.addAll(dayCheck.flags(check.get().answers()));
            avoid.addAll(dayCheck.avoidToday(check.get().answers()));
            // Red flags the day's answers raise that the intake did not (and no clearance covers): an emergency
            // stops the session; an urgent one means no session today (clinical-reference §5, §6.1 first row).
            List<RedFlag> fresh = check.get().redFlags().stream().filter(f -> !clearance.redFlags().contains(f))
                    .toList();
            ScreeningTier freshTier = ScreeningTier.highest(fresh);
            if (freshTier == ScreeningTier.EMERGENCY) {
                tier = ScreeningTier.EMERGENCY;
            } else if (freshTier == ScreeningTier.URGENT) {
                flags.add(new ContraindicationFlag(ContraindicationCondition.RED_FLAG_SCREENING,
                        ContraindicationClass.ABSOLUTE, ContraindicationScope.GENERAL, false, SourceTag.U,
                        "treatment.check.new-urgent-flag"));
            }
        }
        return new TreatmentFacts(flags, clearance.cleared(), avoid, tier, clearance.limit());
    }

    private SessionVerdict verdict(SessionContext context, List<PlannedBlock> blocks, List<RuleOverride> overrides) {
        return rules.engine().evaluate(facts(context), blocks, overrides);
    }

    /** A verdict and the overrides it was reached with. */
    private record Evaluated(SessionVerdict verdict, List<RuleOverride> overrides) {
    }

    /**
     * The engine's verdict with the explicit overrides, and with a block's written reason standing for every relative
     * rule on it that may be overridden (clinical-reference §6.5); the engine refuses the rest.
     */
    private Evaluated evaluate(TreatmentFacts facts, List<PlannedBlock> blocks, PlanChange change) {
        ContraindicationEngine engine = rules.engine();
        SessionVerdict verdict = engine.evaluate(facts, blocks, change.overrides());
        List<RuleOverride> overrides = new ArrayList<>(change.overrides());
        for (BlockVerdict block : verdict.blocks()) {
            BlockInput input = change.blocks().get(block.index());
            if (!input.overridden()) {
                continue;
            }
            for (Finding finding : block.findings()) {
                if (finding.overridable() && !finding.overridden()) {
                    overrides.add(new RuleOverride(block.index(), finding.ruleId(), input.overrideReason().strip()));
                }
            }
        }
        if (overrides.size() == change.overrides().size()) {
            return new Evaluated(verdict, change.overrides());
        }
        return new Evaluated(engine.evaluate(facts, blocks, overrides), List.copyOf(overrides));
    }

    private void refuseUnsafe(TreatmentFacts facts, Environment environment, SessionVerdict verdict) {
        if (verdict.outcome() == SessionOutcome.EMERGENCY) {
            throw new PlanRefused("session-emergency", "treatment.plan.emergency", verdict);
        }
        if (verdict.outcome() == SessionOutcome.NOT_TODAY) {
            throw new PlanRefused("session-not-today", "treatment.plan.not-today", verdict);
        }
        if (facts.has(ContraindicationCondition.ATTACK_IN_PROGRESS)) {
            // §6.3: never face-down during an attack, and no heat on the head or neck (a warm pack is not offered).
            if (environment.position() == Position.PRONE) {
                throw new RuleViolation("prone-during-attack", "position", "treatment.plan.prone-during-attack");
            }
            if (environment.pack() == Pack.WARM) {
                throw new RuleViolation("heat-during-attack", "pack", "treatment.plan.warm-pack-during-attack");
            }
        }
        if (verdict.blocks().stream().anyMatch(b -> b.outcome() != BlockOutcome.OK)) {
            throw new PlanRefused("plan-refused", "treatment.plan.refused", verdict);
        }
    }

    private List<PlannedBlock> blocks(SessionContext context, PlanChange change, boolean forSaving) {
        FieldProblems wrong = new FieldProblems();
        if (change.blocks().isEmpty() && forSaving) {
            wrong.add("blocks", "treatment.plan.blocks-required");
        }
        if (change.blocks().size() > MAX_BLOCKS) {
            wrong.add("blocks", "treatment.plan.too-many-blocks", MAX_BLOCKS);
        }
        List<PlannedBlock> blocks = checkBlocks(change.blocks(), context.minutes(), wrong);
        if (forSaving) {
            wrong.required("lighting", change.lighting()).required("sound", change.sound())
                    .required("temperature", change.temperature()).required("pack", change.pack())
                    .required("position", change.position()).text("note", change.note(), NOTE_MAX, false);
        }
        for (int i = 0; i < change.overrides().size(); i++) {
            RuleOverride o = change.overrides().get(i);
            if (o == null || o.ruleId() == null || o.ruleId().isBlank()) {
                wrong.add("overrides[" + i + "].ruleId", "field.required");
            } else if (o.block() < 0 || o.block() >= change.blocks().size()) {
                wrong.add("overrides[" + i + "].block", "treatment.plan.override-block");
            } else {
                wrong.text("overrides[" + i + "].reason", o.reason(), REASON_MAX, false);
            }
        }
        wrong.throwIfAny("invalid-plan", "problem.validation");
        TherapistView therapist = therapist(context);
        for (int i = 0; i < blocks.size(); i++) {
            if (!therapist.offers(blocks.get(i).technique())) {
                throw new RuleViolation("technique-not-offered", "blocks[" + i + "].technique",
                        "treatment.plan.technique-not-offered");
            }
        }
        int planned = blocks.stream().mapToInt(PlannedBlock::minutes).sum();
        if (planned > context.minutes()) {
            throw new RuleViolation("plan-overruns", "blocks", "treatment.plan.overruns", planned,
                    context.minutes());
        }
        return blocks;
    }

    /** Each block complete and in range, and its technique one that is used on its area (the catalogue). */
    private List<PlannedBlock> checkBlocks(List<BlockInput> inputs, int maxMinutes, FieldProblems wrong) {
        Map<Technique, Set<BodyArea>> areas = new EnumMap<>(Technique.class);
        catalogue.all().forEach(t -> areas.put(t.technique(), t.areas()));
        List<PlannedBlock> blocks = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            BlockInput b = inputs.get(i) == null ? BlockInput.empty() : inputs.get(i);
            String at = "blocks[" + i + "].";
            FieldProblems row = new FieldProblems().required(at + "technique", b.technique())
                    .required(at + "area", b.area())
                    .range(at + "minutes", b.minutes(), 1, Math.min(maxMinutes, MAX_BLOCK_MINUTES))
                    .range(at + "pressure", b.pressure(), TechniqueCatalogue.LIGHTEST, TechniqueCatalogue.FIRMEST)
                    .text(at + "notes", b.notes(), REASON_MAX, false)
                    .text(at + "overrideReason", b.overrideReason(), REASON_MAX, false);
            if (b.technique() != null && b.area() != null
                    && !areas.getOrDefault(b.technique(), Set.of()).contains(b.area())) {
                row.add(at + "area", "treatment.plan.area-not-for-technique");
            }
            if (row.isEmpty()) {
                blocks.add(new PlannedBlock(b.technique(), b.area(), b.minutes(), b.pressure(),
                        Boolean.TRUE.equals(b.heat()) || b.technique() == Technique.HOT_STONE, b.notes()));
            }
            wrong.addAll(row);
        }
        return blocks;
    }

    private TherapistView therapist(SessionContext context) {
        return therapists.find(context.appointment().therapistId()).orElseThrow(() -> new NotFound("therapist"));
    }

    private Environment environment(PlanChange change) {
        return new Environment(change.lighting(), change.sound(), change.temperature(), change.pack(),
                change.position());
    }

    private SessionPlanView view(SessionContext context, StoredPlan plan, SessionVerdict verdict) {
        ZoneId zone = clinic.profile().zone();
        return new SessionPlanView(plan.appointment(), plan.client(), plan.acute(), plan.blocks(),
                plan.environment(), plan.note(), plan.overrides(), verdict, context.minutes(), plan.version(),
                plan.updatedAt().atZone(zone).toOffsetDateTime(),
                plan.agreedAt() == null ? null : plan.agreedAt().atZone(zone).toOffsetDateTime(), plan.agreed());
    }

    private PlanSummary summary(SessionContext context, StoredPlan plan) {
        ZoneId zone = clinic.profile().zone();
        return new PlanSummary(plan.appointment(), context.appointment().start(), plan.blocks(), plan.environment(),
                plan.version(), plan.agreed(),
                plan.agreedAt() == null ? null : plan.agreedAt().atZone(zone).toOffsetDateTime());
    }
}
