package org.stillpoint.treatment.homecare;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stillpoint.clients.ClientId;
import org.stillpoint.platform.AccountId;
import org.stillpoint.treatment.HomeCareFrequency;
import org.stillpoint.treatment.HomeCareItem;
import org.stillpoint.treatment.HomeCareItemId;
import org.stillpoint.treatment.HomeCareMeasure;
import org.stillpoint.treatment.HomeCarePlanChange;
import org.stillpoint.treatment.HomeCareTemplate;
import org.stillpoint.treatment.HomeCareTick;

/**
 * The home-care tables (db/migration/common/V17). An item's amount is stored as one number; its template says
 * whether it counts minutes or glasses. Instants are stored in UTC.
 */
@Repository
public class HomeCareStore {

    /** The items in a client's plan now, each with what its template measures. */
    private static final String ITEMS = """
            SELECT i.id, i.template_key, i.frequency, i.times, i.amount, i.notes, i.added_on, t.measure
              FROM home_care_item i JOIN home_care_template t ON t.template_key = i.template_key
             WHERE i.client_id = ? AND i.removed_at IS NULL""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    HomeCareStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The plan's head as stored: its version, note and last change. */
    public record PlanHead(long version, String note, Instant updatedAt, String updatedBy) {
    }

    /** Every template by key, in their order. */
    public Map<String, HomeCareTemplate> templates() {
        Map<String, HomeCareTemplate> templates = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT template_key, frequency, times, measure, amount, max_amount, heat
                          FROM home_care_template ORDER BY sort_order""")
                .query((rs, n) -> new HomeCareTemplate(rs.getString("template_key"),
                        HomeCareFrequency.valueOf(rs.getString("frequency")), integer(rs, "times"),
                        HomeCareMeasure.valueOf(rs.getString("measure")), rs.getInt("amount"),
                        rs.getInt("max_amount"), rs.getBoolean("heat")))
                .list().forEach(t -> templates.put(t.key(), t));
        return templates;
    }

    public Optional<PlanHead> head(ClientId client) {
        return jdbc.sql("""
                        SELECT version, note, updated_at, updated_by_name FROM home_care_plan WHERE client_id = ?""")
                .param(client.value())
                .query((rs, n) -> new PlanHead(rs.getLong("version"), rs.getString("note"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                        rs.getString("updated_by_name")))
                .optional();
    }

    /**
     * Locks the client's plan until the transaction ends, so that ticks and changes of one plan take turns; false
     * when the client has no plan.
     */
    public boolean lock(ClientId client) {
        return !jdbc.sql("SELECT version FROM home_care_plan WHERE client_id = ? FOR UPDATE")
                .param(client.value()).query(Long.class).list().isEmpty();
    }

    /** Creates the plan at version 1; a plan made meanwhile by someone else makes this fail with a duplicate key. */
    public void create(ClientId client, String note, AccountId by, String byName, Instant at) {
        jdbc.sql("""
                        INSERT INTO home_care_plan (client_id, version, note, updated_by, updated_by_name, updated_at)
                        VALUES (?, 1, ?, ?, ?, ?)""")
                .params(client.value(), note, by.value(), byName, utc(at))
                .update();
    }

    /** Moves the plan from {@code version} to the next one; false when it is no longer at {@code version}. */
    public boolean advance(ClientId client, long version, String note, AccountId by, String byName, Instant at) {
        return jdbc.sql("""
                        UPDATE home_care_plan SET version = version + 1, note = ?, updated_by = ?,
                               updated_by_name = ?, updated_at = ?
                         WHERE client_id = ? AND version = ?""")
                .params(note, by.value(), byName, utc(at), client.value(), version)
                .update() == 1;
    }

    /** The items in the plan now, in order. */
    public List<HomeCareItem> items(ClientId client) {
        return jdbc.sql(ITEMS + " ORDER BY i.sort_order")
                .param(client.value())
                .query((rs, n) -> item(rs))
                .list();
    }

    /** The item, if it is in the client's plan now. */
    public Optional<HomeCareItem> item(ClientId client, HomeCareItemId id) {
        return jdbc.sql(ITEMS + " AND i.id = ?")
                .params(client.value(), id.value())
                .query((rs, n) -> item(rs))
                .optional();
    }

    public void insertItem(ClientId client, HomeCareItemId id, HomeCarePlanChange.Item item, HomeCareTemplate template,
                           int order, LocalDate addedOn) {
        jdbc.sql("""
                        INSERT INTO home_care_item (id, client_id, template_key, sort_order, frequency, times, amount,
                                                    notes, added_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), client.value(), template.key(), order, item.frequency().name(), item.times(),
                        amount(item, template), item.notes(), addedOn)
                .update();
    }

    public void updateItem(ClientId client, HomeCareItemId id, HomeCarePlanChange.Item item, HomeCareTemplate template,
                           int order) {
        jdbc.sql("""
                        UPDATE home_care_item SET sort_order = ?, frequency = ?, times = ?, amount = ?, notes = ?
                         WHERE id = ? AND client_id = ?""")
                .params(order, item.frequency().name(), item.times(), amount(item, template), item.notes(),
                        id.value(), client.value())
                .update();
    }

    public void removeItem(ClientId client, HomeCareItemId id, Instant at) {
        jdbc.sql("UPDATE home_care_item SET removed_at = ? WHERE id = ? AND client_id = ? AND removed_at IS NULL")
                .params(utc(at), id.value(), client.value())
                .update();
    }

    /** Records the tick for the item and day, replacing one recorded before. */
    public void tick(ClientId client, HomeCareTick tick) {
        int changed = jdbc.sql("""
                        UPDATE home_care_adherence SET done = ?, recorded_at = ? WHERE item_id = ? AND done_on = ?""")
                .params(tick.done(), utc(tick.recordedAt()), tick.item().value(), tick.day())
                .update();
        if (changed == 0) {
            jdbc.sql("""
                            INSERT INTO home_care_adherence (item_id, done_on, client_id, done, recorded_at)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(tick.item().value(), tick.day(), client.value(), tick.done(), utc(tick.recordedAt()))
                    .update();
        }
    }

    /** Records ticks for days that have none yet, in one batch (the demo clinic's weeks of them). */
    public void insertTicks(ClientId client, List<HomeCareTick> ticks) {
        batch.batchUpdate("""
                        INSERT INTO home_care_adherence (item_id, done_on, client_id, done, recorded_at)
                        VALUES (?, ?, ?, ?, ?)""",
                ticks.stream().map(tick -> new Object[] {tick.item().value(), tick.day(), client.value(), tick.done(),
                        utc(tick.recordedAt())}).toList());
    }

    /** The items of the client's current plan ticked as done from {@code from} to {@code to}, by day. */
    public List<HomeCareTick> done(ClientId client, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT a.item_id, a.done_on, a.done, a.recorded_at FROM home_care_adherence a
                          JOIN home_care_item i ON i.id = a.item_id
                         WHERE a.client_id = ? AND a.done_on BETWEEN ? AND ? AND a.done = TRUE
                           AND i.removed_at IS NULL
                         ORDER BY a.done_on, i.sort_order""")
                .params(client.value(), from, to)
                .query((rs, n) -> new HomeCareTick(new HomeCareItemId(rs.getObject("item_id", UUID.class)),
                        rs.getObject("done_on", LocalDate.class), rs.getBoolean("done"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static HomeCareItem item(ResultSet rs) throws SQLException {
        int amount = rs.getInt("amount");
        boolean minutes = HomeCareMeasure.valueOf(rs.getString("measure")) == HomeCareMeasure.MINUTES;
        return new HomeCareItem(new HomeCareItemId(rs.getObject("id", UUID.class)), rs.getString("template_key"),
                HomeCareFrequency.valueOf(rs.getString("frequency")), integer(rs, "times"),
                minutes ? amount : null, minutes ? null : amount, rs.getString("notes"),
                rs.getObject("added_on", LocalDate.class));
    }

    private static int amount(HomeCarePlanChange.Item item, HomeCareTemplate template) {
        return template.measure() == HomeCareMeasure.MINUTES ? item.minutes() : item.glasses();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
