package org.stillpoint.benchmarks;

import java.time.LocalDate;
import java.util.List;
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
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.scheduling.AvailabilityQuery;
import org.stillpoint.scheduling.Scheduling;
import org.stillpoint.scheduling.Slot;

/**
 * 28 days of free slots for the 60-minute massage over the whole generated clinic (40 therapists, 20 rooms), asked
 * anonymously as the public booking page does, through the scheduling facade and its database queries. The
 * parameter is the years of appointment history before today: 3 (the budget's clinic) and 30 (ten times the
 * history, the same density); the days ahead are the same in both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
public class AvailabilityBenchmark {

    @Param({"3", "30"})
    public int historyYears;

    private BenchmarkClinic clinic;
    private Scheduling scheduling;
    private AvailabilityQuery query;

    @Setup(Level.Trial)
    public void start() throws Exception {
        clinic = BenchmarkClinic.start(new ClinicGenerator.Size(historyYears, 6, 0.7, null));
        scheduling = clinic.bean(Scheduling.class);
        ClinicGenerator.Summary summary = clinic.summary();
        LocalDate today = summary.today();
        query = new AvailabilityQuery(new SessionTypeId(ClinicGenerator.id(ClinicGenerator.SESSION_TYPE,
                ClinicGenerator.MASSAGE_60)), today, today.plusDays(27), null, null);
        List<Slot> slots = scheduling.availability(query);
        System.out.printf("%n[clinic] %d years of history from %s: %d appointments, %d of them in the 28 days"
                        + " from %s; generated in %.1f s; %d free slots in the window%n", historyYears,
                summary.firstDay(), summary.appointments(), summary.inWindow28Days(), today,
                summary.took().toMillis() / 1000.0, slots.size());
    }

    @Benchmark
    public List<Slot> availability28Days() {
        return scheduling.availability(query);
    }

    @TearDown(Level.Trial)
    public void stop() {
        clinic.close();
    }
}
