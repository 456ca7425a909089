package org.stillpoint.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NavigableMap;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stillpoint.clients.ClientId;
import org.stillpoint.diary.AttackEntry;
import org.stillpoint.diary.DayFacts;
import org.stillpoint.diary.Diary;
import org.stillpoint.diary.DiaryDay;
import org.stillpoint.diary.DiaryFigures;
import org.stillpoint.diary.domain.DayCounting;
import org.stillpoint.diary.domain.DayCountingRules;

/**
 * The diary summary of a client with three years of daily entries ({@link DiaryGenerator}: about 1,100 check-ins
 * and 400 attacks), for a window of the latest {@code days} days: 28 (the figures every diary page shows) and 1096
 * (all three years, the longest window the API answers).
 * <ul>
 * <li>{@code dayCounting}: the day-counting policy alone, in memory, given what the facade gives it — the check-ins
 * of the window and the attacks that touch it;</li>
 * <li>{@code summary}: {@code Diary.summary} through the real facade as the client reads their own diary: the
 * access check, the settings, the two queries on an embedded H2 database (PostgreSQL with
 * {@code -Dstillpoint.bench.database=postgresql}), reading each attack's stored JSON, the migraine question to the
 * intake, and the counting;</li>
 * <li>{@code summaryAsOwner}: the same read by the owner, which also writes an audit row.</li>
 * </ul>
 * The application is the demo clinic (so that the client has an account and an intake); the demo client's six months
 * of diary are replaced by the three generated years.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class DiarySummaryBenchmark {

    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

    /** The window: the latest 28 days, or all three years. */
    @Param({"28", "1096"})
    public int days;

    private LocalDate today;
    private LocalDate from;

    // dayCounting
    private DayCounting counting;
    private Instant now;
    private List<DiaryDay> windowCheckIns;
    private List<AttackEntry> windowAttacks;

    // summary
    private DiaryClinic clinic;
    private Diary diary;
    private ClientId client;

    @Setup(Level.Trial)
    public void start(BenchmarkParams params) throws Exception {
        if (params.getBenchmark().endsWith(".dayCounting")) {
            inMemory();
        } else {
            application();
        }
    }

    private void inMemory() {
        now = Instant.now();
        today = LocalDate.ofInstant(now, ZONE);
        from = today.minusDays(days - 1L);
        DiaryGenerator.Entries entries = DiaryGenerator.generate(
                today.minusDays(DiaryClinic.THREE_YEARS_OF_DAYS - 1L), today, ZONE, now);
        // What Diary.summary hands the policy: the window's check-ins, and the attacks that touch the window (to
        // six hours after it, for a medicine taken before its attack began).
        Instant windowStart = from.atStartOfDay(ZONE).toInstant();
        Instant windowEnd = today.plusDays(1).atStartOfDay(ZONE).toInstant().plus(Duration.ofHours(6));
        windowCheckIns = entries.days().stream().filter(d -> !d.day().isBefore(from)).toList();
        windowAttacks = entries.attacks().stream()
                .filter(a -> a.start().isBefore(windowEnd) && (a.end() == null || a.end().isAfter(windowStart)))
                .toList();
        counting = new DayCounting(DayCountingRules.DEFAULTS);
        DiaryFigures figures = dayCounting();
        System.out.printf("%n[diary] %d check-ins and %d attacks in three years; the %d-day window holds %d"
                        + " check-ins and %d attacks: %d recorded days, %d migraine days%n", entries.days().size(),
                entries.attacks().size(), days, windowCheckIns.size(), windowAttacks.size(), figures.recordedDays(),
                figures.migraineDays());
    }

    private void application() throws Exception {
        clinic = new DiaryClinic();
        diary = clinic.bean(Diary.class);
        client = clinic.client;
        today = clinic.today;
        from = today.minusDays(days - 1L);
        DiaryFigures figures = summary();
        System.out.printf("%n[diary] demo clinic started and %d check-ins and %d attacks over three years written"
                        + " in %.1f s; the %d-day window: %d recorded days, %d migraine days, %s per 28%n",
                clinic.entries.days().size(), clinic.entries.attacks().size(), clinic.startedSeconds, days,
                figures.recordedDays(), figures.migraineDays(), figures.migraineDaysPer28());
    }

    @Benchmark
    public DiaryFigures dayCounting() {
        NavigableMap<LocalDate, DayFacts> facts = counting.days(from, today, ZONE, windowCheckIns, windowAttacks,
                now, true);
        return counting.figures(facts, from, today);
    }

    @Benchmark
    public DiaryFigures summary() {
        SecurityContextHolder.setContext(clinic.asClient);
        return diary.summary(client, from, today);
    }

    @Benchmark
    public DiaryFigures summaryAsOwner() {
        SecurityContextHolder.setContext(clinic.asOwner);
        return diary.summary(client, from, today);
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (clinic != null) {
            clinic.close();
        }
    }
}
