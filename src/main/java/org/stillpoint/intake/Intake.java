package org.stillpoint.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clients.ClientSummary;
import org.stillpoint.clients.Clients;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.intake.domain.ClearanceRepository;
import org.stillpoint.intake.domain.ClearanceRules;
import org.stillpoint.intake.domain.ContraindicationPolicy;
import org.stillpoint.intake.domain.HeadacheKind;
import org.stillpoint.intake.domain.Hit6Total;
import org.stillpoint.intake.domain.IntakeAnswers;
import org.stillpoint.intake.domain.IntakeRepository;
import org.stillpoint.intake.domain.MassageExperience;
import org.stillpoint.intake.domain.RedFlagAnswers;
import org.stillpoint.intake.domain.RedFlagQuestion;
import org.stillpoint.intake.domain.IntakeRepository.LatestTier;
import org.stillpoint.intake.domain.IntakeRepository.StoredDraft;
import org.stillpoint.intake.domain.MidasForm;
import org.stillpoint.intake.domain.PainArea;
import org.stillpoint.intake.domain.RecordedClearance;
import org.stillpoint.intake.domain.ScoreRepository;
import org.stillpoint.intake.domain.ScreeningPolicy;
import org.stillpoint.intake.domain.TreatmentClearancePolicy;
import org.stillpoint.intake.domain.Trigger;
import org.stillpoint.notifications.Notifications;
import org.stillpoint.platform.AccountSummary;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.AuditAction;
import org.stillpoint.platform.AuditLog;
import org.stillpoint.platform.AuditOutcome;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.InvalidInput.FieldMessage;
import org.stillpoint.platform.NotFound;
import org.stillpoint.platform.Role;
import org.stillpoint.platform.RuleViolation;

/**
 * The headache intake, its red-flag screening, clinicians' clearances and the disability scores, and the question
 * the scheduling and treatment modules ask: may this client be treated now, and with what limits?
 *
 * <p>Who may do what (DESIGN §1, §5). Every call checks the caller against the client through {@link Clients}: a
 * caller who may not see the client gets 404, exactly as for a client that does not exist, and every read by staff
 * is audited.
 * <ul>
 *   <li>The answers, the versions, the summary card, the contraindications and the scores are clinical records:
 *       the client themself, the owner, and a therapist who cares for the client.</li>
 *   <li>The client fills in and submits their own intake; the owner may do it for them (a paper form).</li>
 *   <li>Clearances and the clearance status (may the client be treated, and the clearance in force) are also for
 *       the front desk, which records clearances with the owner. Therapists read clearances but do not record
 *       them: a massage therapist does not clear red flags (clinical-reference §8.8).</li>
 *   <li>MIDAS and HIT-6 are entered by the owner or a therapist who cares for the client.</li>
 * </ul>
 *
 * <p>A clearance is recorded against the latest intake and lifts what that intake raised (the blocking red flags
 * and the contraindications needing a clearance). A newer submission that raises nothing new stays cleared; one
 * that raises a flag the clinician has not seen blocks treatment again until a new clearance is recorded. A
 * clearance counts from the day it was given to its expiry date, both inclusive.
 *
 * <p>An EMERGENCY screening queues an e-mail to every active owner and front-desk account in the same transaction.
 */
@Service
public class Intake {

    static final String INTAKE = "intake";
    static final String DRAFT = "intake-draft";
    static final String SUMMARY = "intake-summary";
    static final String CLEARANCE = "clearance";
    static final String TREATMENT_CLEARANCE = "treatment-clearance";
    static final String SCORES = "disability-score";

    private final IntakeRepository intakes;
    private final ClearanceRepository clearances;
    private final ScoreRepository scores;
    private final Clients clients;
    private final Clinic clinic;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Notifications notifications;
    private final IntakeMail mail;
    private final ScreeningPolicy screening;
    private final ContraindicationPolicy contraindicationPolicy;
    private final TreatmentClearancePolicy treatmentPolicy;
    private final Clock clock;

    Intake(IntakeRepository intakes, ClearanceRepository clearances, ScoreRepository scores, Clients clients,
           Clinic clinic, Accounts accounts, AuditLog audit, Notifications notifications, IntakeMail mail,
           ScreeningPolicy screening, ContraindicationPolicy contraindicationPolicy,
           TreatmentClearancePolicy treatmentPolicy, Clock clock) {
        this.intakes = intakes;
        this.clearances = clearances;
        this.scores = scores;
        this.clients = clients;
        this.clinic = clinic;
        this.accounts = accounts;
        this.audit = audit;
        this.notifications = notifications;
        this.mail = mail;
        this.screening = screening;
        this.contraindicationPolicy = contraindicationPolicy;
        this.treatmentPolicy = treatmentPolicy;
        this.clock = clock;
    }

    // --- the client's answers ---

    /**
     * The answers being worked on: the saved draft, else a new one. The date of birth comes from the client record
     * while the answers have none.
     */
    @Transactional
    public IntakeDraft draft(ClientId id) {
        ClientSummary client = clients.requireClinicalAccess(id, DRAFT);
        Optional<StoredDraft> stored = intakes.draft(id);
        IntakeAnswers answers = withBirthDate(stored.map(StoredDraft::answers).orElse(IntakeAnswers.empty()),
                client);
        return new IntakeDraft(id, answers, stored.map(StoredDraft::savedAt).orElse(null),
                answers.validateForSubmit(today()), latestNumber(id));
    }

    /**
     * Saves the answers as the client's draft, whatever they hold (a draft is never lost); answers with the
     * problems that still stand in the way of submitting. The client themself or the owner.
     */
    @Transactional
    public IntakeDraft saveDraft(ClientId id, IntakeAnswers answers) {
        ClientSummary client = clients.requireClinicalAccess(id, DRAFT);
        CurrentUser writer = Accounts.require(Role.CLIENT, Role.OWNER);
        IntakeAnswers saved = withBirthDate(answers == null ? IntakeAnswers.empty() : answers, client);
        Instant now = clock.instant();
        intakes.saveDraft(id, saved, now, writer.accountId());
        if (writer.isStaff()) {
            audit.record(writer, AuditAction.UPDATE, DRAFT, id.toString(), AuditOutcome.SUCCESS, null);
        }
        return new IntakeDraft(id, saved, now, saved.validateForSubmit(today()), latestNumber(id));
    }

    /**
     * Submits the answers as the client's next intake version and screens them (clinical-reference §5). The answers
     * also become the draft, so that a later update starts from them. The client themself or the owner.
     *
     * @throws org.stillpoint.intake.domain.IncompleteIntake (400) naming every answer that is missing or wrong;
     *                                                       nothing is stored then
     */
    @Transactional
    public IntakeVersion submit(ClientId id, IntakeAnswers answers) {
        ClientSummary client = clients.requireClinicalAccess(id, INTAKE);
        CurrentUser writer = Accounts.require(Role.CLIENT, Role.OWNER);
        IntakeAnswers submitted = withBirthDate(answers == null ? IntakeAnswers.empty() : answers, client)
                .requireSubmittable(today());
        ScreeningResult result = screening.screen(submitted);
        Instant now = clock.instant();
        intakes.saveDraft(id, submitted, now, writer.accountId());
        IntakeVersion version = intakes.append(id, submitted, result, now, writer);
        audit.record(writer, AuditAction.CREATE, INTAKE, id.toString(), AuditOutcome.SUCCESS,
                "version " + version.number() + ", " + result.tier());
        if (result.tier() == ScreeningTier.EMERGENCY) {
            tellStaffOfEmergency(id);
        }
        return version;
    }

    /** The latest submitted intake, if any. */
    @Transactional
    public Optional<IntakeVersion> latest(ClientId id) {
        clients.requireClinicalAccess(id, INTAKE);
        return intakes.latest(id);
    }

    /** The intake history, newest first. */
    @Transactional
    public List<IntakeVersionSummary> versions(ClientId id) {
        clients.requireClinicalAccess(id, INTAKE);
        return intakes.versions(id);
    }

    /** One submitted version; 404 if the client has no such version. */
    @Transactional
    public IntakeVersion version(ClientId id, int number) {
        clients.requireClinicalAccess(id, INTAKE);
        return intakes.version(id, number).orElseThrow(() -> new NotFound(INTAKE));
    }

    // --- clearances ---

    /**
     * Records a licensed clinician's clearance, against the latest intake (see the class comment). The owner or
     * the front desk.
     *
     * @throws InvalidInput (400) naming every field that is missing or wrong
     */
    @Transactional
    public Clearance recordClearance(ClientId id, NewClearance request) {
        clients.requireContactAccess(id, CLEARANCE);
        CurrentUser staff = Accounts.require(Role.OWNER, Role.FRONT_DESK);
        LocalDate today = today();
        NewClearance checked = ClearanceRules.check(request, today);
        IntakeVersion latest = intakes.latest(id).orElse(null);
        Clearance clearance = new Clearance(ClearanceId.random(), id, checked.clinicianName(),
                checked.clinicianProfession(), checked.clearedOn(), checked.scope(), checked.expiresOn(),
                checked.documentReference(), latest == null ? null : latest.number(), staff.displayName(),
                clock.instant());
        clearances.insert(TreatmentClearancePolicy.recordedAgainst(clearance, latest, holding(latest, today)),
                staff.accountId());
        audit.record(staff, AuditAction.CREATE, CLEARANCE, id.toString(), AuditOutcome.SUCCESS,
                checked.scope().name());
        return clearance;
    }

    /**
     * Who the client is, whether they may be treated and every clearance recorded for them: the clearance page of
     * the owner, the front desk and the client themself. One audited read.
     */
    @Transactional
    public ClearanceOverview clearanceOverview(ClientId id) {
        ClientSummary client = clients.requireContactAccess(id, CLEARANCE);
        List<RecordedClearance> recorded = clearances.forClient(id);
        LocalDate today = today();
        IntakeVersion latest = intakes.latest(id).orElse(null);
        TreatmentClearance treatment = treatmentPolicy.evaluate(id, latest, holding(latest, today), recorded,
                today);
        return new ClearanceOverview(client, treatment.toStatus(),
                recorded.stream().map(RecordedClearance::clearance).toList());
    }

    /** Every clearance recorded for the client, the most recent first. */
    @Transactional
    public List<Clearance> clearances(ClientId id) {
        clients.requireContactAccess(id, CLEARANCE);
        return clearances.forClient(id).stream().map(RecordedClearance::clearance).toList();
    }

    // --- may the client be treated? ---

    /**
     * May the client be treated today, and with what limits: the tier, the reasons treatment is blocked, the
     * clearance in force and its scope, and the contraindication flags that hold today. For the treatment module and
     * the people who may see the client's clinical records.
     */
    @Transactional
    public TreatmentClearance treatmentClearance(ClientId id) {
        clients.requireClinicalAccess(id, TREATMENT_CLEARANCE);
        return evaluate(id, intakes.latest(id).orElse(null), today());
    }

    /**
     * Whether the client may be treated today, and the clearance in force, without the reasons: for booking and
     * for the front desk, who may see the clearance status but never the answers (DESIGN §1).
     */
    @Transactional
    public ClearanceStatus clearanceStatus(ClientId id) {
        clients.requireContactAccess(id, TREATMENT_CLEARANCE);
        return evaluate(id, intakes.latest(id).orElse(null), today()).toStatus();
    }

    /**
     * The client's contraindication flags that hold today (clinical-reference §6), derived from the latest intake;
     * empty before the first one. Whether a clearance lifts one is in {@link #treatmentClearance}.
     */
    @Transactional
    public List<ContraindicationFlag> contraindications(ClientId id) {
        clients.requireClinicalAccess(id, INTAKE);
        return holding(intakes.latest(id).orElse(null), today());
    }

    /**
     * The clients whose latest screening is URGENT or EMERGENCY and whom no clearance in force lets be treated, the
     * most recent first: the front desk's list of who to call. The owner or the front desk.
     */
    @Transactional
    public List<ClientAwaitingClearance> awaitingClearance() {
        Accounts.require(Role.OWNER, Role.FRONT_DESK);
        LocalDate today = today();
        Map<ClientId, TreatmentStatus> blocked = new LinkedHashMap<>();
        Map<ClientId, IntakeVersion> versions = new LinkedHashMap<>();
        for (LatestTier candidate : intakes.latestWithTier(EnumSet.of(ScreeningTier.URGENT,
                ScreeningTier.EMERGENCY))) {
            IntakeVersion latest = intakes.version(candidate.client(), candidate.number()).orElseThrow();
            TreatmentStatus status = evaluate(candidate.client(), latest, today).status();
            if (!status.allowsTreatment()) {
                blocked.put(candidate.client(), status);
                versions.put(candidate.client(), latest);
            }
        }
        Map<ClientId, ClientSummary> names = clients.summaries(blocked.keySet()).stream()
                .collect(Collectors.toMap(ClientSummary::id, Function.identity()));
        return blocked.entrySet().stream().filter(e -> names.containsKey(e.getKey()))
                .map(e -> new ClientAwaitingClearance(names.get(e.getKey()), e.getValue(),
                        versions.get(e.getKey()).number(), versions.get(e.getKey()).submittedAt()))
                .toList();
    }

    // --- disability scores ---

    /**
     * Records a MIDAS form copied from the one the client filled in. A partial form is kept but not scored
     * (clinical-reference §3.1). The owner or a therapist who cares for the client.
     */
    @Transactional
    public MidasEntry recordMidas(ClientId id, LocalDate administeredOn, MidasForm form) {
        clients.requireClinicalAccess(id, SCORES);
        CurrentUser staff = Accounts.require(Role.OWNER, Role.THERAPIST);
        checkAdministeredOn(administeredOn);
        MidasEntry entry = new MidasEntry(UUID.randomUUID(), id, administeredOn, form,
                form.complete() ? form.score() : null, staff.displayName(), clock.instant());
        scores.insert(entry, staff.accountId());
        audit.record(staff, AuditAction.CREATE, SCORES, id.toString(), AuditOutcome.SUCCESS,
                entry.scored() ? "MIDAS " + entry.score().total() : "MIDAS partial");
        return entry;
    }

    /**
     * Records a HIT-6 total administered outside Stillpoint (36–78, clinical-reference §3.2). The owner or a
     * therapist who cares for the client.
     */
    @Transactional
    public Hit6Entry recordHit6(ClientId id, LocalDate administeredOn, int total) {
        clients.requireClinicalAccess(id, SCORES);
        CurrentUser staff = Accounts.require(Role.OWNER, Role.THERAPIST);
        checkAdministeredOn(administeredOn);
        Hit6Total checked = new Hit6Total(total);
        Hit6Entry entry = new Hit6Entry(UUID.randomUUID(), id, administeredOn, checked.value(), checked.impact(),
                staff.displayName(), clock.instant());
        scores.insert(entry, staff.accountId());
        audit.record(staff, AuditAction.CREATE, SCORES, id.toString(), AuditOutcome.SUCCESS, "HIT-6 " + total);
        return entry;
    }

    /** The client's MIDAS and HIT-6 entries, newest first. */
    @Transactional
    public DisabilityScores scores(ClientId id) {
        clients.requireClinicalAccess(id, SCORES);
        return new DisabilityScores(scores.midas(id), scores.hit6(id));
    }

    // --- the diary's vocabulary ---

    /** The names of the intake's known triggers (STRESS, POOR_SLEEP, …), which the diary records attacks with. */
    public List<String> triggerVocabulary() {
        return Arrays.stream(Trigger.values()).map(Enum::name).toList();
    }

    /** The names of the intake's pain areas (SUBOCCIPITALS, TEMPORALIS_LEFT, …), which the diary records with. */
    public List<String> painAreaVocabulary() {
        return Arrays.stream(PainArea.values()).map(Enum::name).toList();
    }

    /**
     * Whether the client's latest intake lists migraine (with or without aura) among the headaches they recognise in
     * themselves: for the diary's ICHD-3 1.5 counting rule (clinical-reference §2.1). It checks no caller and writes
     * no audit row: it is for a module that has checked the caller's access to the client and recorded its own read,
     * and it answers one yes or no, never the intake.
     */
    @Transactional(readOnly = true)
    public boolean recognisesMigraine(ClientId id) {
        return intakes.latest(id).map(IntakeVersion::answers).map(IntakeAnswers::headache)
                .map(history -> history.types().stream().anyMatch(type -> type != null
                        && (type.kind() == HeadacheKind.MIGRAINE
                        || type.kind() == HeadacheKind.MIGRAINE_WITH_AURA)))
                .orElse(false);
    }

    /**
     * What the latest intake says about the client's usual headaches (see {@link UsualHeadaches}): for the people who
     * may read the client's clinical records; one audited read.
     */
    @Transactional
    public UsualHeadaches usualHeadaches(ClientId id) {
        clients.requireClinicalAccess(id, INTAKE);
        return intakes.latest(id).map(IntakeVersion::answers).map(Intake::usualHeadachesOf)
                .orElse(UsualHeadaches.none());
    }

    private static UsualHeadaches usualHeadachesOf(IntakeAnswers answers) {
        org.stillpoint.intake.domain.HeadacheHistory history = answers.headache();
        org.stillpoint.intake.domain.UsualFeatures features = history == null ? null : history.usualFeatures();
        Set<String> kinds = history == null ? Set.of() : history.types().stream()
                .filter(type -> type != null && type.kind() != null).map(type -> type.kind().name())
                .collect(Collectors.toSet());
        List<UsualHeadaches.Aura> aura = history == null ? List.of() : history.aura().stream()
                .filter(symptom -> symptom != null && symptom.type() != null)
                .map(symptom -> new UsualHeadaches.Aura(symptom.type().name(), symptom.positive(),
                        symptom.usualMinutes()))
                .toList();
        List<UsualHeadaches.AcuteMedicine> medicines = answers.medicines().stream()
                .filter(m -> m != null && m.use() == org.stillpoint.intake.domain.MedicineUse.ACUTE)
                .map(m -> new UsualHeadaches.AcuteMedicine(m.name(), m.drugClass() == null ? null
                        : m.drugClass().name(), m.daysPerMonth()))
                .toList();
        PlanningProfile profile = profileOf(answers);
        return new UsualHeadaches(true, kinds, history == null ? null : history.headacheDaysPerMonth(),
                history == null || history.usualDuration() == null ? null : history.usualDuration().name(),
                features == null || features.side() == null ? null : features.side().name(),
                features == null || features.quality() == null ? null : features.quality().name(), aura, medicines,
                profile.triggers(), profile.painAreas());
    }

    // --- the pre-session check ---

    /** The red-flag questions in the order the intake asks them, for the pre-session check to ask again. */
    public List<CheckQuestion> checkQuestions() {
        return Arrays.stream(RedFlagQuestion.values())
                .map(q -> new CheckQuestion(q.name(), q.messageKey(), q.messageArguments(screening.settings()),
                        q.followUpOf() == null ? null : q.followUpOf().name()))
                .toList();
    }

    /**
     * The client's latest red-flag answers with today's answers laid over them, screened again (clinical-reference
     * §5, §6.5: evaluate again at the pre-session check). The intake itself is not changed; nobody is told here (see
     * {@link #reportEmergency}). 400 naming an unknown question; 422 before the first intake.
     *
     * @param todays yes or no per question name; questions left out keep the intake's answer
     */
    @Transactional
    public ScreeningResult screenAgain(ClientId id, Map<String, Boolean> todays) {
        clients.requireClinicalAccess(id, INTAKE);
        IntakeVersion latest = intakes.latest(id)
                .orElseThrow(() -> new RuleViolation("intake-missing", "intake.check.intake-missing"));
        RedFlagAnswers answers = latest.answers().redFlags() == null ? RedFlagAnswers.allNo()
                : latest.answers().redFlags();
        List<FieldMessage> unknown = new ArrayList<>();
        for (Map.Entry<String, Boolean> answer : todays.entrySet()) {
            RedFlagQuestion question = question(answer.getKey());
            if (question == null) {
                unknown.add(new FieldMessage("redFlags." + answer.getKey(), "intake.check.unknown-question",
                        List.of()));
            } else if (answer.getValue() != null) {
                answers = answers.with(question, answer.getValue());
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInput("invalid-check", "problem.validation", unknown);
        }
        return screening.screen(latest.answers().withRedFlags(answers));
    }

    /**
     * Tells the owner and the front desk that the client was advised to seek emergency care now, as a submitted
     * intake does (the mail names no client and no answer). For a screening done again elsewhere, such as the
     * pre-session check; the caller tells once per emergency, not once per answer.
     */
    @Transactional
    public void reportEmergency(ClientId id) {
        clients.requireClinicalAccess(id, INTAKE);
        tellStaffOfEmergency(id);
    }

    /** What a session plan is built from (see {@link PlanningProfile}); one audited read. */
    @Transactional
    public PlanningProfile planningProfile(ClientId id) {
        clients.requireClinicalAccess(id, INTAKE);
        return intakes.latest(id).map(IntakeVersion::answers).map(Intake::profileOf).orElse(PlanningProfile.none());
    }

    private static PlanningProfile profileOf(IntakeAnswers answers) {
        Set<String> areas = answers.painAreas().stream().map(Enum::name).collect(Collectors.toSet());
        Set<String> triggers = answers.triggers() == null ? Set.of()
                : answers.triggers().known().stream().map(Enum::name).collect(Collectors.toSet());
        MassageExperience experience = answers.massageExperience();
        return new PlanningProfile(true, areas, triggers, experience == null ? null : experience.whatHelped(),
                experience == null ? null : experience.whatToAvoid());
    }

    private static RedFlagQuestion question(String name) {
        for (RedFlagQuestion question : RedFlagQuestion.values()) {
            if (question.name().equals(name)) {
                return question;
            }
        }
        return null;
    }

    // --- the summary card ---

    /** The intake summary card (see {@link IntakeSummary}); one audited read. */
    @Transactional
    public IntakeSummary summary(ClientId id) {
        ClientSummary client = clients.requireClinicalAccess(id, SUMMARY);
        Optional<IntakeVersion> latest = intakes.latest(id);
        return new IntakeSummary(client, evaluate(id, latest.orElse(null), today()),
                clearances.forClient(id).stream().map(RecordedClearance::clearance).toList(),
                clients.preferences(id), latest, new DisabilityScores(scores.midas(id), scores.hit6(id)));
    }

    /** The signed-in client's own record; 404 for an account that is not a client's. */
    @Transactional(readOnly = true)
    public ClientId me() {
        return clients.mine();
    }

    /** Today in the clinic's time zone: the day clearances, expiries and "in the future" are counted by. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    // --- demo data ---

    /** Demo data: a submitted intake, while the demo installation is being filled (no caller is signed in). */
    IntakeVersion submitForDemo(ClientId id, IntakeAnswers answers, CurrentUser by, Instant at) {
        LocalDate answeredOn = LocalDate.ofInstant(at, zone());
        IntakeAnswers submitted = answers.requireSubmittable(answeredOn);
        intakes.saveDraft(id, submitted, at, by.accountId());
        return intakes.append(id, submitted, screening.screen(submitted), at, by);
    }

    /** Demo data: a clearance recorded against the latest intake. */
    void clearForDemo(ClientId id, NewClearance request, CurrentUser by, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, zone());
        NewClearance checked = ClearanceRules.check(request, day);
        IntakeVersion latest = intakes.latest(id).orElse(null);
        Clearance clearance = new Clearance(ClearanceId.random(), id, checked.clinicianName(),
                checked.clinicianProfession(), checked.clearedOn(), checked.scope(), checked.expiresOn(),
                checked.documentReference(), latest == null ? null : latest.number(), by.displayName(), at);
        clearances.insert(TreatmentClearancePolicy.recordedAgainst(clearance, latest, holding(latest, day)),
                by.accountId());
    }

    /** Demo data: a MIDAS form and a HIT-6 total. */
    void scoresForDemo(ClientId id, LocalDate administeredOn, MidasForm midas, Integer hit6, CurrentUser by,
                       Instant at) {
        if (midas != null) {
            scores.insert(new MidasEntry(UUID.randomUUID(), id, administeredOn, midas,
                    midas.complete() ? midas.score() : null, by.displayName(), at), by.accountId());
        }
        if (hit6 != null) {
            Hit6Total total = new Hit6Total(hit6);
            scores.insert(new Hit6Entry(UUID.randomUUID(), id, administeredOn, total.value(), total.impact(),
                    by.displayName(), at), by.accountId());
        }
    }

    // --- the rules ---

    private TreatmentClearance evaluate(ClientId id, IntakeVersion latest, LocalDate today) {
        return treatmentPolicy.evaluate(id, latest, holding(latest, today), clearances.forClient(id), today);
    }

    /** The contraindications of the version that hold today; answers about the day of the intake only then. */
    private List<ContraindicationFlag> holding(IntakeVersion version, LocalDate today) {
        if (version == null) {
            return List.of();
        }
        LocalDate answeredOn = LocalDate.ofInstant(version.submittedAt(), zone());
        return TreatmentClearancePolicy.holdingOn(
                contraindicationPolicy.derive(version.answers(), version.screening(), today), answeredOn, today);
    }

    private void tellStaffOfEmergency(ClientId id) {
        for (AccountSummary staff : accounts.activeWithRoles(Role.OWNER, Role.FRONT_DESK)) {
            notifications.send(mail.emergency(staff.email(), staff.displayName(), id));
        }
    }

    private void checkAdministeredOn(LocalDate administeredOn) {
        if (administeredOn == null || administeredOn.isAfter(today())) {
            throw new InvalidInput("invalid-score", "intake.scores.invalid", List.of(new FieldMessage(
                    "administeredOn", administeredOn == null ? "field.required" : "field.date.future", List.of())),
                    1);
        }
    }

    private Integer latestNumber(ClientId id) {
        return intakes.latest(id).map(IntakeVersion::number).orElse(null);
    }

    private static IntakeAnswers withBirthDate(IntakeAnswers answers, ClientSummary client) {
        return answers.dateOfBirth() == null ? answers.withDateOfBirth(client.dateOfBirth()) : answers;
    }

    /** The clinic's time zone, in which the intake's days are counted and its times shown. */
    public ZoneId zone() {
        return clinic.profile().zone();
    }
}
