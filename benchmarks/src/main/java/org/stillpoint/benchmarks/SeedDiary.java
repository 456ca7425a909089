package org.stillpoint.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fills an empty PostgreSQL schema with the demo clinic and gives the demo client three years of daily entries
 * ({@link DiaryClinic}) for scripts/load-diary-summary.sh:
 * <pre>
 * java -cp benchmarks/target/stillpoint-benchmarks.jar org.stillpoint.benchmarks.SeedDiary \
 *     jdbc:postgresql://127.0.0.1:5432/test SCHEMA
 * </pre>
 * The schema must exist; Flyway migrates it. Prints what it made as {@code key=value} lines.
 */
public final class SeedDiary {

    private SeedDiary() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: SeedDiary JDBC_URL SCHEMA");
            System.exit(2);
        }
        String url = args[0];
        String schema = args[1];
        Map<String, String> database = new LinkedHashMap<>();
        database.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema
                + "&reWriteBatchedInserts=true");
        database.put("spring.datasource.username", System.getProperty("stillpoint.bench.postgres-user", "postgres"));
        database.put("spring.datasource.password", System.getProperty("stillpoint.bench.postgres-password", ""));
        database.put("spring.flyway.schemas", schema);
        database.put("spring.flyway.default-schema", schema);
        try (DiaryClinic diary = new DiaryClinic(BenchmarkClinic.openDemo(database))) {
            System.out.println("client=" + diary.client.value());
            System.out.println("today=" + diary.today);
            System.out.println("checkIns=" + diary.entries.days().size());
            System.out.println("attacks=" + diary.entries.attacks().size());
            System.out.println("diaryWrittenInSeconds=" + Math.round(diary.startedSeconds * 10) / 10.0);
        }
    }
}
