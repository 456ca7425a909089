package org.stillpoint.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring test context a database of its own, so that runs and contexts never see each other's data:
 * a fresh in-memory H2 database by default, or a fresh schema on PostgreSQL when the build runs with
 * {@code -Ppostgres} (system property {@code stillpoint.test.database=postgresql}). The PostgreSQL URL comes from
 * {@code STILLPOINT_TEST_POSTGRES_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}); the schema is
 * dropped when the JVM ends. A PostgreSQL run that cannot reach the server fails; it never falls back to H2.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String H2_FLAGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    public static boolean onPostgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty("stillpoint.test.database", ""));
    }

    public static String postgresUrl() {
        String url = System.getenv("STILLPOINT_TEST_POSTGRES_URL");
        return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test" : url;
    }

    public static String postgresUser() {
        String user = System.getenv("STILLPOINT_TEST_POSTGRES_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    public static String postgresPassword() {
        String password = System.getenv("STILLPOINT_TEST_POSTGRES_PASSWORD");
        return password == null ? "" : password;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        String name = "sp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (onPostgres()) {
            createSchema(name);
            String base = postgresUrl();
            properties.put("spring.datasource.url", base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name);
            properties.put("spring.datasource.username", postgresUser());
            properties.put("spring.datasource.password", postgresPassword());
            properties.put("spring.flyway.schemas", name);
            properties.put("spring.flyway.default-schema", name);
        } else {
            properties.put("spring.datasource.url", "jdbc:h2:mem:" + name + H2_FLAGS);
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
        }
        // Many contexts live side by side in one test JVM; keep each one's share of PostgreSQL's connections small.
        properties.put("spring.datasource.hikari.maximum-pool-size", "10");
        properties.put("spring.datasource.hikari.minimum-idle", "1");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("stillpoint-test-database",
                properties));
    }

    private static void createSchema(String schema) {
        try (Connection connection = DriverManager.getConnection(postgresUrl(), postgresUser(), postgresPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL tests were asked for, but " + postgresUrl()
                    + " cannot be reached: " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchema(schema)));
    }

    private static void dropSchema(String schema) {
        try (Connection connection = DriverManager.getConnection(postgresUrl(), postgresUser(), postgresPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException ignored) {
            // the server went away first; a leftover schema holds only test data
        }
    }
}
