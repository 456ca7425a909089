package org.stillpoint.diary.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stillpoint.clients.ClientId;
import org.stillpoint.diary.AttackEntry;
import org.stillpoint.diary.AttackId;
import org.stillpoint.diary.AttackRevision;
import org.stillpoint.diary.DayStatus;
import org.stillpoint.diary.DiaryDay;
import org.stillpoint.diary.DiarySettings;

/**
 * The diary tables (db/migration/common/V19). An attack's entry is kept as JSON ({@link AttackJson}) beside its start
 * and end; instants are stored in UTC.
 */
@Repository
public class DiaryStore {

    private static final String ATTACK_COLUMNS = "id, version, details, recorded_at, updated_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    DiaryStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** An attack as stored. */
    public record StoredAttack(AttackId id, int version, AttackEntry entry, Instant recordedAt, Instant updatedAt) {
    }

    // --- settings ---

    public Optional<DiarySettings> settings(ClientId client) {
        return jdbc.sql("""
                        SELECT zone_id, reminder_enabled, reminder_time, tracks_menstruation
                          FROM diary_settings WHERE client_id = ?""")
                .param(client.value())
                .query((rs, n) -> new DiarySettings(ZoneId.of(rs.getString("zone_id")),
                        rs.getBoolean("reminder_enabled"), LocalTime.parse(rs.getString("reminder_time")),
                        rs.getBoolean("tracks_menstruation")))
                .optional();
    }

    /** Creates the client's settings unless they exist (made meanwhile by another request, say). */
    public void createSettings(ClientId client, DiarySettings settings, Instant at) {
        jdbc.sql("""
                        INSERT INTO diary_settings (client_id, zone_id, reminder_enabled, reminder_time,
                                                    tracks_menstruation, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(client.value(), settings.zone().getId(), settings.reminder(),
                        settings.reminderAt().toString(), settings.tracksMenstruation(), utc(at))
                .update();
    }

    public void updateSettings(ClientId client, DiarySettings settings, Instant at) {
        jdbc.sql("""
                        UPDATE diary_settings SET zone_id = ?, reminder_enabled = ?, reminder_time = ?,
                               tracks_menstruation = ?, updated_at = ?
                         WHERE client_id = ?""")
                .params(settings.zone().getId(), settings.reminder(), settings.reminderAt().toString(),
                        settings.tracksMenstruation(), utc(at), client.value())
                .update();
    }

    /** Locks the client's diary until the transaction ends, so that writes to one diary take turns. */
    public void lock(ClientId client) {
        jdbc.sql("SELECT client_id FROM diary_settings WHERE client_id = ? FOR UPDATE")
                .param(client.value()).query(Object.class).list();
    }

    // --- attacks ---

    public void insertAttack(ClientId client, AttackId id, AttackEntry entry, boolean complete, Instant at) {
        jdbc.sql("""
                        INSERT INTO diary_attack (id, client_id, version, start_at, end_at, complete, details,
                                                  recorded_at, updated_at)
                        VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), client.value(), utc(entry.start()), utc(entry.end()), complete,
                        AttackJson.write(entry), utc(at), utc(at))
                .update();
    }

    /** Many attacks at once, each at version 1 (an imported diary, the demo's). */
    public void insertAttacks(ClientId client, List<AttackEntry> entries, List<Boolean> complete, Instant at) {
        insertAttacks(client, entries, complete, java.util.Collections.nCopies(entries.size(), at));
    }

    /** Many attacks at once, each at version 1 and recorded at its own moment. */
    public void insertAttacks(ClientId client, List<AttackEntry> entries, List<Boolean> complete,
                              List<Instant> recordedAt) {
        List<Object[]> rows = new java.util.ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            AttackEntry entry = entries.get(i);
            OffsetDateTime at = utc(recordedAt.get(i));
            rows.add(new Object[] {AttackId.random().value(), client.value(), utc(entry.start()), utc(entry.end()),
                    complete.get(i), AttackJson.write(entry), at, at});
        }
        batch.batchUpdate("""
                INSERT INTO diary_attack (id, client_id, version, start_at, end_at, complete, details, recorded_at,
                                          updated_at)
                VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** Keeps the attack's current version as a revision and writes the new one over it. */
    public void replaceAttack(ClientId client, StoredAttack current, AttackEntry entry, boolean complete,
                              Instant at) {
        keepRevision(current, at, false);
        jdbc.sql("""
                        UPDATE diary_attack SET version = version + 1, start_at = ?, end_at = ?, complete = ?,
                               details = ?, updated_at = ?
                         WHERE id = ? AND client_id = ? AND version = ?""")
                .params(utc(entry.start()), utc(entry.end()), complete, AttackJson.write(entry), utc(at),
                        current.id().value(), client.value(), current.version())
                .update();
    }

    /** Keeps the attack's last version as a deleted revision and marks the attack deleted. */
    public void deleteAttack(ClientId client, StoredAttack current, Instant at) {
        keepRevision(current, at, true);
        jdbc.sql("UPDATE diary_attack SET deleted_at = ? WHERE id = ? AND client_id = ? AND deleted_at IS NULL")
                .params(utc(at), current.id().value(), client.value())
                .update();
    }

    private void keepRevision(StoredAttack current, Instant at, boolean deleted) {
        jdbc.sql("""
                        INSERT INTO diary_attack_revision (attack_id, version, details, replaced_at, deleted)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(current.id().value(), current.version(), AttackJson.write(current.entry()), utc(at), deleted)
                .update();
    }

    public Optional<StoredAttack> attack(ClientId client, AttackId id) {
        return jdbc.sql("SELECT " + ATTACK_COLUMNS
                        + " FROM diary_attack WHERE id = ? AND client_id = ? AND deleted_at IS NULL")
                .params(id.value(), client.value())
                .query((rs, n) -> attack(rs))
                .optional();
    }

    /**
     * The attacks that touch the stretch from {@code from} to {@code to} (an attack still going touches everything
     * after its start), by start.
     */
    public List<StoredAttack> attacks(ClientId client, Instant from, Instant to) {
        return jdbc.sql("SELECT " + ATTACK_COLUMNS + """
                         FROM diary_attack
                        WHERE client_id = ? AND deleted_at IS NULL AND start_at < ?
                          AND (end_at IS NULL OR end_at > ?)
                        ORDER BY start_at""")
                .params(client.value(), utc(to), utc(from))
                .query((rs, n) -> attack(rs))
                .list();
    }

    /** Every attack of the client, by start. */
    public List<StoredAttack> allAttacks(ClientId client) {
        return jdbc.sql("SELECT " + ATTACK_COLUMNS
                        + " FROM diary_attack WHERE client_id = ? AND deleted_at IS NULL ORDER BY start_at")
                .param(client.value())
                .query((rs, n) -> attack(rs))
                .list();
    }

    /**
     * The start of another attack of the client that overlaps {@code start}–{@code end} ({@code end} null: still
     * going), if there is one.
     */
    public Optional<Instant> overlapping(ClientId client, Instant start, Instant end, AttackId except) {
        // Two stretches overlap when each begins before the other ends; a missing end is the open future.
        String sql = """
                SELECT start_at FROM diary_attack
                 WHERE client_id = ? AND deleted_at IS NULL AND id <> ? AND (end_at IS NULL OR end_at > ?)""";
        List<Object> params = new java.util.ArrayList<>(List.of(client.value(),
                except == null ? new java.util.UUID(0, 0) : except.value(), utc(start)));
        if (end != null) {
            sql += " AND start_at < ?";
            params.add(utc(end));
        }
        return jdbc.sql(sql + " ORDER BY start_at")
                .params(params)
                .query((rs, n) -> rs.getObject("start_at", OffsetDateTime.class).toInstant())
                .list().stream().findFirst();
    }

    public List<AttackRevision> revisions(AttackId id) {
        return jdbc.sql("""
                        SELECT version, details, replaced_at, deleted FROM diary_attack_revision
                         WHERE attack_id = ? ORDER BY version""")
                .param(id.value())
                .query((rs, n) -> new AttackRevision(rs.getInt("version"), AttackJson.read(rs.getString("details")),
                        rs.getObject("replaced_at", OffsetDateTime.class).toInstant(), rs.getBoolean("deleted")))
                .list();
    }

    // --- days ---

    public void putDay(ClientId client, DiaryDay day) {
        int changed = jdbc.sql("""
                        UPDATE diary_day SET status = ?, menstruation = ?, note = ?, recorded_at = ?
                         WHERE client_id = ? AND diary_date = ?""")
                .params(day.status().name(), day.menstruation(), day.note(), utc(day.recordedAt()), client.value(),
                        day.day())
                .update();
        if (changed == 0) {
            jdbc.sql("""
                            INSERT INTO diary_day (client_id, diary_date, status, menstruation, note, recorded_at)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(client.value(), day.day(), day.status().name(), day.menstruation(), day.note(),
                            utc(day.recordedAt()))
                    .update();
        }
    }

    /** Many check-ins at once, for days the client has none yet (an imported diary, the demo's). */
    public void insertDays(ClientId client, List<DiaryDay> days) {
        batch.batchUpdate("""
                        INSERT INTO diary_day (client_id, diary_date, status, menstruation, note, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?)""",
                days.stream().map(d -> new Object[] {client.value(), d.day(), d.status().name(), d.menstruation(),
                        d.note(), utc(d.recordedAt())}).toList());
    }

    /** Marks the days headache days where the client had checked them in as headache-free. */
    public void markHeadache(ClientId client, LocalDate from, LocalDate to) {
        jdbc.sql("""
                        UPDATE diary_day SET status = 'HEADACHE'
                         WHERE client_id = ? AND diary_date BETWEEN ? AND ? AND status = 'HEADACHE_FREE'""")
                .params(client.value(), from, to)
                .update();
    }

    /** {@link #markHeadache(ClientId, LocalDate, LocalDate)} for each of many days, in one batch (an import). */
    public void markHeadache(ClientId client, java.util.Collection<LocalDate> days) {
        batch.batchUpdate("""
                        UPDATE diary_day SET status = 'HEADACHE'
                         WHERE client_id = ? AND diary_date = ? AND status = 'HEADACHE_FREE'""",
                days.stream().map(day -> new Object[] {client.value(), day}).toList());
    }

    public boolean deleteDay(ClientId client, LocalDate day) {
        return jdbc.sql("DELETE FROM diary_day WHERE client_id = ? AND diary_date = ?")
                .params(client.value(), day).update() == 1;
    }

    public List<DiaryDay> days(ClientId client, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT diary_date, status, menstruation, note, recorded_at FROM diary_day
                         WHERE client_id = ? AND diary_date BETWEEN ? AND ? ORDER BY diary_date""")
                .params(client.value(), from, to)
                .query((rs, n) -> day(rs))
                .list();
    }

    /** Every check-in of the client, by day (for an export). */
    public List<DiaryDay> allDays(ClientId client) {
        return jdbc.sql("""
                        SELECT diary_date, status, menstruation, note, recorded_at FROM diary_day
                         WHERE client_id = ? ORDER BY diary_date""")
                .param(client.value())
                .query((rs, n) -> day(rs))
                .list();
    }

    public Optional<LocalDate> firstDay(ClientId client) {
        return Optional.ofNullable(jdbc.sql("SELECT MIN(diary_date) FROM diary_day WHERE client_id = ?")
                .param(client.value()).query(LocalDate.class).single());
    }

    private static StoredAttack attack(ResultSet rs) throws SQLException {
        return new StoredAttack(new AttackId(rs.getObject("id", java.util.UUID.class)), rs.getInt("version"),
                AttackJson.read(rs.getString("details")),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static DiaryDay day(ResultSet rs) throws SQLException {
        return new DiaryDay(rs.getObject("diary_date", LocalDate.class), DayStatus.valueOf(rs.getString("status")),
                nullableBoolean(rs, "menstruation"), rs.getString("note"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }

    private static Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
