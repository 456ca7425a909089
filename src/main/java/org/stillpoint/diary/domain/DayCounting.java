package org.stillpoint.diary.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import org.stillpoint.diary.AttackEntry;
import org.stillpoint.diary.AuraSymptom;
import org.stillpoint.diary.DayFacts;
import org.stillpoint.diary.DayStatus;
import org.stillpoint.diary.DiaryDay;
import org.stillpoint.diary.DiaryFigures;
import org.stillpoint.diary.DrugClass;
import org.stillpoint.diary.Intensity;
import org.stillpoint.diary.MedicineEffect;
import org.stillpoint.diary.MedicineTaken;
import org.stillpoint.diary.Nausea;
import org.stillpoint.diary.PainQuality;
import org.stillpoint.diary.Side;

/**
 * The day-counting rules of clinical-reference §2.1: which calendar days of the client's diary are recorded, headache
 * days, migraine days and acute-medication days, and the per-28-day figures. Days are the client's own calendar days
 * in their time zone, so that an attack across midnight counts on each day it touches, right across DST changes
 * (§2.1 edge cases, §1.8).
 *
 * <pre>
 * recorded(d)     = a check-in for d, or an attack or a medicine on d
 * headacheDay(d)  = a check-in "headache" on d, OR an attack on d lasting ≥ headacheMinMinutes (or still going), OR an
 *                   acute medicine taken on d                                      (§2.1)
 * migraineDay(d)  = an attack on d lasting ≥ migraineMinMinutes with ≥2 of 4 pain features and (nausea/vomiting or
 *                   photophobia + phonophobia)                                      (§2.1, ICHD-3 1.1 C, D)
 *                OR an aura of auraMin–auraMax minutes (the attack's first day)     (§2.1, ICHD-3 1.2 C3)
 *                OR a migraine-specific drug taken on d (any use, or only a successful one: triptanRule)
 *                OR a probable-migraine attack on d in a client who recognises migraine (ICHD-3 1.5 counting rule)
 * Every migraine day is also a headache day.
 * per28(count)    = count / recordedDays × 28, only when recordedDays / days ≥ minCoverage
 * </pre>
 * A feature the client has not (yet) given counts as absent: an incomplete entry is never made a migraine day by
 * guesswork.
 */
public final class DayCounting {

    private static final BigDecimal TWENTY_EIGHT = BigDecimal.valueOf(28);

    private final DayCountingRules rules;

    public DayCounting(DayCountingRules rules) {
        this.rules = rules;
    }

    public DayCountingRules rules() {
        return rules;
    }

    /** The client's category, or the band of their 0–10 score (§1.0), or null when they gave neither. */
    public Intensity intensity(AttackEntry attack) {
        if (attack.intensity() != null) {
            return attack.intensity();
        }
        Integer pain = attack.peakPain();
        if (pain == null) {
            return null;
        }
        if (pain == 0) {
            return Intensity.NONE;
        }
        return pain <= rules.mildUpTo() ? Intensity.MILD : pain <= rules.moderateUpTo() ? Intensity.MODERATE
                : Intensity.SEVERE;
    }

    /** How the attack counts, as of {@code now} for one still going. */
    public AttackPattern classify(AttackEntry attack, Instant now, boolean recognisesMigraine) {
        Instant end = effectiveEnd(attack, now);
        long minutes = Duration.between(attack.start(), end).toMinutes();
        Intensity intensity = intensity(attack);
        // An attack still going has lasted at least until now and is not over: it counts as a headache from the
        // moment it is logged, so that "Migraine now" never shows today as headache-free [U: product decision].
        boolean headacheLongEnough = minutes >= rules.headacheMinMinutes();
        boolean headache = headacheLongEnough || attack.end() == null;
        boolean migraineLongEnough = minutes >= rules.migraineMinMinutes();
        // ICHD-3 1.1 C: at least 2 of 4 — unilateral (side-switching allowed), pulsating, moderate or severe,
        // worsened by routine activity.
        int painFeatures = count(attack.side() != null && attack.side().unilateral(),
                attack.quality() == PainQuality.PULSATING,
                intensity != null && intensity.moderateOrSevere(),
                Boolean.TRUE.equals(attack.worseWithActivity()));
        boolean c = painFeatures >= 2;
        // ICHD-3 1.1 D: nausea and/or vomiting, or photophobia AND phonophobia (one of the two is not enough).
        boolean d = (attack.nausea() != null && attack.nausea() != Nausea.NONE)
                || Boolean.TRUE.equals(attack.vomiting())
                || (Boolean.TRUE.equals(attack.photophobia()) && Boolean.TRUE.equals(attack.phonophobia()));
        boolean byFeatures = migraineLongEnough && c && d;
        int missed = count(!migraineLongEnough, !c, !d);
        // ICHD-3 1.5 counting rule and the 1.6 hierarchy: a probable migraine counts as migraine in someone who
        // recognises migraine, unless it meets tension-type headache (a definite diagnosis beats a probable one).
        boolean probable = !byFeatures && missed == 1 && headacheLongEnough && rules.probableMigraineCounts()
                && recognisesMigraine && !tensionTypeLike(attack, intensity, minutes);
        boolean aura = attack.aura().stream().anyMatch(this::qualifyingAura);
        return new AttackPattern(minutes, intensity, headache, byFeatures, probable, aura);
    }

    /**
     * The facts of every day from {@code from} to {@code to} (both included).
     *
     * @param checkIns the client's check-ins (any days; those outside the window are ignored)
     * @param attacks  the client's attacks (any; those not touching the window are ignored)
     */
    public NavigableMap<LocalDate, DayFacts> days(LocalDate from, LocalDate to, ZoneId zone, List<DiaryDay> checkIns,
                                                  List<AttackEntry> attacks, Instant now, boolean recognisesMigraine) {
        TreeMap<LocalDate, Tally> tally = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            tally.put(day, new Tally());
        }
        for (DiaryDay checkIn : checkIns) {
            Tally t = tally.get(checkIn.day());
            if (t != null) {
                t.recorded = true;
                t.headache |= checkIn.status() == DayStatus.HEADACHE;
                t.menstruation = checkIn.menstruation();
            }
        }
        for (AttackEntry attack : attacks) {
            count(attack, zone, now, recognisesMigraine, tally);
        }
        TreeMap<LocalDate, DayFacts> facts = new TreeMap<>();
        tally.forEach((day, t) -> facts.put(day, t.facts(day)));
        return facts;
    }

    /** The figures of the days from {@code from} to {@code to} (both included) of {@code days}. */
    public DiaryFigures figures(NavigableMap<LocalDate, DayFacts> days, LocalDate from, LocalDate to) {
        int total = 0;
        int recorded = 0;
        int headache = 0;
        int migraine = 0;
        int medication = 0;
        Map<DrugClass, Integer> byClass = new EnumMap<>(DrugClass.class);
        for (DayFacts day : days.subMap(from, true, to, true).values()) {
            total++;
            if (!day.recorded()) {
                continue;
            }
            recorded++;
            headache += day.headache() ? 1 : 0;
            migraine += day.migraine() ? 1 : 0;
            medication += day.acuteMedication() ? 1 : 0;
            // ICHD-3 8.2 / clinical-reference §1.7: count days with any intake of the class, not doses.
            day.medicines().forEach(drugClass -> byClass.merge(drugClass, 1, Integer::sum));
        }
        BigDecimal coverage = total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(recorded).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
        // §2.1: computeOnlyIf recordedDays / daysInWindow >= MIN_COMPLIANCE; compared exactly, not on the rounded share.
        boolean sufficient = total > 0 && recorded > 0 && (double) recorded / total >= rules.minCoverage() - 1e-12;
        return new DiaryFigures(from, to, total, recorded, coverage,
                BigDecimal.valueOf(rules.minCoverage()).setScale(2, RoundingMode.HALF_UP), sufficient, headache,
                migraine, medication, byClass, per28(headache, recorded, sufficient),
                per28(migraine, recorded, sufficient), per28(medication, recorded, sufficient));
    }

    private void count(AttackEntry attack, ZoneId zone, Instant now, boolean recognisesMigraine,
                       NavigableMap<LocalDate, Tally> tally) {
        AttackPattern pattern = classify(attack, now, recognisesMigraine);
        LocalDate first = LocalDate.ofInstant(attack.start(), zone);
        LocalDate last = lastDay(attack, zone, now);
        if (!first.isAfter(tally.lastKey()) && !last.isBefore(tally.firstKey())) {
            LocalDate from = first.isBefore(tally.firstKey()) ? tally.firstKey() : first;
            LocalDate to = last.isAfter(tally.lastKey()) ? tally.lastKey() : last;
            for (Tally t : tally.subMap(from, true, to, true).values()) {
                t.recorded = true;
                t.headache |= pattern.headache();
                t.migraine |= pattern.migraine();
                t.pain(attack.peakPain(), pattern.intensity());
            }
        }
        if (pattern.aura()) {
            // An aura comes before or with the headache: it counts on the attack's first day.
            Tally t = tally.get(first);
            if (t != null) {
                t.recorded = true;
                t.migraine = true;
            }
        }
        for (MedicineTaken medicine : attack.medicines()) {
            if (medicine == null || medicine.drugClass() == null) {
                continue;
            }
            Tally t = tally.get(LocalDate.ofInstant(medicine.takenAt() != null ? medicine.takenAt() : attack.start(),
                    zone));
            if (t == null) {
                continue;
            }
            t.recorded = true;
            t.headache = true;
            t.medicines.add(medicine.drugClass());
            if (medicine.drugClass().migraineSpecific() && (rules.triptanRule() == DayCountingRules.TriptanRule.ANY_USE
                    || medicine.effect() == MedicineEffect.PAIN_FREE)) {
                // "Successful": pain down to mild or none at 2 h [S]. PARTIAL does not say whether it came down to
                // mild, so only PAIN_FREE counts as successful [U].
                t.migraine = true;
            }
        }
    }

    /** The end of the attack for counting: its end, or now while it is still going. */
    static Instant effectiveEnd(AttackEntry attack, Instant now) {
        Instant end = attack.end() != null ? attack.end() : now;
        return end.isBefore(attack.start()) ? attack.start() : end;
    }

    /** The last calendar day the attack touches; an attack ending at midnight does not touch the day that begins. */
    static LocalDate lastDay(AttackEntry attack, ZoneId zone, Instant now) {
        Instant end = effectiveEnd(attack, now);
        return end.isAfter(attack.start()) ? LocalDate.ofInstant(end.minusNanos(1), zone)
                : LocalDate.ofInstant(attack.start(), zone);
    }

    private boolean qualifyingAura(AuraSymptom aura) {
        return aura != null && aura.minutes() != null && aura.minutes() >= rules.auraMinMinutes()
                && aura.minutes() <= rules.auraMaxMinutes();
    }

    /** clinical-reference §1.8 tthLike (ICHD-3 2.x B–D). */
    private static boolean tensionTypeLike(AttackEntry attack, Intensity intensity, long minutes) {
        boolean duration = minutes >= 30 && minutes <= Duration.ofDays(7).toMinutes();
        int features = count(attack.side() == Side.BOTH, attack.quality() == PainQuality.PRESSING,
                intensity == Intensity.MILD || intensity == Intensity.MODERATE,
                Boolean.FALSE.equals(attack.worseWithActivity()));
        boolean associated = !Boolean.TRUE.equals(attack.vomiting())
                && (attack.nausea() == null || attack.nausea() == Nausea.NONE)
                && !(Boolean.TRUE.equals(attack.photophobia()) && Boolean.TRUE.equals(attack.phonophobia()));
        return duration && features >= 2 && associated;
    }

    private static BigDecimal per28(int count, int recorded, boolean sufficient) {
        return sufficient ? BigDecimal.valueOf(count).multiply(TWENTY_EIGHT)
                .divide(BigDecimal.valueOf(recorded), 1, RoundingMode.HALF_UP) : null;
    }

    private static int count(boolean... conditions) {
        int n = 0;
        for (boolean condition : conditions) {
            n += condition ? 1 : 0;
        }
        return n;
    }

    /** How an attack counts (see {@link DayCounting}). */
    public record AttackPattern(long minutes, Intensity intensity, boolean headache, boolean migraineByFeatures,
                                boolean probableMigraine, boolean aura) {

        /** The attack makes each day it touches a migraine day. */
        public boolean migraine() {
            return migraineByFeatures || probableMigraine;
        }
    }

    private static final class Tally {
        boolean recorded;
        boolean headache;
        boolean migraine;
        Boolean menstruation;
        Integer peakPain;
        Intensity peakIntensity;
        final Set<DrugClass> medicines = EnumSet.noneOf(DrugClass.class);

        void pain(Integer pain, Intensity intensity) {
            if (pain != null && (peakPain == null || pain > peakPain)) {
                peakPain = pain;
            }
            if (intensity != null && (peakIntensity == null || intensity.compareTo(peakIntensity) > 0)) {
                peakIntensity = intensity;
            }
        }

        DayFacts facts(LocalDate day) {
            // §2.1: every migraine day is also a headache day.
            return new DayFacts(day, recorded, headache || migraine, migraine, medicines, peakPain, peakIntensity,
                    menstruation);
        }
    }
}
