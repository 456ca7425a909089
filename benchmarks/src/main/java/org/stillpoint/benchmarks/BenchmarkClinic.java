package org.stillpoint.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.stillpoint.StillpointApplication;

/**
 * The application context on an empty database that Flyway migrates, filled by {@link ClinicGenerator}: in-memory
 * H2 by default, or a fresh schema on PostgreSQL with {@code -Dstillpoint.bench.database=postgresql} (server from
 * {@code -Dstillpoint.bench.postgres-url}, default {@code jdbc:postgresql://127.0.0.1:5432/test}, user
 * {@code postgres}); the schema is dropped on {@link #close()}.
 */
public final class BenchmarkClinic implements AutoCloseable {

    static final String H2_FLAGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private final ConfigurableApplicationContext context;
    private final String postgresSchema;
    private final ClinicGenerator.Summary summary;

    private BenchmarkClinic(ConfigurableApplicationContext context, String postgresSchema,
                            ClinicGenerator.Summary summary) {
        this.context = context;
        this.postgresSchema = postgresSchema;
        this.summary = summary;
    }

    public static boolean onPostgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty("stillpoint.bench.database", "h2"));
    }

    static String postgresUrl() {
        return System.getProperty("stillpoint.bench.postgres-url", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    static String postgresUser() {
        return System.getProperty("stillpoint.bench.postgres-user", "postgres");
    }

    /** Starts the application on a new empty database and generates the clinic into it. */
    public static BenchmarkClinic start(ClinicGenerator.Size size) throws SQLException {
        return start(size, false);
    }

    /**
     * Starts the application on a new empty database in demo mode: the demo clinic (DESIGN §6), with its accounts,
     * is filled in on the start, and nothing is generated.
     */
    public static BenchmarkClinic startDemo() throws SQLException {
        return start(null, true);
    }

    private static BenchmarkClinic start(ClinicGenerator.Size size, boolean demo) throws SQLException {
        String name = "sp_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, String> properties = new LinkedHashMap<>();
        String schema = null;
        if (onPostgres()) {
            schema = name;
            execute("CREATE SCHEMA " + schema);
            String base = postgresUrl();
            properties.put("spring.datasource.url", base + (base.contains("?") ? "&" : "?") + "currentSchema="
                    + schema + "&reWriteBatchedInserts=true");
            properties.put("spring.datasource.username", postgresUser());
            properties.put("spring.datasource.password", System.getProperty("stillpoint.bench.postgres-password", ""));
            properties.put("spring.flyway.schemas", schema);
            properties.put("spring.flyway.default-schema", schema);
        } else {
            properties.put("spring.datasource.url", "jdbc:h2:mem:" + name + H2_FLAGS);
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
        }
        common(properties);
        properties.put("stillpoint.demo", String.valueOf(demo));
        ConfigurableApplicationContext context = run(properties);
        if (demo) {
            return new BenchmarkClinic(context, schema, null);
        }
        try {
            String hash = context.getBean(PasswordEncoder.class).encode("bench-" + UUID.randomUUID());
            ClinicGenerator.Summary summary = ClinicGenerator.generate(context.getBean(DataSource.class),
                    new ClinicGenerator.Size(size.historyYears(), size.futureWeeks(), size.density(), hash));
            return new BenchmarkClinic(context, schema, summary);
        } catch (SQLException | RuntimeException e) {
            context.close();
            if (schema != null) {
                dropQuietly(schema);
            }
            throw e;
        }
    }

    /**
     * Starts the application in demo mode on the database the properties name (Flyway migrates it, the demo clinic
     * is filled in on the start); nothing is dropped on {@link #close()}.
     */
    public static BenchmarkClinic openDemo(Map<String, String> database) {
        Map<String, String> properties = new LinkedHashMap<>(database);
        common(properties);
        properties.put("stillpoint.demo", "true");
        return new BenchmarkClinic(run(properties), null, null);
    }

    /**
     * Starts the application on the database the properties name (Flyway migrates it), generates the clinic with
     * the front desk's password hashed by the application's own encoder, and stops again.
     */
    public static ClinicGenerator.Summary seed(Map<String, String> database, String frontDeskPassword,
                                               ClinicGenerator.Size size) throws SQLException {
        Map<String, String> properties = new LinkedHashMap<>(database);
        common(properties);
        try (ConfigurableApplicationContext context = run(properties)) {
            String hash = context.getBean(PasswordEncoder.class).encode(frontDeskPassword);
            return ClinicGenerator.generate(context.getBean(DataSource.class),
                    new ClinicGenerator.Size(size.historyYears(), size.futureWeeks(), size.density(), hash));
        }
    }

    private static void common(Map<String, String> properties) {
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        properties.put("stillpoint.demo", "false");
        // the web layer is part of the context (sessions, security); it listens on a free local port, unused
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
    }

    private static ConfigurableApplicationContext run(Map<String, String> properties) {
        // as command-line arguments, so that they come before application.properties
        return new SpringApplicationBuilder(StillpointApplication.class)
                .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                        .toArray(String[]::new));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** What was generated; null for the demo clinic. */
    public ClinicGenerator.Summary summary() {
        return summary;
    }

    @Override
    public void close() {
        context.close();
        if (postgresSchema != null) {
            dropQuietly(postgresSchema);
        }
    }

    private static void dropQuietly(String schema) {
        try {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException ignored) {
            // a schema left behind holds only generated data
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgresUrl(), postgresUser(),
                System.getProperty("stillpoint.bench.postgres-password", ""));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
