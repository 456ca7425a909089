package org.stillpoint.diary;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clients.ClientSummary;
import org.stillpoint.clients.Clients;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.clinic.SessionKind;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.diary.domain.MedicineClasses;
import org.stillpoint.intake.Intake;
import org.stillpoint.intake.UsualHeadaches;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.DemoDataContributor;
import org.stillpoint.scheduling.AppointmentStatus;
import org.stillpoint.scheduling.AppointmentView;
import org.stillpoint.scheduling.Scheduling;

/**
 * Six months of headache diary for every demo client, drawn from what their intake says of their headaches: migraine
 * attacks of 4 to 30 hours with the features ICHD-3 looks for (an aura for those whose intake knows one),
 * tension-type-like headaches, the acute medicines the intake names and how they worked, triggers from the client's
 * known triggers, self-care, a headache-free check-in on most other days, a few days not recorded (5–10 %), and
 * menstruation days for the clients who record them. Clients who have been coming for sessions record fewer headache
 * days in the weeks after the first one — some more, some hardly at all. The demo client, Claire Bennett, had about 8
 * migraine days per 28 before her weekly sessions began and about 4 in the latest weeks: a change since baseline to
 * discuss, not an effect of treatment (clinical-reference §2.1, §8).
 *
 * <p>A seeded random per client makes every demo alike. Attacks never overlap and none is still going; no day with
 * an attack is checked in headache-free; today is not checked in yet. Each diary is written in three batched
 * statements, as an import would be.
 */
@Component
class DiaryDemoData implements DemoDataContributor {

    static final String DEMO_CLIENT = "client@demo.stillpoint.test";

    /** About six months of diary, today included. */
    static final int DAYS = 183;

    /** The demo client's migraine days per 28 calendar days before her weekly sessions, and in the latest weeks. */
    static final double DEMO_CLIENT_BEFORE = 7.5;
    static final double DEMO_CLIENT_LATEST = 3.7;

    /** The days after the first session over which a client's headache days settle to their later rate. */
    static final int SETTLING_DAYS = 35;

    /** No attack begins sooner than this after the one before it ended. */
    static final Duration BETWEEN_ATTACKS = Duration.ofHours(12);

    /** No more than this many days of any 28 go unrecorded, so that every window has per-28 figures. */
    static final int MOST_GAPS_IN_28 = 4;

    static final long SEED = 20261214L;

    /**
     * The demo's clients have no sex on record: these are the ones who record menstruation days, besides anyone
     * whose intake names the menstrual cycle as a trigger.
     */
    private static final Set<String> RECORD_MENSTRUATION = Set.of("Bennett", "Rao", "Grant", "Tanaka", "Haddad");

    private static final List<String> MIGRAINE_NOTES = List.of("Came on at work after a long meeting.", "Lay down in the dark for most of the afternoon.",
            "Started after a bad night.", "Could not face the screen all day.");
    private static final List<String> OTHER_NOTES = List.of("Tight band around the head by the afternoon.",
            "Neck and shoulders stiff after a day at the screen.", "Dull ache, went away after a walk.");
    private static final String UNLOGGED_HEADACHE = "A mild headache in the afternoon; did not log it.";

    private final Diary diary;
    private final Clients clients;
    private final Intake intake;
    private final Scheduling scheduling;
    private final Clinic clinic;
    private final Accounts accounts;
    private final Clock clock;

    DiaryDemoData(Diary diary, Clients clients, Intake intake, Scheduling scheduling, Clinic clinic,
                  Accounts accounts, Clock clock) {
        this.diary = diary;
        this.clients = clients;
        this.intake = intake;
        this.scheduling = scheduling;
        this.clinic = clinic;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public int order() {
        // After the intakes (400) the patterns come from and the appointments (500) whose first sessions change
        // them; last, after the home-care plans (620) and session notes (640).
        return 660;
    }

    @Override
    public void contribute() {
        accounts.actingAsDemoOwner(this::fill);
    }

    private void fill() {
        Instant now = clock.instant();
        ZoneId zone = clinic.profile().zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Map<ClientId, LocalDate> firstSessions = firstSessions(today, zone);
        Set<String> triggers = Set.copyOf(diary.triggers());
        Set<String> areas = Set.copyOf(diary.areas());
        for (ClientSummary client : clients.demoClients()) {
            // One sequence per client, so that each diary stays the same whoever else is in the demo.
            Random random = new Random(SEED + client.email().hashCode());
            Pattern pattern = Pattern.of(client, intake.usualHeadaches(client.id()),
                    firstSessions.get(client.id()), triggers, areas, random);
            Story story = new Story(pattern, zone, today, now, random);
            story.tell();
            diary.keepForDemo(client.id(), new DiarySettings(zone, false, null, pattern.recordsMenstruation()),
                    story.attacks, story.recordedAt, story.days);
        }
    }

    /** The day of each client's first attended session (consultations are talks, not sessions). */
    private Map<ClientId, LocalDate> firstSessions(LocalDate today, ZoneId zone) {
        Set<SessionTypeId> talks = clinic.sessionTypes().stream().filter(t -> t.kind() == SessionKind.CONSULTATION)
                .map(SessionTypeView::id).collect(Collectors.toSet());
        Map<ClientId, LocalDate> first = new HashMap<>();
        for (AppointmentView appointment : scheduling.appointments(today.minusDays(DAYS), today)) {
            if (appointment.status() == AppointmentStatus.COMPLETED
                    && !talks.contains(appointment.sessionTypeId())) {
                first.merge(appointment.clientId(), appointment.start().atZoneSameInstant(zone).toLocalDate(),
                        (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return first;
    }

    /** A medicine as the client names it, and its class. */
    record Remedy(String product, DrugClass drugClass) {
    }

    /**
     * One client's headaches as the demo tells them: migraine and other headache days per 28 calendar days before
     * the first session and once settled after it, and the details their attacks are drawn from.
     */
    record Pattern(String lastName, boolean migraineur, double migraineBefore, double migraineAfter,
                   double otherBefore, double otherAfter, LocalDate firstSession, double gapRate, Side side,
                   int shortestOther, int longestOther, AuraSymptom aura, double auraShare, Remedy migraineRemedy,
                   double migraineRemedyShare, Remedy otherRemedy, double otherRemedyShare, List<String> triggers,
                   List<String> areas, List<String> anyTrigger, boolean recordsMenstruation, boolean menstrualTrigger,
                   boolean exact) {

        static Pattern of(ClientSummary client, UsualHeadaches usual, LocalDate firstSession, Set<String> vocabulary,
                          Set<String> areaVocabulary, Random random) {
            boolean demoClient = DEMO_CLIENT.equals(client.email());
            boolean migraineur = usual.kinds().contains("MIGRAINE") || usual.kinds().contains("MIGRAINE_WITH_AURA");
            boolean tensionType = usual.kinds().contains("TENSION_TYPE") || usual.kinds().contains("NECK_RELATED");
            double per28 = (usual.headacheDaysPerMonth() == null ? 4 : usual.headacheDaysPerMonth()) * 28 / 30.4;
            List<Remedy> remedies = usual.acuteMedicines().stream().filter(m -> m.name() != null)
                    .map(m -> new Remedy(m.name(), drugClass(m))).filter(r -> r.drugClass() != null).toList();
            Remedy triptan = remedies.stream().filter(r -> r.drugClass().migraineSpecific()).findFirst().orElse(null);
            Remedy painkiller = remedies.stream().filter(r -> !r.drugClass().migraineSpecific()).findFirst()
                    .orElse(null);
            // Painkillers on more days than the headaches the intake counts: the rest are other headache days.
            int medicineDays = usual.acuteMedicines().stream().filter(m -> m.daysPerMonth() != null)
                    .mapToInt(UsualHeadaches.AcuteMedicine::daysPerMonth).max().orElse(0);
            double extra = Math.max(0, medicineDays * 28 / 30.4 - per28);
            double migraine;
            double other;
            if (demoClient) {
                migraine = DEMO_CLIENT_BEFORE;
                other = 1.2;
            } else if (migraineur) {
                migraine = per28 * between(random, 0.75, 1.05);
                other = per28 * between(random, 0.25, 0.5) + extra;
            } else if (tensionType) {
                migraine = 0;
                other = per28 * between(random, 1.2, 1.8) + extra;
            } else {
                migraine = 0;
                other = per28 * between(random, 0.8, 1.2) + extra;
            }
            // Some come for sessions and record fewer headache days after a few weeks, some hardly fewer.
            double change = firstSession == null ? 1 : between(random, 0.55, 1.0);
            double migraineAfter = demoClient ? DEMO_CLIENT_LATEST : migraine * change;
            double otherAfter = other * (demoClient ? 0.8 : change);
            boolean shortOnes = "FROM_30_MINUTES_TO_4_HOURS".equals(usual.duration())
                    || "LESS_THAN_30_MINUTES".equals(usual.duration());
            int shortest = migraineur ? 90 : shortOnes ? 60 : 240;
            int longest = migraineur ? 360 : shortOnes ? 240 : 960;
            UsualHeadaches.Aura known = usual.aura().stream().filter(a -> a.type() != null).findFirst().orElse(null);
            AuraSymptom aura = known == null ? null : new AuraSymptom(AuraType.valueOf(known.type()),
                    known.positive() == null || known.positive(),
                    known.usualMinutes() == null ? 20 : known.usualMinutes(), null);
            Side side = usual.side() == null ? Side.LEFT : Side.valueOf(usual.side());
            List<String> triggers = usual.triggers().stream().filter(vocabulary::contains).sorted().toList();
            List<String> areas = usual.painAreas().stream().filter(areaVocabulary::contains).sorted().toList();
            boolean menstrualTrigger = usual.triggers().contains("MENSTRUAL_CYCLE");
            boolean many = medicineDays >= 10;
            return new Pattern(client.lastName(), migraineur, migraine, migraineAfter, other, otherAfter,
                    firstSession, demoClient ? 0.07 : between(random, 0.05, 0.10), side, shortest, longest, aura,
                    demoClient ? 0.35 : 0.5, triptan != null ? triptan : painkiller,
                    triptan != null ? 0.85 : painkiller != null ? 0.7 : 0, painkiller,
                    painkiller == null ? 0 : many ? 0.9 : 0.45, triggers, areas,
                    vocabulary.stream().filter(t -> !t.equals("MENSTRUAL_CYCLE")).sorted().toList(),
                    menstrualTrigger || RECORD_MENSTRUATION.contains(client.lastName()), menstrualTrigger,
                    demoClient);
        }

        /** Migraine days per 28 calendar days on {@code day}. */
        double migraineRate(LocalDate day) {
            return rate(day, migraineBefore, migraineAfter);
        }

        /** Other headache days per 28 calendar days on {@code day}. */
        double otherRate(LocalDate day) {
            return rate(day, otherBefore, otherAfter);
        }

        private double rate(LocalDate day, double before, double after) {
            if (firstSession == null || day.isBefore(firstSession)) {
                return before;
            }
            long since = java.time.temporal.ChronoUnit.DAYS.between(firstSession, day);
            return since >= SETTLING_DAYS ? after : before + (after - before) * since / SETTLING_DAYS;
        }

        private static DrugClass drugClass(UsualHeadaches.AcuteMedicine medicine) {
            if (medicine.drugClass() != null) {
                for (DrugClass drugClass : DrugClass.values()) {
                    if (drugClass.name().equals(medicine.drugClass())) {
                        return drugClass;
                    }
                }
            }
            return MedicineClasses.suggest(medicine.name()).orElse(null);
        }
    }

    /**
     * One client's six months, day by day: a migraine attack whenever the migraine days due reach a threshold that
     * varies a little each time (so that attacks come irregularly but the rate holds in every 28 days), the same for
     * the other headaches, then the day's check-in.
     */
    static final class Story {

        private final Pattern pattern;
        private final ZoneId zone;
        private final LocalDate today;
        private final Instant now;
        private final Random random;
        private final List<LocalDate> periods = new ArrayList<>();

        final List<AttackEntry> attacks = new ArrayList<>();
        final List<Instant> recordedAt = new ArrayList<>();
        final List<DiaryDay> days = new ArrayList<>();

        private Instant busyUntil;
        private LocalDate lastTouched;
        private final Deque<LocalDate> gaps = new ArrayDeque<>();

        Story(Pattern pattern, ZoneId zone, LocalDate today, Instant now, Random random) {
            this.pattern = pattern;
            this.zone = zone;
            this.today = today;
            this.now = now;
            this.random = random;
        }

        void tell() {
            LocalDate first = today.minusDays(DAYS - 1L);
            periods(first);
            busyUntil = first.atStartOfDay(zone).toInstant().minus(BETWEEN_ATTACKS);
            double migraineDue = random.nextDouble() * 0.6;
            double otherDue = random.nextDouble() * 0.6;
            double migraineAt = threshold();
            double otherAt = threshold();
            for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
                boolean nearPeriod = pattern.menstrualTrigger() && nearPeriod(day);
                migraineDue += pattern.migraineRate(day) / 28 * (pattern.menstrualTrigger() ? 0.7 : 1)
                        + (nearPeriod ? 0.35 : 0);
                otherDue += pattern.otherRate(day) / 28;
                if (pattern.migraineur() && migraineDue >= migraineAt) {
                    int touched = migraine(day, nearPeriod);
                    if (touched > 0) {
                        migraineDue -= touched;
                        migraineAt = threshold();
                    }
                } else if (otherDue >= otherAt) {
                    int touched = other(day);
                    if (touched > 0) {
                        otherDue -= touched;
                        otherAt = threshold();
                    }
                }
                checkIn(day);
            }
        }

        /** The attacks come irregularly: the next one when between half and one and a half days are due. */
        private double threshold() {
            return between(random, 0.5, 1.5);
        }

        // --- attacks ---

        /** A migraine attack beginning on {@code day}, if one fits; answers the calendar days it touches (0: none). */
        private int migraine(LocalDate day, boolean nearPeriod) {
            int roll = random.nextInt(100);
            // On waking, during the day or in the evening.
            int hour = roll < 40 ? 5 + random.nextInt(4) : roll < 75 ? 9 + random.nextInt(6) : 15 + random.nextInt(6);
            ZonedDateTime start = startOn(day, hour);
            if (start == null) {
                return 0;
            }
            boolean treated = random.nextDouble() < pattern.migraineRemedyShare();
            Remedy remedy = pattern.migraineRemedy();
            MedicineEffect effect = treated ? effect(remedy.drugClass().migraineSpecific() ? 40 : 25,
                    remedy.drugClass().migraineSpecific() ? 85 : 70) : null;
            int hours = effect == MedicineEffect.PAIN_FREE ? 4 + random.nextInt(4)
                    : effect == MedicineEffect.PARTIAL ? 8 + random.nextInt(12)
                    : 12 + random.nextInt(19);
            ZonedDateTime end = end(start, Math.min(30 * 60, hours * 60 + random.nextInt(12) * 5), 4 * 60);
            if (end == null) {
                return 0;
            }
            boolean aura = pattern.aura() != null && random.nextDouble() < pattern.auraShare();
            List<MedicineTaken> medicines = new ArrayList<>();
            if (treated) {
                // With an aura the medicine waits for the headache; otherwise it comes within the first hour or two.
                ZonedDateTime taken = start.plusMinutes(aura ? 5 : 10 + 5L * random.nextInt(20));
                medicines.add(new MedicineTaken(remedy.product(), remedy.drugClass(), taken.toInstant(), effect));
                if (effect != MedicineEffect.PAIN_FREE && Duration.between(start, end).toHours() >= 14
                        && random.nextBoolean()) {
                    ZonedDateTime again = start.plusHours(8 + random.nextInt(5));
                    medicines.add(new MedicineTaken(remedy.product(), remedy.drugClass(), again.toInstant(),
                            random.nextBoolean() ? MedicineEffect.PAIN_FREE : MedicineEffect.PARTIAL));
                }
            }
            int pain = (pattern.exact() ? 6 : 5) + random.nextInt(4);
            Nausea nausea = pick(Nausea.NONE, 15, Nausea.MILD, 50, Nausea.MODERATE, 85, Nausea.SEVERE);
            boolean vomiting = nausea == Nausea.SEVERE ? random.nextBoolean()
                    : nausea == Nausea.MODERATE && random.nextInt(10) == 0;
            boolean photophobia = random.nextInt(10) != 0;
            boolean phonophobia = random.nextInt(4) != 0;
            if (nausea == Nausea.NONE) {
                // ICHD-3 1.1 D: without nausea, light and sound both.
                photophobia = true;
                phonophobia = true;
            }
            Side side = random.nextInt(10) < 7 ? pattern.side() : random.nextBoolean() ? Side.SWITCHING : Side.BOTH;
            // ICHD-3 1.1 C: moderate or severe pain, and mostly pulsating and worse with activity.
            PainQuality quality = random.nextInt(100) < 85 ? PainQuality.PULSATING : PainQuality.PRESSING;
            boolean worse = random.nextInt(100) < 80;
            List<AuraSymptom> auras = aura ? List.of(new AuraSymptom(pattern.aura().type(), pattern.aura().positive(),
                    Math.max(5, pattern.aura().minutes() - 8 + random.nextInt(19)),
                    random.nextBoolean() ? Side.LEFT : Side.RIGHT)) : List.of();
            boolean fellAsleep = end.getHour() >= 5 && end.getHour() <= 9 && !end.toLocalDate().equals(day)
                    && random.nextInt(10) < 6;
            List<SelfCare> selfCare = selfCare(day, List.of(SelfCare.DARK_ROOM, SelfCare.COLD_PACK, SelfCare.SLEEP,
                    SelfCare.WATER), fellAsleep);
            String notes = aura && random.nextInt(3) == 0 ? auraNote(pattern.aura().type())
                    : random.nextInt(100) >= 12 ? null : hour < 9 ? "Woke up with it."
                    : MIGRAINE_NOTES.get(random.nextInt(MIGRAINE_NOTES.size()));
            AttackEntry entry = new AttackEntry(start.toInstant(), end.toInstant(), fellAsleep, pain, null, side,
                    areas(side), quality, worse, nausea, vomiting, photophobia, phonophobia, auras, medicines,
                    triggers(nearPeriod, false), List.of(), selfCare, stopped(day, pain), notes);
            return keep(complete(entry), start, end);
        }

        /** A tension-type-like headache beginning on {@code day}, if one fits (ICHD-3 2.x: pressing, not worse). */
        private int other(LocalDate day) {
            ZonedDateTime start = startOn(day, 10 + random.nextInt(8));
            if (start == null) {
                return 0;
            }
            int minutes = pattern.shortestOther() + 5 * random.nextInt(
                    (pattern.longestOther() - pattern.shortestOther()) / 5 + 1);
            ZonedDateTime end = end(start, minutes, 60);
            if (end == null) {
                return 0;
            }
            List<MedicineTaken> medicines = new ArrayList<>();
            if (pattern.otherRemedy() != null && random.nextDouble() < pattern.otherRemedyShare()) {
                ZonedDateTime taken = start.plusMinutes(30 + 15L * random.nextInt(6));
                ZonedDateTime before = end.minusMinutes(10);
                medicines.add(new MedicineTaken(pattern.otherRemedy().product(), pattern.otherRemedy().drugClass(),
                        (taken.isBefore(before) ? taken : before).toInstant(), effect(35, 85)));
            }
            // A one-sided usual pain (a neck-related headache, say) stays on its side; otherwise both sides.
            Side side = pattern.migraineur() || pattern.side() == Side.SWITCHING ? Side.BOTH : pattern.side();
            int pain = 2 + random.nextInt(4);
            boolean light = random.nextInt(7) == 0;
            boolean sound = !light && random.nextInt(7) == 0;
            AttackEntry entry = new AttackEntry(start.toInstant(), end.toInstant(), false, pain, null, side,
                    areas(Side.BOTH), PainQuality.PRESSING, false, Nausea.NONE, false, light, sound, List.of(),
                    medicines, triggers(false, true), List.of(), selfCare(day, List.of(SelfCare.HEAT,
                    SelfCare.SELF_MASSAGE, SelfCare.NECK_STRETCHES, SelfCare.WATER), false), List.of(),
                    random.nextInt(100) < 8 ? OTHER_NOTES.get(random.nextInt(OTHER_NOTES.size())) : null);
            return keep(complete(entry), start, end);
        }

        /** The start at about {@code hour} on {@code day}, late enough after the attack before; null if none fits. */
        private ZonedDateTime startOn(LocalDate day, int hour) {
            ZonedDateTime start = day.atTime(hour, 5 * random.nextInt(12)).atZone(zone);
            Instant earliest = busyUntil.plus(BETWEEN_ATTACKS);
            if (start.toInstant().isBefore(earliest)) {
                start = earliest.atZone(zone).plusMinutes(5 * random.nextInt(12));
            }
            return start.toLocalDate().equals(day) && start.getHour() < 22 ? start : null;
        }

        /** The end {@code minutes} after the start, unless that is not over by now (less the shortest: none). */
        private ZonedDateTime end(ZonedDateTime start, int minutes, int shortest) {
            Instant latest = now.minus(Duration.ofHours(1));
            ZonedDateTime end = start.plusMinutes(minutes);
            if (end.toInstant().isAfter(latest)) {
                end = latest.atZone(zone);
            }
            return Duration.between(start, end).toMinutes() >= shortest ? end : null;
        }

        /** Some of the other clients' quick entries were never completed. */
        private AttackEntry complete(AttackEntry entry) {
            if (pattern.exact() || random.nextInt(25) != 0) {
                return entry;
            }
            return new AttackEntry(entry.start(), entry.end(), null, entry.peakPain(), null, null, List.of(), null,
                    null, null, null, null, null, List.of(), entry.medicines(), List.of(), List.of(), List.of(),
                    List.of(), null);
        }

        private int keep(AttackEntry entry, ZonedDateTime start, ZonedDateTime end) {
            attacks.add(entry);
            Instant written = end.toInstant().plus(Duration.ofMinutes(30 + 15L * random.nextInt(40)));
            recordedAt.add(written.isBefore(now) ? written : now.minusSeconds(60));
            busyUntil = end.toInstant();
            LocalDate last = LocalDate.ofInstant(end.toInstant().minusNanos(1), zone);
            lastTouched = last;
            return (int) java.time.temporal.ChronoUnit.DAYS.between(start.toLocalDate(), last) + 1;
        }

        private MedicineEffect effect(int painFree, int partial) {
            int roll = random.nextInt(100);
            return roll < painFree ? MedicineEffect.PAIN_FREE : roll < partial ? MedicineEffect.PARTIAL
                    : MedicineEffect.NONE;
        }

        private Nausea pick(Nausea a, int upToA, Nausea b, int upToB, Nausea c, int upToC, Nausea d) {
            int roll = random.nextInt(100);
            return roll < upToA ? a : roll < upToB ? b : roll < upToC ? c : d;
        }

        private List<String> areas(Side side) {
            List<String> known = pattern.areas();
            if (known.isEmpty()) {
                return side == Side.LEFT ? List.of("TEMPORALIS_LEFT") : side == Side.RIGHT
                        ? List.of("TEMPORALIS_RIGHT") : List.of("SUBOCCIPITALS");
            }
            return some(known, 1 + random.nextInt(Math.min(3, known.size())));
        }

        /** Up to two of the client's known triggers, now and then another one; the cycle only near a period. */
        private List<String> triggers(boolean nearPeriod, boolean tension) {
            List<String> known = pattern.triggers().stream().filter(t -> !t.equals("MENSTRUAL_CYCLE")).toList();
            if (known.isEmpty()) {
                known = tension ? List.of("STRESS", "SCREENS", "NECK_TENSION")
                        : List.of("STRESS", "POOR_SLEEP", "SKIPPED_MEAL", "WEATHER");
            }
            int roll = random.nextInt(100);
            Set<String> chosen = new LinkedHashSet<>(some(known, roll < 30 ? 0 : roll < 75 ? 1 : 2));
            if (random.nextInt(100) < 8) {
                chosen.add(pattern.anyTrigger().get(random.nextInt(pattern.anyTrigger().size())));
            }
            if (nearPeriod) {
                chosen.add("MENSTRUAL_CYCLE");
            }
            return List.copyOf(chosen);
        }

        /** One to three usual measures; after the first session, often an exercise of the home-care plan too. */
        private List<SelfCare> selfCare(LocalDate day, List<SelfCare> usual, boolean slept) {
            Set<SelfCare> chosen = new LinkedHashSet<>(some(usual, 1 + random.nextInt(3)));
            if (slept) {
                chosen.add(SelfCare.SLEEP);
            }
            if (pattern.firstSession() != null && !day.isBefore(pattern.firstSession()) && random.nextBoolean()) {
                List<SelfCare> exercises = List.of(SelfCare.SKULL_BASE_PRESSURE, SelfCare.TEMPLE_MASSAGE,
                        SelfCare.DEEP_BREATHING, SelfCare.NECK_STRETCHES);
                chosen.add(exercises.get(random.nextInt(exercises.size())));
            }
            return List.copyOf(chosen);
        }

        private List<Disruption> stopped(LocalDate day, int pain) {
            if (pain < 7) {
                return List.of();
            }
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            return weekend ? List.of(random.nextBoolean() ? Disruption.SOCIAL : Disruption.HOUSEHOLD)
                    : List.of(Disruption.WORK_OR_SCHOOL);
        }

        private static String auraNote(AuraType type) {
            return type == AuraType.VISUAL ? "Zigzag lines at the edge of my sight first, then the headache."
                    : type == AuraType.SENSORY ? "Pins and needles in one hand first, then the headache."
                    : "The aura first, then the headache.";
        }

        // --- check-ins ---

        /**
         * A day with an attack is mostly checked in as a headache day; a day without one is left out now and then,
         * and otherwise checked in headache-free (a mild headache not logged as an attack now and then). Today is
         * not checked in yet.
         */
        private void checkIn(LocalDate day) {
            while (!gaps.isEmpty() && gaps.peekFirst().isBefore(day.minusDays(27))) {
                gaps.removeFirst();
            }
            boolean attack = lastTouched != null && !lastTouched.isBefore(day) && touchedToday(day);
            Boolean menstruation = pattern.recordsMenstruation() ? period(day) : null;
            if (day.equals(today)) {
                if (!attack) {
                    gaps.addLast(day);
                }
                return;
            }
            if (attack) {
                if (random.nextInt(100) < 85) {
                    days.add(new DiaryDay(day, DayStatus.HEADACHE, menstruation, null, evening(day)));
                }
                return;
            }
            boolean away = !gaps.isEmpty() && gaps.peekLast().equals(day.minusDays(1)) && random.nextInt(3) == 0;
            if ((away || random.nextDouble() < pattern.gapRate()) && gaps.size() < MOST_GAPS_IN_28) {
                gaps.addLast(day);
                return;
            }
            if (random.nextInt(100) < (pattern.migraineur() ? 2 : 4)) {
                days.add(new DiaryDay(day, DayStatus.HEADACHE, menstruation,
                        random.nextBoolean() ? UNLOGGED_HEADACHE : null, evening(day)));
            } else {
                days.add(new DiaryDay(day, DayStatus.HEADACHE_FREE, menstruation, null, evening(day)));
            }
        }

        /** Whether the latest attack touches {@code day} (attacks never overlap, so the latest is the only one). */
        private boolean touchedToday(LocalDate day) {
            AttackEntry latest = attacks.get(attacks.size() - 1);
            return !LocalDate.ofInstant(latest.start(), zone).isAfter(day);
        }

        /** The evening of the day, or the next morning now and then. */
        private Instant evening(LocalDate day) {
            LocalDateTime at = random.nextInt(10) < 7 ? day.atTime(20, 30).plusMinutes(5L * random.nextInt(24))
                    : day.plusDays(1).atTime(7, 30).plusMinutes(5L * random.nextInt(18));
            Instant instant = at.atZone(zone).toInstant();
            return instant.isBefore(now) ? instant : now.minusSeconds(60);
        }

        // --- the cycle ---

        /** The first days of the client's periods, every 26 to 32 days. */
        private void periods(LocalDate first) {
            if (!pattern.recordsMenstruation()) {
                return;
            }
            int cycle = 27 + random.nextInt(4);
            for (LocalDate start = first.minusDays(random.nextInt(cycle)); !start.isAfter(today);
                 start = start.plusDays(cycle - 1L + random.nextInt(3))) {
                periods.add(start);
            }
        }

        private boolean period(LocalDate day) {
            return periods.stream().anyMatch(s -> !day.isBefore(s) && day.isBefore(s.plusDays(5)));
        }

        /** Two days either side of a period's first day: when a menstrually related migraine comes. */
        private boolean nearPeriod(LocalDate day) {
            return periods.stream().anyMatch(s -> !day.isBefore(s.minusDays(2)) && !day.isAfter(s.plusDays(2)));
        }

        private <T> List<T> some(List<T> from, int count) {
            List<T> pool = new ArrayList<>(from);
            List<T> chosen = new ArrayList<>();
            while (chosen.size() < count && !pool.isEmpty()) {
                chosen.add(pool.remove(random.nextInt(pool.size())));
            }
            return chosen;
        }
    }

    private static double between(Random random, double low, double high) {
        return low + random.nextDouble() * (high - low);
    }
}
