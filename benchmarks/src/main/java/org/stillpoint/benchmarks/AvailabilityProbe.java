package org.stillpoint.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.scheduling.AvailabilityQuery;
import org.stillpoint.scheduling.Scheduling;
import org.stillpoint.scheduling.domain.ScheduleReader;

/**
 * A diagnostic next to {@link AvailabilityBenchmark}: the same 28-day question, asked a number of times, with the
 * CPU time of the asking thread beside the wall time (on a shared machine the wall time includes waiting for a
 * core), the CPU time of the whole process per call (garbage collection and compilation included), and the
 * appointment query on its own. Not a substitute for the JMH figures.
 * <pre>java -cp benchmarks/target/stillpoint-benchmarks.jar org.stillpoint.benchmarks.AvailabilityProbe [years] [calls]</pre>
 */
public final class AvailabilityProbe {

    private AvailabilityProbe() {
    }

    public static void main(String[] args) throws Exception {
        int years = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        try (BenchmarkClinic clinic = BenchmarkClinic.start(new ClinicGenerator.Size(years, 6, 0.7, null))) {
            Scheduling scheduling = clinic.bean(Scheduling.class);
            ScheduleReader reader = clinic.bean(ScheduleReader.class);
            LocalDate today = clinic.summary().today();
            AvailabilityQuery query = new AvailabilityQuery(new SessionTypeId(ClinicGenerator.id(
                    ClinicGenerator.SESSION_TYPE, ClinicGenerator.MASSAGE_60)), today, today.plusDays(27), null, null);
            ZoneId zone = ClinicGenerator.ZONE;
            var from = today.atStartOfDay(zone).toInstant();
            var to = today.plusDays(28).atStartOfDay(zone).toInstant().plus(Duration.ofMinutes(70));
            System.out.printf("%d appointments, %d in the window%n", clinic.summary().appointments(),
                    clinic.summary().inWindow28Days());
            measure("availability", calls, () -> scheduling.availability(query).size());
            measure("busy query only", calls, () -> reader.busy(from, to).size());
        }
    }

    private static void measure(String what, int calls, java.util.function.IntSupplier call) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < calls; i++) {
            call.getAsInt();
        }
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        long process = os.getProcessCpuTime();
        long gcMillis = gcMillis();
        double[] wall = new double[calls];
        double[] cpu = new double[calls];
        int size = 0;
        for (int i = 0; i < calls; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            size = call.getAsInt();
            wall[i] = (System.nanoTime() - w0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        double processPerCall = (os.getProcessCpuTime() - process) / 1e6 / calls;
        long gc = gcMillis() - gcMillis;
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%-16s %5d rows  wall p50 %7.2f p95 %7.2f ms   cpu p50 %7.2f p95 %7.2f ms%n", what, size,
                wall[calls / 2], wall[calls * 95 / 100], cpu[calls / 2], cpu[calls * 95 / 100]);
        System.out.printf("%-16s whole process (all threads: GC, JIT, pool) CPU per call %.2f ms, GC pauses %d ms"
                + " in %d calls%n", "", processPerCall, gc, calls);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
