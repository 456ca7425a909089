package org.stillpoint.treatment.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.Technique;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.treatment.BodyArea;
import org.stillpoint.treatment.Environment;
import org.stillpoint.treatment.Lighting;
import org.stillpoint.treatment.Pack;
import org.stillpoint.treatment.PlanTemplateView;
import org.stillpoint.treatment.PlannedBlock;
import org.stillpoint.treatment.Position;
import org.stillpoint.treatment.RoomTemperature;
import org.stillpoint.treatment.RuleOverride;
import org.stillpoint.treatment.Sound;

/** Session plans with their blocks and overrides, and the therapists' plan templates. */
@Repository
public class PlanRepository {

    /** A stored plan. */
    public record StoredPlan(AppointmentId appointment, ClientId client, boolean acute, List<PlannedBlock> blocks,
                             Environment environment, String note, List<RuleOverride> overrides, long version,
                             Instant updatedAt, UUID updatedBy, Instant agreedAt, Long agreedVersion) {

        public boolean agreed() {
            return agreedVersion != null && agreedVersion == version;
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    PlanRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public boolean exists(AppointmentId appointment) {
        return jdbc.sql("SELECT COUNT(*) FROM session_plan WHERE appointment_id = :id").param("id", appointment.value())
                .query(Integer.class).single() > 0;
    }

    /** Whether the client agreed to the appointment's plan; empty when it has none. */
    public Optional<Boolean> agreed(AppointmentId appointment) {
        return jdbc.sql("SELECT agreed_at FROM session_plan WHERE appointment_id = :id")
                .param("id", appointment.value())
                .query((rs, n) -> rs.getObject("agreed_at") != null)
                .optional();
    }

    public Optional<StoredPlan> find(AppointmentId appointment) {
        UUID id = appointment.value();
        Optional<StoredPlan> head = jdbc.sql("SELECT * FROM session_plan WHERE appointment_id = :id").param("id", id)
                .query((rs, n) -> new StoredPlan(appointment, new ClientId(rs.getObject("client_id", UUID.class)),
                        rs.getBoolean("acute"), List.of(), environment(rs), rs.getString("note"), List.of(),
                        rs.getLong("version"), instant(rs, "updated_at"), rs.getObject("updated_by", UUID.class),
                        instant(rs, "agreed_at"), rs.getObject("agreed_version", Long.class)))
                .optional();
        if (head.isEmpty()) {
            return head;
        }
        List<PlannedBlock> blocks = jdbc.sql("""
                        SELECT technique, area, minutes, pressure, heat, notes FROM session_plan_block
                         WHERE appointment_id = :id ORDER BY position""")
                .param("id", id).query(PlanRepository::block).list();
        List<RuleOverride> overrides = jdbc.sql("""
                        SELECT position, rule_id, reason FROM session_plan_override
                         WHERE appointment_id = :id ORDER BY position, rule_id""")
                .param("id", id)
                .query((rs, n) -> new RuleOverride(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
        StoredPlan p = head.get();
        return Optional.of(new StoredPlan(p.appointment(), p.client(), p.acute(), blocks, p.environment(), p.note(),
                overrides, p.version(), p.updatedAt(), p.updatedBy(), p.agreedAt(), p.agreedVersion()));
    }

    /** The appointments of the client's plans, the plan saved last first; at most {@code limit}. */
    public List<AppointmentId> latest(ClientId client, int limit) {
        return jdbc.sql("""
                        SELECT appointment_id FROM session_plan WHERE client_id = :client
                         ORDER BY updated_at DESC, appointment_id LIMIT :limit""")
                .param("client", client.value()).param("limit", limit)
                .query((rs, n) -> new AppointmentId(rs.getObject(1, UUID.class))).list();
    }

    /** Inserts a first plan (version 0) or replaces one; false when {@code fromVersion} is no longer current. */
    public boolean save(StoredPlan plan, Long fromVersion) {
        UUID id = plan.appointment().value();
        Environment e = plan.environment();
        if (fromVersion == null) {
            if (exists(plan.appointment())) {
                return false;
            }
            jdbc.sql("""
                    INSERT INTO session_plan (appointment_id, client_id, lighting, sound, room_temperature, pack,
                           position, note, acute, version, updated_at, updated_by)
                    VALUES (:id, :client, :lighting, :sound, :temperature, :pack, :position, :note, :acute, 0, :at,
                           :by)""")
                    .param("id", id).param("client", plan.client().value())
                    .param("lighting", e.lighting().name()).param("sound", e.sound().name())
                    .param("temperature", e.temperature().name()).param("pack", e.pack().name())
                    .param("position", e.position().name()).param("note", plan.note())
                    .param("acute", plan.acute()).param("at", plan.updatedAt().atOffset(ZoneOffset.UTC))
                    .param("by", plan.updatedBy()).update();
        } else {
            int changed = jdbc.sql("""
                    UPDATE session_plan SET lighting = :lighting, sound = :sound, room_temperature = :temperature,
                           pack = :pack, position = :position, note = :note, acute = :acute, version = version + 1,
                           updated_at = :at, updated_by = :by
                     WHERE appointment_id = :id AND version = :version""")
                    .param("id", id)
                    .param("lighting", e.lighting().name()).param("sound", e.sound().name())
                    .param("temperature", e.temperature().name()).param("pack", e.pack().name())
                    .param("position", e.position().name()).param("note", plan.note())
                    .param("acute", plan.acute()).param("at", plan.updatedAt().atOffset(ZoneOffset.UTC))
                    .param("by", plan.updatedBy()).param("version", fromVersion).update();
            if (changed == 0) {
                return false;
            }
            jdbc.sql("DELETE FROM session_plan_block WHERE appointment_id = :id").param("id", id).update();
            jdbc.sql("DELETE FROM session_plan_override WHERE appointment_id = :id").param("id", id).update();
        }
        insertBlocks("session_plan_block", "appointment_id", id, plan.blocks());
        for (RuleOverride o : plan.overrides()) {
            jdbc.sql("""
                    INSERT INTO session_plan_override (appointment_id, position, rule_id, reason, overridden_by,
                           overridden_at) VALUES (:id, :position, :rule, :reason, :by, :at)""")
                    .param("id", id).param("position", o.block()).param("rule", o.ruleId())
                    .param("reason", o.reason().strip()).param("by", plan.updatedBy())
                    .param("at", plan.updatedAt().atOffset(ZoneOffset.UTC)).update();
        }
        return true;
    }

    /**
     * Stores new plans (version 0, without overrides) with their blocks in two batched statements, agreed to where
     * {@code agreedAt} is given (the demo clinic writes hundreds at once).
     */
    public void insertAll(Collection<StoredPlan> plans) {
        if (plans.isEmpty()) {
            return;
        }
        List<Object[]> heads = new ArrayList<>();
        List<Object[]> blocks = new ArrayList<>();
        for (StoredPlan plan : plans) {
            UUID id = plan.appointment().value();
            Environment e = plan.environment();
            heads.add(new Object[] {id, plan.client().value(), e.lighting().name(), e.sound().name(),
                    e.temperature().name(), e.pack().name(), e.position().name(), plan.note(), plan.acute(),
                    utc(plan.updatedAt()), plan.updatedBy(), utc(plan.agreedAt()),
                    plan.agreedAt() == null ? null : 0L});
            for (int i = 0; i < plan.blocks().size(); i++) {
                PlannedBlock b = plan.blocks().get(i);
                blocks.add(new Object[] {id, i, b.technique().name(), b.area().name(), b.minutes(), b.pressure(),
                        b.heat(), b.notes()});
            }
        }
        batch.batchUpdate("""
                INSERT INTO session_plan (appointment_id, client_id, lighting, sound, room_temperature, pack, position,
                       note, acute, version, updated_at, updated_by, agreed_at, agreed_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""", heads);
        batch.batchUpdate("""
                INSERT INTO session_plan_block (appointment_id, position, technique, area, minutes, pressure, heat,
                       notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", blocks);
    }

    /** The client agrees to {@code version}; false when the plan has changed since. */
    public boolean agree(AppointmentId appointment, long version, Instant at) {
        return jdbc.sql("""
                UPDATE session_plan SET agreed_at = :at, agreed_version = version
                 WHERE appointment_id = :id AND version = :version""")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("id", appointment.value())
                .param("version", version).update() == 1;
    }

    // --- templates ---

    /** The therapist's templates by name, with their blocks, in one query. */
    public List<PlanTemplateView> templates(UUID therapist) {
        Map<UUID, String> names = new LinkedHashMap<>();
        Map<UUID, List<PlannedBlock>> blocks = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT t.id, t.name, b.technique, b.area, b.minutes, b.pressure, b.heat, b.notes
                          FROM plan_template t JOIN plan_template_block b ON b.template_id = t.id
                         WHERE t.therapist_id = :t ORDER BY t.name, t.id, b.position""")
                .param("t", therapist)
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    names.put(id, rs.getString(2));
                    blocks.computeIfAbsent(id, k -> new ArrayList<>()).add(new PlannedBlock(
                            Technique.valueOf(rs.getString(3)), BodyArea.valueOf(rs.getString(4)), rs.getInt(5),
                            rs.getInt(6), rs.getBoolean(7), rs.getString(8)));
                });
        return names.entrySet().stream()
                .map(e -> new PlanTemplateView(e.getKey(), e.getValue(), blocks.get(e.getKey()))).toList();
    }

    public boolean templateNameTaken(UUID therapist, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM plan_template WHERE therapist_id = :t AND name = :name")
                .param("t", therapist).param("name", name).query(Integer.class).single() > 0;
    }

    public void insertTemplate(UUID id, UUID therapist, String name, List<PlannedBlock> blocks, Instant at) {
        jdbc.sql("INSERT INTO plan_template (id, therapist_id, name, created_at) VALUES (:id, :t, :name, :at)")
                .param("id", id).param("t", therapist).param("name", name)
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
        insertBlocks("plan_template_block", "template_id", id, blocks);
    }

    private void insertBlocks(String table, String key, UUID id, List<PlannedBlock> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            PlannedBlock b = blocks.get(i);
            jdbc.sql("INSERT INTO " + table + " (" + key + ", position, technique, area, minutes, pressure, heat, notes)"
                            + " VALUES (:id, :position, :technique, :area, :minutes, :pressure, :heat, :notes)")
                    .param("id", id).param("position", i).param("technique", b.technique().name())
                    .param("area", b.area().name()).param("minutes", b.minutes()).param("pressure", b.pressure())
                    .param("heat", b.heat()).param("notes", b.notes()).update();
        }
    }

    private static PlannedBlock block(ResultSet rs, int row) throws SQLException {
        return new PlannedBlock(Technique.valueOf(rs.getString(1)), BodyArea.valueOf(rs.getString(2)), rs.getInt(3),
                rs.getInt(4), rs.getBoolean(5), rs.getString(6));
    }

    private static Environment environment(ResultSet rs) throws SQLException {
        return new Environment(Lighting.valueOf(rs.getString("lighting")), Sound.valueOf(rs.getString("sound")),
                RoomTemperature.valueOf(rs.getString("room_temperature")), Pack.valueOf(rs.getString("pack")),
                Position.valueOf(rs.getString("position")));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
