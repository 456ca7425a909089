package org.stillpoint.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stillpoint.diary.AttackEntry;
import org.stillpoint.diary.Diary;
import org.stillpoint.diary.DiaryDay;
import org.stillpoint.diary.domain.DayCounting;
import org.stillpoint.diary.domain.DayCountingRules;
import org.stillpoint.diary.domain.DiaryStore;
import org.stillpoint.intake.Intake;

/**
 * A diagnostic next to {@link DiarySummaryBenchmark}: the summary of the same three-year diary, asked a number of
 * times for each window, with the CPU time of the asking thread beside the wall time (on a shared machine the wall
 * time includes waiting for a core), and the parts of a call on their own: the attack query with and without
 * reading the stored JSON, the check-in query, the intake's migraine question and the counting. Not a substitute
 * for the JMH figures.
 * <pre>java -cp benchmarks/target/stillpoint-benchmarks.jar org.stillpoint.benchmarks.DiarySummaryProbe [calls]</pre>
 */
public final class DiarySummaryProbe {

    private DiarySummaryProbe() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        try (DiaryClinic clinic = new DiaryClinic()) {
            SecurityContextHolder.setContext(clinic.asClient);
            Diary diary = clinic.bean(Diary.class);
            DiaryStore store = clinic.bean(DiaryStore.class);
            Intake intake = clinic.bean(Intake.class);
            JdbcClient jdbc = clinic.bean(JdbcClient.class);
            DayCounting counting = new DayCounting(DayCountingRules.DEFAULTS);
            System.out.printf("%d check-ins and %d attacks over three years%n", clinic.entries.days().size(),
                    clinic.entries.attacks().size());
            for (int days : new int[] {28, DiaryClinic.THREE_YEARS_OF_DAYS}) {
                LocalDate today = clinic.today;
                LocalDate from = today.minusDays(days - 1L);
                Instant start = from.atStartOfDay(clinic.zone).toInstant();
                Instant end = today.plusDays(1).atStartOfDay(clinic.zone).toInstant().plus(Duration.ofHours(6));
                List<AttackEntry> attacks = store.attacks(clinic.client, start, end).stream()
                        .map(DiaryStore.StoredAttack::entry).toList();
                List<DiaryDay> checkIns = store.days(clinic.client, from, today);
                Instant now = Instant.now();
                System.out.printf("%n%d-day window: %d attacks, %d check-ins%n", days, attacks.size(),
                        checkIns.size());
                measure("summary", calls, () -> diary.summary(clinic.client, from, today).recordedDays());
                measure("attacks + JSON", calls, () -> store.attacks(clinic.client, start, end).size());
                measure("attack rows only", calls, () -> jdbc.sql("""
                                SELECT id, version, details, recorded_at, updated_at FROM diary_attack
                                 WHERE client_id = ? AND deleted_at IS NULL AND start_at < ?
                                   AND (end_at IS NULL OR end_at > ?) ORDER BY start_at""")
                        .params(clinic.client.value(), end.atOffset(java.time.ZoneOffset.UTC),
                                start.atOffset(java.time.ZoneOffset.UTC))
                        .query((rs, n) -> rs.getString("details")).list().size());
                measure("check-ins", calls, () -> store.days(clinic.client, from, today).size());
                measure("recognisesMigraine", calls, () -> intake.recognisesMigraine(clinic.client) ? 1 : 0);
                measure("counting", calls, () -> counting.figures(counting.days(from, today, clinic.zone, checkIns,
                        attacks, now, true), from, today).recordedDays());
            }
        }
    }

    private static void measure(String what, int calls, IntSupplier call) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < calls; i++) {
            call.getAsInt();
        }
        double[] wall = new double[calls];
        double[] cpu = new double[calls];
        for (int i = 0; i < calls; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            call.getAsInt();
            wall[i] = (System.nanoTime() - w0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("  %-20s wall p50 %7.3f p95 %7.3f ms   cpu p50 %7.3f p95 %7.3f ms%n", what,
                wall[calls / 2], wall[calls * 95 / 100], cpu[calls / 2], cpu[calls * 95 / 100]);
    }
}
