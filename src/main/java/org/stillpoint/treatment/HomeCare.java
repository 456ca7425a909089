package org.stillpoint.treatment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clients.ClientSummary;
import org.stillpoint.clients.Clients;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.AuditAction;
import org.stillpoint.platform.AuditLog;
import org.stillpoint.platform.AuditOutcome;
import org.stillpoint.platform.Conflict;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.InvalidInput.FieldMessage;
import org.stillpoint.platform.Role;
import org.stillpoint.platform.RuleViolation;
import org.stillpoint.treatment.homecare.HomeCareStore;
import org.stillpoint.treatment.homecare.HomeCareStore.PlanHead;
import org.stillpoint.treatment.homecare.HomeCareRules;
import org.stillpoint.treatment.homecare.TickWindow;

/**
 * Home-care plans: what the client does between sessions, built from {@link #templates()} by the therapist after a
 * session, and the client's ticks of what they did each day.
 *
 * <p>Who may do what (DESIGN §1). Every call checks the caller against the client through
 * {@link Clients#requireClinicalAccess}: a plan is a clinical record, so a caller who may not see the client's
 * clinical records (another client, the front desk, a therapist who does not care for the client) gets 404, exactly
 * as for a client that does not exist, and every read by staff is audited.
 * <ul>
 *   <li>The owner and a therapist who cares for the client change the plan; the client reads it (403 on a change).
 *   <li>Only the client ticks, for themself (403 for staff).
 * </ul>
 *
 * <p>Days are counted in the clinic's zone. A change is made from the version it was read at; a change from an
 * older version is refused (409) and nothing is saved. The wording of the templates never claims that home care
 * treats, cures or prevents migraine (clinical-reference §8.4).
 */
@Service
public class HomeCare {

    static final String PLAN = "home-care-plan";
    static final String ADHERENCE = "home-care-adherence";

    /** The longest stretch of days one history answers. */
    public static final int HISTORY_MAX_DAYS = 92;

    private final HomeCareStore store;
    private final Clients clients;
    private final Clinic clinic;
    private final AuditLog audit;
    private final Clock clock;

    HomeCare(HomeCareStore store, Clients clients, Clinic clinic, AuditLog audit, Clock clock) {
        this.store = store;
        this.clients = clients;
        this.clinic = clinic;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every template with its defaults, in the order the therapist is offered them. Anyone signed in. */
    @Transactional(readOnly = true)
    public List<HomeCareTemplate> templates() {
        return List.copyOf(store.templates().values());
    }

    /** The client's plan (version 0 and no items before the first change); one audited read for staff. */
    @Transactional
    public HomeCarePlan plan(ClientId id) {
        clients.requireClinicalAccess(id, PLAN);
        return load(id);
    }

    /**
     * Replaces the client's plan with {@code change}, made from the version it names. The owner or a therapist who
     * cares for the client; the change is audited.
     *
     * @throws InvalidInput (400) naming every wrong field: an unknown template or one twice, a frequency, count,
     *                      minutes or glasses out of range, heat during an attack, an item id not in the plan
     * @throws Conflict     (409) when the plan changed since {@code change.version()}
     */
    @Transactional
    public HomeCarePlan replacePlan(ClientId id, HomeCarePlanChange change) {
        clients.requireClinicalAccess(id, PLAN);
        CurrentUser writer = Accounts.require(Role.OWNER, Role.THERAPIST);
        Map<String, HomeCareTemplate> templates = store.templates();
        HomeCarePlanChange checked = HomeCareRules.check(change == null ? new HomeCarePlanChange(null, null, null)
                : change, templates);
        Instant now = clock.instant();
        boolean created = checked.version() == 0;
        if (created) {
            create(id, checked.note(), writer.accountId(), writer.displayName(), now);
        } else if (!store.advance(id, checked.version(), checked.note(), writer.accountId(), writer.displayName(),
                now)) {
            throw stale();
        }
        // The plan row is locked from here on: the items read now are those of the version the change was made from.
        writeItems(id, checked.items(), templates, store.items(id), today(), now);
        audit.record(writer, created ? AuditAction.CREATE : AuditAction.UPDATE, PLAN, id.toString(),
                AuditOutcome.SUCCESS, checked.items().size() + " items");
        return load(id);
    }

    /**
     * The client records that they did (or did not do) an item of their plan on a day. Only the client themself;
     * a tick recorded again replaces the earlier one.
     *
     * @throws InvalidInput  (400) when the day or the item is missing
     * @throws RuleViolation (422) naming {@code itemId} when the item is not in the plan, or {@code day} when the day
     *                       is in the future, too long ago ({@link TickWindow}) or before the item was added
     */
    @Transactional
    public HomeCareTick recordAdherence(ClientId id, LocalDate day, HomeCareItemId item, boolean done) {
        Accounts.require(Role.CLIENT);
        clients.requireClinicalAccess(id, ADHERENCE);
        List<FieldMessage> missing = new ArrayList<>();
        if (day == null) {
            missing.add(new FieldMessage("day", "field.required", List.of()));
        }
        if (item == null) {
            missing.add(new FieldMessage("itemId", "field.required", List.of()));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput("invalid-home-care-tick", "problem.validation", missing);
        }
        if (!store.lock(id)) {
            throw notInPlan();
        }
        HomeCareItem planned = store.item(id, item).orElseThrow(HomeCare::notInPlan);
        LocalDate today = today();
        TickWindow.refusal(day, today, planned.addedOn()).ifPresent(refusal -> {
            throw switch (refusal) {
                case FUTURE -> new RuleViolation("home-care-day-refused", "day", "home-care.tick.future");
                case TOO_LONG_AGO -> new RuleViolation("home-care-day-refused", "day", "home-care.tick.too-long-ago",
                        TickWindow.DAYS_BACK);
                case BEFORE_ITEM -> new RuleViolation("home-care-day-refused", "day", "home-care.tick.before-item",
                        planned.addedOn());
            };
        });
        HomeCareTick tick = new HomeCareTick(item, day, done, clock.instant());
        store.tick(id, tick);
        return tick;
    }

    /**
     * The client's ticks from {@code from} to {@code to} (both included) for the items of their plan; one audited
     * read for staff.
     *
     * @throws InvalidInput (400) when a day is missing, {@code to} is before {@code from}, or the stretch is longer
     *                      than {@link #HISTORY_MAX_DAYS}
     */
    @Transactional
    public HomeCareHistory adherence(ClientId id, LocalDate from, LocalDate to) {
        clients.requireClinicalAccess(id, ADHERENCE);
        checkStretch(from, to);
        return history(id, store.items(id), from, to);
    }

    /**
     * The plan and the ticks of the last {@code days} days up to today, for a page: one audited read for staff.
     */
    @Transactional
    public HomeCareOverview overview(ClientId id, int days) {
        ClientSummary client = clients.requireClinicalAccess(id, PLAN);
        LocalDate today = today();
        LocalDate from = today.minusDays(Math.min(Math.max(days, 1), HISTORY_MAX_DAYS) - 1L);
        HomeCarePlan plan = load(id);
        return new HomeCareOverview(client, today, plan, history(id, plan.items(), from, today));
    }

    /** The signed-in client's own record; 404 for an account that is not a client's. */
    @Transactional(readOnly = true)
    public ClientId me() {
        return clients.mine();
    }

    /** Today in the clinic's time zone: the day the client ticks for. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    // --- demo data ---

    /**
     * Demo data: a plan whose items were all added on {@code since}, while the demo installation is being filled;
     * answers its items.
     */
    List<HomeCareItem> planForDemo(ClientId id, List<HomeCarePlanChange.Item> items, AccountId by, String byName,
                                   LocalDate since, Instant at) {
        Map<String, HomeCareTemplate> templates = store.templates();
        HomeCarePlanChange checked = HomeCareRules.check(new HomeCarePlanChange(0L, null, items), templates);
        store.create(id, null, by, byName, at);
        writeItems(id, checked.items(), templates, List.of(), since, at);
        return store.items(id);
    }

    /** Demo data: the ticks of a new plan, without any check, in one batch. */
    void ticksForDemo(ClientId id, List<HomeCareTick> ticks) {
        store.insertTicks(id, ticks);
    }

    // --- the rules ---

    private void create(ClientId id, String note, AccountId by, String byName, Instant now) {
        if (store.head(id).isPresent()) {
            throw stale();
        }
        try {
            store.create(id, note, by, byName, now);
        } catch (DuplicateKeyException madeMeanwhile) {
            throw stale();
        }
    }

    /**
     * Writes the items of the change over those of the plan: changes the ones it names by id, adds the ones without,
     * removes the ones it leaves out.
     */
    private void writeItems(ClientId id, List<HomeCarePlanChange.Item> items, Map<String, HomeCareTemplate> templates,
                            List<HomeCareItem> current, LocalDate addedOn, Instant now) {
        Map<HomeCareItemId, HomeCareItem> byId = current.stream()
                .collect(Collectors.toMap(HomeCareItem::id, Function.identity()));
        List<FieldMessage> wrong = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            HomeCarePlanChange.Item item = items.get(i);
            HomeCareItem existing = item.id() == null ? null : byId.get(item.id());
            if (item.id() != null && existing == null) {
                wrong.add(new FieldMessage("items[" + i + "].id", "home-care.item.unknown", List.of()));
            } else if (existing != null && !existing.template().equals(item.template())) {
                wrong.add(new FieldMessage("items[" + i + "].template", "home-care.item.template-changed",
                        List.of()));
            }
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInput("invalid-home-care-plan", "home-care.plan.invalid", wrong);
        }
        Set<HomeCareItemId> kept = items.stream().map(HomeCarePlanChange.Item::id).filter(byId::containsKey)
                .collect(Collectors.toSet());
        current.stream().filter(item -> !kept.contains(item.id()))
                .forEach(item -> store.removeItem(id, item.id(), now));
        for (int i = 0; i < items.size(); i++) {
            HomeCarePlanChange.Item item = items.get(i);
            HomeCareTemplate template = templates.get(item.template());
            if (item.id() == null) {
                store.insertItem(id, HomeCareItemId.random(), item, template, i, addedOn);
            } else {
                store.updateItem(id, item.id(), item, template, i);
            }
        }
    }

    private HomeCarePlan load(ClientId id) {
        PlanHead head = store.head(id).orElse(null);
        if (head == null) {
            return new HomeCarePlan(id, 0, null, List.of(), null, null);
        }
        return new HomeCarePlan(id, head.version(), head.note(), store.items(id),
                head.updatedAt().atZone(zone()).toOffsetDateTime(), head.updatedBy());
    }

    private HomeCareHistory history(ClientId id, List<HomeCareItem> items, LocalDate from, LocalDate to) {
        return new HomeCareHistory(from, to, items, store.done(id, from, to));
    }

    private static void checkStretch(LocalDate from, LocalDate to) {
        List<FieldMessage> wrong = new ArrayList<>();
        if (from == null) {
            wrong.add(new FieldMessage("from", "field.required", List.of()));
        }
        if (to == null) {
            wrong.add(new FieldMessage("to", "field.required", List.of()));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                wrong.add(new FieldMessage("to", "home-care.history.to-before-from", List.of()));
            } else if (ChronoUnit.DAYS.between(from, to) >= HISTORY_MAX_DAYS) {
                wrong.add(new FieldMessage("to", "home-care.history.too-long", List.of(HISTORY_MAX_DAYS)));
            }
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInput("invalid-home-care-history", "problem.validation", wrong);
        }
    }

    private ZoneId zone() {
        return clinic.profile().zone();
    }

    private static Conflict stale() {
        return new Conflict("stale-edit", "problem.stale-edit");
    }

    private static RuleViolation notInPlan() {
        return new RuleViolation("home-care-item-unknown", "itemId", "home-care.tick.not-in-plan");
    }
}
