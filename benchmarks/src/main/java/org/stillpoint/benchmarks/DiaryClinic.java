package org.stillpoint.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stillpoint.clients.ClientId;
import org.stillpoint.diary.domain.AttackRules;
import org.stillpoint.diary.domain.DiaryStore;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.Accounts;

/**
 * The demo clinic ({@link BenchmarkClinic#startDemo()}) with the demo client's six months of diary replaced by three
 * generated years ({@link DiaryGenerator}), and the security contexts of the client and the owner, as a signed-in
 * request carries them, to set on the calling thread.
 */
final class DiaryClinic implements AutoCloseable {

    static final int THREE_YEARS_OF_DAYS = 1096;
    private static final String DEMO_CLIENT = "client@demo.stillpoint.test";
    private static final String DEMO_OWNER = "owner@demo.stillpoint.test";

    final BenchmarkClinic clinic;
    final ClientId client;
    final ZoneId zone;
    final LocalDate today;
    final DiaryGenerator.Entries entries;
    final SecurityContext asClient;
    final SecurityContext asOwner;
    final double startedSeconds;

    /** On a new empty database (in-memory H2, or a fresh PostgreSQL schema), dropped on {@link #close()}. */
    DiaryClinic() throws SQLException {
        this(System.nanoTime(), BenchmarkClinic.startDemo());
    }

    /** On the demo clinic started on a database of the caller's. */
    DiaryClinic(BenchmarkClinic demo) {
        this(System.nanoTime(), demo);
    }

    private DiaryClinic(long started, BenchmarkClinic demo) {
        clinic = demo;
        JdbcClient jdbc = clinic.bean(JdbcClient.class);
        Accounts accounts = clinic.bean(Accounts.class);
        AccountId account = accounts.findByEmail(DEMO_CLIENT).orElseThrow().id();
        AccountId owner = accounts.findByEmail(DEMO_OWNER).orElseThrow().id();
        client = new ClientId(jdbc.sql("SELECT id FROM client WHERE account_id = ?").param(account.value())
                .query(UUID.class).single());
        zone = ZoneId.of(jdbc.sql("SELECT zone_id FROM diary_settings WHERE client_id = ?").param(client.value())
                .query(String.class).single());
        Instant now = Instant.now();
        today = LocalDate.ofInstant(now, zone);

        // The demo's six months make way for the three generated years.
        jdbc.sql("DELETE FROM diary_day WHERE client_id = ?").param(client.value()).update();
        jdbc.sql("DELETE FROM diary_attack WHERE client_id = ?").param(client.value()).update();
        entries = DiaryGenerator.generate(today.minusDays(THREE_YEARS_OF_DAYS - 1L), today, zone, now);
        DiaryStore store = clinic.bean(DiaryStore.class);
        store.insertAttacks(client, entries.attacks(),
                entries.attacks().stream().map(a -> AttackRules.missing(a).isEmpty()).toList(), now);
        store.insertDays(client, entries.days());
        if (onPostgres()) {
            jdbc.sql("ANALYZE").update();
        }
        asClient = accounts.actingAs(account, SecurityContextHolder::getContext);
        asOwner = accounts.actingAs(owner, SecurityContextHolder::getContext);
        startedSeconds = (System.nanoTime() - started) / 1e9;
    }

    private boolean onPostgres() {
        try (Connection connection = clinic.bean(DataSource.class).getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    <T> T bean(Class<T> type) {
        return clinic.bean(type);
    }

    @Override
    public void close() {
        SecurityContextHolder.clearContext();
        clinic.close();
    }
}
