package org.stillpoint.diary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clients.ClientSummary;
import org.stillpoint.clients.Clients;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.diary.domain.AttackRules;
import org.stillpoint.diary.domain.ChartPeriods;
import org.stillpoint.diary.domain.ChartPeriods.Period;
import org.stillpoint.diary.domain.DayCounting;
import org.stillpoint.diary.domain.DayCountingRules;
import org.stillpoint.diary.domain.DayRules;
import org.stillpoint.diary.domain.DiaryStore;
import org.stillpoint.diary.domain.DiaryStore.StoredAttack;
import org.stillpoint.diary.domain.MedicineClasses;
import org.stillpoint.intake.Intake;
import org.stillpoint.platform.Conflict;
import org.stillpoint.platform.FieldProblems;
import org.stillpoint.platform.NotFound;
import org.stillpoint.scheduling.AppointmentStatus;
import org.stillpoint.scheduling.Scheduling;
import org.stillpoint.treatment.HomeCare;
import org.stillpoint.treatment.HomeCareItem;

/**
 * The client's headache diary: attacks, daily check-ins and the figures of clinical-reference §2.1.
 *
 * <p>Who may do what (DESIGN §1). Only the client writes their own diary: staff who may see the client get 403 on a
 * write, anyone else 404. The client reads their diary; the owner reads it; a therapist who cares for the client reads
 * it only while the client shares it with their therapists. Anyone else gets 404, exactly as for a client that does
 * not exist, and every read by staff is audited.
 *
 * <p>Days are the client's own calendar days in the time zone of their {@link DiarySettings} (the clinic's until they
 * choose another). A day with neither a check-in nor an attack is a gap and is never counted as headache-free.
 */
@Service
public class Diary {

    static final String DIARY = "diary";
    static final String ATTACK = "diary-attack";

    /** The longest window one summary or listing answers: three years and a month. */
    public static final int MAX_WINDOW_DAYS = 3 * 366 + 31;
    /** The days of a window when none is asked for. */
    public static final int DEFAULT_WINDOW_DAYS = 28;

    private final DiaryStore store;
    private final DayCounting counting;
    private final Clients clients;
    private final Clinic clinic;
    private final Intake intake;
    private final HomeCare homeCare;
    private final Scheduling scheduling;
    private final Clock clock;

    Diary(DiaryStore store, DayCounting counting, Clients clients, Clinic clinic, Intake intake, HomeCare homeCare,
          Scheduling scheduling, Clock clock) {
        this.store = store;
        this.counting = counting;
        this.clients = clients;
        this.clinic = clinic;
        this.intake = intake;
        this.homeCare = homeCare;
        this.scheduling = scheduling;
        this.clock = clock;
    }

    // --- attacks ---

    /**
     * Records an attack in the client's own diary.
     *
     * @throws org.stillpoint.platform.InvalidInput (400) naming every wrong field: a start or end in the future, an end
     *                                              before the start, pain outside 0–10, an unknown area or trigger, a
     *                                              medicine without a class, …
     * @throws Conflict (409) when it overlaps another attack in the diary; nothing is saved
     */
    @Transactional
    public Attack recordAttack(ClientId id, AttackEntry entry) {
        clients.requireOwnRecord(id, DIARY);
        Instant now = clock.instant();
        AttackEntry checked = check(entry, now);
        DiarySettings settings = open(id, now);
        refuseOverlap(id, checked, null, settings.zone());
        AttackId attack = AttackId.random();
        store.insertAttack(id, attack, checked, AttackRules.missing(checked).isEmpty(), now);
        markHeadacheDays(id, checked, settings.zone(), now);
        return view(store.attack(id, attack).orElseThrow());
    }

    /**
     * Replaces an attack with {@code entry}, keeping the earlier version (see {@link #revisions}).
     *
     * @param version the version the change was made from; null to change whatever is there now
     * @throws Conflict (409) when the attack changed since {@code version}, or the change overlaps another attack
     */
    @Transactional
    public Attack changeAttack(ClientId id, AttackId attack, AttackEntry entry, Integer version) {
        clients.requireOwnRecord(id, DIARY);
        Instant now = clock.instant();
        DiarySettings settings = open(id, now);
        StoredAttack current = stored(id, attack);
        if (version != null && version != current.version()) {
            throw new Conflict("attack-changed", "diary.attack.changed", current.version());
        }
        AttackEntry checked = check(entry, now);
        refuseOverlap(id, checked, attack, settings.zone());
        store.replaceAttack(id, current, checked, AttackRules.missing(checked).isEmpty(), now);
        markHeadacheDays(id, checked, settings.zone(), now);
        return view(store.attack(id, attack).orElseThrow());
    }

    /** Takes an attack out of the diary; its versions are kept, and it counts for nothing from now on. */
    @Transactional
    public void deleteAttack(ClientId id, AttackId attack) {
        clients.requireOwnRecord(id, DIARY);
        open(id, clock.instant());
        store.deleteAttack(id, stored(id, attack), clock.instant());
    }

    /** One attack; 404 when it is not in this client's diary. */
    @Transactional
    public Attack attack(ClientId id, AttackId attack) {
        clients.requireDiaryAccess(id, ATTACK);
        return view(stored(id, attack));
    }

    /**
     * The attacks that touch the days {@code from}–{@code to} (both included), the latest first.
     *
     * @param from the first day; null for the {@value #DEFAULT_WINDOW_DAYS} days ending {@code to}
     * @param to   the last day; null for today
     */
    @Transactional
    public List<Attack> attacks(ClientId id, LocalDate from, LocalDate to) {
        clients.requireDiaryAccess(id, DIARY);
        ZoneId zone = settingsOf(id).zone();
        Window window = window(from, to, LocalDate.ofInstant(clock.instant(), zone));
        return store.attacks(id, window.from().atStartOfDay(zone).toInstant(),
                        window.to().plusDays(1).atStartOfDay(zone).toInstant())
                .stream().map(this::view)
                .sorted(Comparator.comparing((Attack a) -> a.entry().start()).reversed())
                .toList();
    }

    /** Every attack in the diary, by start (for an export). */
    @Transactional
    public List<Attack> allAttacks(ClientId id) {
        clients.requireDiaryAccess(id, DIARY);
        return store.allAttacks(id).stream().map(this::view).toList();
    }

    /** The earlier versions of an attack, oldest first. */
    @Transactional
    public List<AttackRevision> revisions(ClientId id, AttackId attack) {
        clients.requireDiaryAccess(id, ATTACK);
        stored(id, attack);
        return store.revisions(attack);
    }

    // --- days ---

    /**
     * Records the client's check-in for a day of their own calendar; a second check-in for the day replaces the first.
     *
     * @throws org.stillpoint.platform.InvalidInput (400) when the status or day is missing, the day is in the future
     *                                              or too long ago, or the note too long
     * @throws Conflict (409) for "headache-free" on a day with an attack in the diary
     */
    @Transactional
    public DiaryDay checkIn(ClientId id, LocalDate day, DayCheckIn checkIn) {
        clients.requireOwnRecord(id, DIARY);
        Instant now = clock.instant();
        DiarySettings settings = open(id, now);
        DayCheckIn given = checkIn == null ? new DayCheckIn(null, null, null) : checkIn;
        DayRules.check(day, given.status(), given.note(), LocalDate.ofInstant(now, settings.zone()))
                .throwIfAny("invalid-diary-day", "diary.day.invalid");
        if (given.status() == DayStatus.HEADACHE_FREE && touchedByAttack(id, day, settings.zone(), now)) {
            throw new Conflict("day-has-attack", "diary.day.has-attack");
        }
        DiaryDay recorded = new DiaryDay(day, given.status(), given.menstruation(),
                FieldProblems.blankToNull(given.note()), now);
        store.putDay(id, recorded);
        return recorded;
    }

    /** Takes back the check-in of a day (the day becomes a gap again unless an attack touches it). */
    @Transactional
    public void clearDay(ClientId id, LocalDate day) {
        clients.requireOwnRecord(id, DIARY);
        open(id, clock.instant());
        if (day == null || !store.deleteDay(id, day)) {
            throw new NotFound("diary-day");
        }
    }

    /** The check-ins of the days {@code from}–{@code to} (both included), by day. */
    @Transactional
    public List<DiaryDay> checkIns(ClientId id, LocalDate from, LocalDate to) {
        clients.requireDiaryAccess(id, DIARY);
        checkWindow(from, to);
        return store.days(id, from, to);
    }

    // --- figures ---

    /**
     * The figures of clinical-reference §2.1 for the days {@code from}–{@code to} (both included; a window reaching
     * past today ends today). Per-28-day figures only when enough of the days are recorded.
     *
     * @throws org.stillpoint.platform.InvalidInput (400) when a day is missing, {@code to} is before {@code from},
     *                                              {@code from} is in the future or the window is too long
     */
    @Transactional
    public DiaryFigures summary(ClientId id, LocalDate from, LocalDate to) {
        clients.requireDiaryAccess(id, DIARY);
        Counted counted = count(id, settingsOf(id).zone(), from, to);
        return counting.figures(counted.days(), counted.from(), counted.to());
    }

    /** What each day of {@code from}–{@code to} counts as (a window reaching past today ends today), by day. */
    @Transactional
    public List<DayFacts> days(ClientId id, LocalDate from, LocalDate to) {
        clients.requireDiaryAccess(id, DIARY);
        return List.copyOf(count(id, settingsOf(id).zone(), from, to).days().values());
    }

    /**
     * One calendar month of the diary for the month view: each day's facts up to today, the figures of those days,
     * and the client's sessions at the clinic in the month (one read of the diary, audited for staff).
     *
     * @param month the month to show; null for today's
     * @throws org.stillpoint.platform.InvalidInput (400) naming {@code month} when it is after today's month, or
     *                                              further back than the diary keeps
     */
    @Transactional
    public DiaryMonth month(ClientId id, YearMonth month) {
        ClientSummary client = clients.requireDiaryAccess(id, DIARY);
        ZoneId zone = settingsOf(id).zone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        YearMonth current = YearMonth.from(today);
        YearMonth earliest = YearMonth.from(today.minusDays(AttackRules.OLDEST.toDays()));
        YearMonth shown = month == null ? current : month;
        if (shown.isAfter(current) || shown.isBefore(earliest)) {
            new FieldProblems().add("month", "diary.month.out-of-range", earliest.toString(), current.toString())
                    .throwIfAny("invalid-month", "diary.window.invalid");
        }
        LocalDate first = shown.atDay(1);
        Counted counted = count(id, zone, first, shown.atEndOfMonth());
        return new DiaryMonth(client, shown, today, List.copyOf(counted.days().values()),
                counting.figures(counted.days(), counted.from(), counted.to()),
                sessions(id, zone, first, shown.atEndOfMonth()), shown.isAfter(earliest), shown.isBefore(current));
    }

    /**
     * What the diary's charts show for the last {@code months} months up to today (see {@link DiaryCharts}), in one
     * read of the diary, audited for staff.
     *
     * @throws org.stillpoint.platform.InvalidInput (400) naming {@code months} unless it is 1–
     *                                              {@value ChartPeriods#MAX_MONTHS}
     */
    @Transactional
    public DiaryCharts charts(ClientId id, Integer months) {
        ClientSummary client = clients.requireDiaryAccess(id, DIARY);
        new FieldProblems().range("months", months, 1, ChartPeriods.MAX_MONTHS)
                .throwIfAny("invalid-window", "diary.window.invalid");
        ZoneId zone = settingsOf(id).zone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<Period> blocks = ChartPeriods.blocks(today, months);
        List<Period> calendarMonths = ChartPeriods.calendarMonths(today, months);
        LocalDate from = blocks.get(0).from().isBefore(calendarMonths.get(0).from()) ? blocks.get(0).from()
                : calendarMonths.get(0).from();
        NavigableMap<LocalDate, DayFacts> days = count(id, zone, from, today).days();
        return new DiaryCharts(client, months, from, today,
                blocks.stream().map(p -> counting.figures(days, p.from(), p.to())).toList(),
                calendarMonths.stream().map(p -> counting.figures(days, p.from(), p.to())).toList(),
                days.values().stream().filter(day -> day.peakPain() != null).toList(),
                sessions(id, zone, from, today));
    }

    /** The day-counting rules in force, to be shown with the figures. */
    public DayCountingRules rules() {
        return counting.rules();
    }

    // --- settings and vocabulary ---

    /** The client's diary settings (the clinic's time zone and no reminder before they choose). */
    @Transactional
    public DiarySettings settings(ClientId id) {
        clients.requireDiaryAccess(id, DIARY);
        return settingsOf(id);
    }

    /** The client changes their own diary settings. */
    @Transactional
    public DiarySettings changeSettings(ClientId id, DiarySettings settings) {
        clients.requireOwnRecord(id, DIARY);
        Instant now = clock.instant();
        open(id, now);
        store.updateSettings(id, settings, now);
        return settings;
    }

    /** Today in the client's own time zone. */
    @Transactional
    public LocalDate today(ClientId id) {
        clients.requireDiaryAccess(id, DIARY);
        return LocalDate.ofInstant(clock.instant(), settingsOf(id).zone());
    }

    /** The intake's trigger names an attack may carry. */
    public List<String> triggers() {
        return intake.triggerVocabulary();
    }

    /** The intake's pain areas an attack may be recorded in. */
    public List<String> areas() {
        return intake.painAreaVocabulary();
    }

    /**
     * Every self-care measure, for the client's own attack form: the ones their home-care plan asks for first (in
     * the plan's order), then the rest.
     */
    @Transactional
    public List<SelfCare> selfCareChoices(ClientId id) {
        clients.requireOwnRecord(id, DIARY);
        Set<SelfCare> choices = new LinkedHashSet<>();
        homeCare.plan(id).items().stream().map(HomeCareItem::template).map(SelfCare::ofHomeCareTemplate)
                .flatMap(Optional::stream).forEach(choices::add);
        choices.addAll(List.of(SelfCare.values()));
        return List.copyOf(choices);
    }

    /** The class Stillpoint suggests for a medicine the client names (a pharmacist must curate the table [U]). */
    public Optional<DrugClass> suggestDrugClass(String product) {
        return MedicineClasses.suggest(product);
    }

    /** The signed-in client's own record; 404 for an account that is not a client's. */
    @Transactional(readOnly = true)
    public ClientId me() {
        return clients.mine();
    }

    // --- demo data ---

    /**
     * Demo data: the client's diary settings, attacks and check-ins, written in a few batches while the demo
     * installation is being filled. The attacks are checked as the API checks them, each recorded at its moment; that
     * they do not overlap, and that no day with an attack is checked in headache-free, is the caller's to ensure.
     */
    void keepForDemo(ClientId id, DiarySettings settings, List<AttackEntry> attacks, List<Instant> recordedAt,
                     List<DiaryDay> days) {
        Instant now = clock.instant();
        Set<String> areas = Set.copyOf(areas());
        Set<String> triggers = Set.copyOf(triggers());
        List<AttackEntry> checked = attacks.stream().map(a -> AttackRules.check(a, now, areas, triggers)).toList();
        store.createSettings(id, settings, now);
        store.insertAttacks(id, checked, checked.stream().map(a -> AttackRules.missing(a).isEmpty()).toList(),
                recordedAt);
        store.insertDays(id, days);
    }

    // --- the rules ---

    private AttackEntry check(AttackEntry entry, Instant now) {
        AttackEntry given = entry == null ? AttackEntry.quick(null, null, null) : entry;
        return AttackRules.check(given, now, Set.copyOf(areas()), Set.copyOf(triggers()));
    }

    private void refuseOverlap(ClientId id, AttackEntry entry, AttackId except, ZoneId zone) {
        store.overlapping(id, entry.start(), entry.end(), except).ifPresent(other -> {
            throw new Conflict("attack-overlaps", "diary.attack.overlaps",
                    LocalDateTime.ofInstant(other, zone).truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' '));
        });
    }

    private boolean touchedByAttack(ClientId id, LocalDate day, ZoneId zone, Instant now) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return store.attacks(id, from, to).stream().anyMatch(a -> a.entry().start().isBefore(to)
                && !a.entry().start().isAfter(now));
    }

    /** A headache-free check-in on a day the attack touches becomes a headache day: the attack is the later word. */
    private void markHeadacheDays(ClientId id, AttackEntry entry, ZoneId zone, Instant now) {
        store.markHeadache(id, DayRules.firstDay(entry, zone), DayRules.lastDay(entry, zone, now));
    }

    /** The facts of each day of the window, the days being the client's in {@code zone} (their settings' zone). */
    private Counted count(ClientId id, ZoneId zone, LocalDate from, LocalDate to) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Window window = window(from, to, today);
        LocalDate first = window.from();
        LocalDate last = window.to();
        if (first.isAfter(today)) {
            new FieldProblems().add("from", "diary.day.future").throwIfAny("invalid-window", "diary.window.invalid");
        }
        LocalDate end = last.isAfter(today) ? today : last;
        Instant windowStart = first.atStartOfDay(zone).toInstant();
        // A medicine may be taken a little before its attack began, so attacks starting just after the window count.
        Instant windowEnd = end.plusDays(1).atStartOfDay(zone).toInstant().plus(java.time.Duration.ofHours(6));
        List<AttackEntry> attacks = store.attacks(id, windowStart, windowEnd).stream().map(StoredAttack::entry)
                .toList();
        NavigableMap<LocalDate, DayFacts> days = counting.days(first, end, zone, store.days(id, first, end), attacks,
                now, intake.recognisesMigraine(id));
        return new Counted(first, end, days);
    }

    /**
     * The client's sessions at the clinic, booked or attended, on the days {@code from}–{@code to} of the client's
     * calendar (the clinic's days are asked for one day wider: the two zones may differ).
     */
    private List<DiarySession> sessions(ClientId id, ZoneId zone, LocalDate from, LocalDate to) {
        Map<SessionTypeId, String> names = clinic.sessionTypes().stream()
                .collect(Collectors.toMap(SessionTypeView::id, SessionTypeView::name, (a, b) -> a));
        return scheduling.appointmentsOf(id, from.minusDays(1), to.plusDays(1)).stream()
                .filter(a -> a.status() == AppointmentStatus.BOOKED || a.status() == AppointmentStatus.COMPLETED)
                .map(a -> {
                    ZonedDateTime start = a.start().atZoneSameInstant(zone);
                    return new DiarySession(start.toLocalDate(), start.toOffsetDateTime(),
                            names.get(a.sessionTypeId()), a.status() == AppointmentStatus.COMPLETED);
                })
                .filter(session -> !session.day().isBefore(from) && !session.day().isAfter(to))
                .toList();
    }

    /**
     * The days asked for, {@code to} today and {@code from} the 28 days ending {@code to} unless given; checked. With
     * no first day, a last day further back than the diary keeps is refused before any day is counted back from it.
     */
    private static Window window(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate last = to != null ? to : today;
        if (from == null && last.isBefore(today.minusDays(AttackRules.OLDEST.toDays()))) {
            new FieldProblems().add("to", "diary.attack.too-old").throwIfAny("invalid-window", "diary.window.invalid");
        }
        LocalDate first = from != null ? from : last.minusDays(DEFAULT_WINDOW_DAYS - 1L);
        checkWindow(first, last);
        return new Window(first, last);
    }

    private static void checkWindow(LocalDate from, LocalDate to) {
        FieldProblems problems = new FieldProblems().required("from", from).required("to", to);
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                problems.add("to", "diary.window.backwards");
            } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_WINDOW_DAYS) {
                problems.add("to", "diary.window.too-long", MAX_WINDOW_DAYS);
            }
        }
        problems.throwIfAny("invalid-window", "diary.window.invalid");
    }

    private StoredAttack stored(ClientId id, AttackId attack) {
        if (attack == null) {
            throw new NotFound(ATTACK);
        }
        return store.attack(id, attack).orElseThrow(() -> new NotFound(ATTACK));
    }

    private Attack view(StoredAttack stored) {
        return new Attack(stored.id(), stored.version(), stored.entry(), counting.intensity(stored.entry()),
                AttackRules.missing(stored.entry()), stored.recordedAt(), stored.updatedAt());
    }

    /** The client's settings, made (and locked) on their first write, so that writes to one diary take turns. */
    DiarySettings open(ClientId id, Instant now) {
        store.createSettings(id, defaults(), now);
        store.lock(id);
        return store.settings(id).orElseThrow();
    }

    DiarySettings settingsOf(ClientId id) {
        return store.settings(id).orElseGet(this::defaults);
    }

    private DiarySettings defaults() {
        return new DiarySettings(clinic.profile().zone(), false, DiarySettings.DEFAULT_REMINDER, false);
    }

    private record Window(LocalDate from, LocalDate to) {
    }

    private record Counted(LocalDate from, LocalDate to, NavigableMap<LocalDate, DayFacts> days) {
    }
}
