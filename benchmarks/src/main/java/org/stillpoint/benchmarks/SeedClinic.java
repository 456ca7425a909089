package org.stillpoint.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seeds a large clinic ({@link ClinicGenerator}) into an empty PostgreSQL schema for scripts/load-booking.sh:
 * <pre>
 * java -cp benchmarks/target/stillpoint-benchmarks.jar org.stillpoint.benchmarks.SeedClinic \
 *     jdbc:postgresql://127.0.0.1:5432/test SCHEMA FRONT_DESK_PASSWORD [historyYears] [futureWeeks]
 * </pre>
 * The schema must exist; Flyway migrates it. Prints what it made as {@code key=value} lines.
 */
public final class SeedClinic {

    private SeedClinic() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: SeedClinic JDBC_URL SCHEMA FRONT_DESK_PASSWORD [historyYears] [futureWeeks]");
            System.exit(2);
        }
        String url = args[0];
        String schema = args[1];
        int years = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int weeks = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        Map<String, String> database = new LinkedHashMap<>();
        database.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema
                + "&reWriteBatchedInserts=true");
        database.put("spring.datasource.username", System.getProperty("stillpoint.bench.postgres-user", "postgres"));
        database.put("spring.datasource.password", System.getProperty("stillpoint.bench.postgres-password", ""));
        database.put("spring.flyway.schemas", schema);
        database.put("spring.flyway.default-schema", schema);
        ClinicGenerator.Summary summary = BenchmarkClinic.seed(database, args[2],
                new ClinicGenerator.Size(years, weeks, 0.7, null));
        System.out.println("appointments=" + summary.appointments());
        System.out.println("today=" + summary.today());
        System.out.println("seconds=" + summary.took().toMillis() / 1000.0);
        System.out.println("frontDesk=" + ClinicGenerator.FRONT_DESK_EMAIL);
        System.out.println("consultation=" + ClinicGenerator.id(ClinicGenerator.SESSION_TYPE,
                ClinicGenerator.CONSULTATION));
    }
}
