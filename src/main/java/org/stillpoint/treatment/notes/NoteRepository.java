package org.stillpoint.treatment.notes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stillpoint.clinic.Technique;
import org.stillpoint.platform.Conflict;
import org.stillpoint.treatment.AdverseEvent;
import org.stillpoint.treatment.AreaFinding;
import org.stillpoint.treatment.BlockDone;
import org.stillpoint.treatment.BodyArea;
import org.stillpoint.treatment.IntervalUnit;
import org.stillpoint.treatment.NextSession;
import org.stillpoint.treatment.NoteContent;
import org.stillpoint.treatment.NoteStatus;
import org.stillpoint.treatment.Tension;

/**
 * The session notes' tables (db/migration/common/V18). A draft's rows are replaced whole; a signed note's rows are
 * never updated or deleted (every UPDATE of the content is conditional on the DRAFT status), and amendments are only
 * ever added.
 */
@Repository
public class NoteRepository {

    private static final String NOTE_COLUMNS = """
            appointment_id, client_id, therapist_id, appointment_start, appointment_end, status, subjective,
            pain_before, assessment, pain_after, client_response, adverse_note, recommendations, next_every,
            next_unit, next_note, emergency_reported_at, created_at, created_by, updated_at, updated_by, signed_at,
            signed_by""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    NoteRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The appointment's note with its amendments, if it has one. */
    public Optional<SessionNote> find(UUID appointment) {
        return load(appointment, false);
    }

    /**
     * The note, its row locked until the transaction ends, so that two saves, signatures or amendments of one note
     * take turns.
     */
    public Optional<SessionNote> lock(UUID appointment) {
        return load(appointment, true);
    }

    private Optional<SessionNote> load(UUID appointment, boolean forUpdate) {
        Optional<NoteRow> row = jdbc.sql("SELECT " + NOTE_COLUMNS + " FROM session_note WHERE appointment_id = ?"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .param(appointment).query((rs, n) -> noteRow(rs)).optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<AreaFinding> findings = jdbc.sql("""
                        SELECT area, tension, trigger_points, note FROM session_note_finding
                         WHERE appointment_id = ?""")
                .param(appointment)
                .query((rs, n) -> new AreaFinding(BodyArea.valueOf(rs.getString("area")),
                        tension(rs), bool(rs, "trigger_points"), rs.getString("note")))
                .list().stream().sorted((a, b) -> a.area().compareTo(b.area())).toList();
        List<BlockDone> blocks = jdbc.sql("""
                        SELECT technique, area, minutes, pressure FROM session_note_block
                         WHERE appointment_id = ? ORDER BY position""")
                .param(appointment).query((rs, n) -> block(rs)).list();
        Set<AdverseEvent> adverse = ordered(jdbc.sql(
                        "SELECT event FROM session_note_adverse_event WHERE appointment_id = ?")
                .param(appointment).query((rs, n) -> AdverseEvent.valueOf(rs.getString(1))).list());
        NoteRow r = row.get();
        NoteContent content = new NoteContent(r.subjective, r.painBefore, findings, r.assessment, blocks,
                r.painAfter, r.response, adverse, r.adverseNote, r.recommendations, r.next);
        return Optional.of(new SessionNote(appointment, r.client, r.therapist, r.start, r.end, r.status, content,
                r.createdAt, r.createdBy, r.updatedAt, r.updatedBy, r.signedAt, r.signedBy, r.emergencyReportedAt,
                amendments(appointment)));
    }

    private List<Amendment> amendments(UUID appointment) {
        Map<Integer, List<BlockDone>> blocks = new HashMap<>();
        jdbc.sql("""
                        SELECT number, technique, area, minutes, pressure FROM session_note_amendment_block
                         WHERE appointment_id = ? ORDER BY number, position""")
                .param(appointment)
                .query(rs -> {
                    blocks.computeIfAbsent(rs.getInt("number"), k -> new ArrayList<>()).add(block(rs));
                });
        Map<Integer, List<AdverseEvent>> adverse = new HashMap<>();
        jdbc.sql("SELECT number, event FROM session_note_amendment_adverse_event WHERE appointment_id = ?")
                .param(appointment)
                .query(rs -> {
                    adverse.computeIfAbsent(rs.getInt("number"), k -> new ArrayList<>())
                            .add(AdverseEvent.valueOf(rs.getString("event")));
                });
        return jdbc.sql("""
                        SELECT number, reason, correction, pain_before, pain_after, blocks_corrected,
                               adverse_events_corrected, written_at, written_by
                          FROM session_note_amendment WHERE appointment_id = ? ORDER BY number""")
                .param(appointment)
                .query((rs, n) -> {
                    int number = rs.getInt("number");
                    return new Amendment(number, rs.getString("reason"), rs.getString("correction"),
                            integer(rs, "pain_before"), integer(rs, "pain_after"),
                            rs.getBoolean("blocks_corrected") ? blocks.getOrDefault(number, List.of()) : null,
                            rs.getBoolean("adverse_events_corrected")
                                    ? ordered(adverse.getOrDefault(number, List.of())) : null,
                            instant(rs, "written_at"), rs.getObject("written_by", UUID.class));
                })
                .list();
    }

    /** Stores a new note with its rows. */
    public void insert(SessionNote note) {
        insertAll(List.of(note));
    }

    /**
     * Stores new notes with their rows in a few batched statements (the demo clinic writes hundreds at once).
     * Amendments are not written here.
     */
    public void insertAll(Collection<SessionNote> notes) {
        if (notes.isEmpty()) {
            return;
        }
        batch.batchUpdate("INSERT INTO session_note (" + NOTE_COLUMNS + ") VALUES "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                notes.stream().map(NoteRepository::noteValues).toList());
        insertRows(notes);
    }

    /** Writes a draft's new content over the old; 409 if the note was signed meanwhile. */
    public void replaceDraft(SessionNote note) {
        NoteContent c = note.content();
        NextSession next = c.nextSession();
        int changed = jdbc.sql("""
                        UPDATE session_note SET subjective = ?, pain_before = ?, assessment = ?, pain_after = ?,
                               client_response = ?, adverse_note = ?, recommendations = ?, next_every = ?,
                               next_unit = ?, next_note = ?, updated_at = ?, updated_by = ?
                         WHERE appointment_id = ? AND status = 'DRAFT'""")
                .params(c.subjective(), c.painBefore(), c.assessment(), c.painAfter(), c.response(),
                        c.adverseNote(), c.recommendations(), next == null ? null : next.every(),
                        next == null || next.unit() == null ? null : next.unit().name(),
                        next == null ? null : next.note(), utc(note.updatedAt()), note.updatedBy(),
                        note.appointmentId())
                .update();
        if (changed == 0) {
            throw new Conflict("note-signed", "notes.signed");
        }
        for (String table : List.of("session_note_finding", "session_note_block", "session_note_adverse_event")) {
            jdbc.sql("DELETE FROM " + table + " WHERE appointment_id = ?").param(note.appointmentId()).update();
        }
        insertRows(List.of(note));
    }

    /** Records the signature of a draft; 409 if it was signed meanwhile. */
    public void sign(SessionNote note) {
        int changed = jdbc.sql("""
                        UPDATE session_note SET status = 'SIGNED', signed_at = ?, signed_by = ?, updated_at = ?,
                               updated_by = ?
                         WHERE appointment_id = ? AND status = 'DRAFT'""")
                .params(utc(note.signedAt()), note.signedBy(), utc(note.updatedAt()), note.updatedBy(),
                        note.appointmentId())
                .update();
        if (changed == 0) {
            throw new Conflict("note-signed", "notes.signed");
        }
    }

    /** Adds an amendment beside a signed note. */
    public void addAmendment(UUID appointment, Amendment amendment) {
        jdbc.sql("""
                        INSERT INTO session_note_amendment (appointment_id, number, reason, correction, pain_before,
                               pain_after, blocks_corrected, adverse_events_corrected, written_at, written_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(appointment, amendment.number(), amendment.reason(), amendment.text(),
                        amendment.painBefore(), amendment.painAfter(), amendment.blocks() != null,
                        amendment.adverseEvents() != null, utc(amendment.writtenAt()), amendment.writtenBy())
                .update();
        if (amendment.blocks() != null && !amendment.blocks().isEmpty()) {
            List<Object[]> rows = new ArrayList<>();
            for (int position = 0; position < amendment.blocks().size(); position++) {
                BlockDone b = amendment.blocks().get(position);
                rows.add(new Object[] {appointment, amendment.number(), position, b.technique().name(),
                        b.area().name(), b.minutes(), b.pressure()});
            }
            batch.batchUpdate("""
                    INSERT INTO session_note_amendment_block (appointment_id, number, position, technique, area,
                           minutes, pressure) VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
        }
        if (amendment.adverseEvents() != null && !amendment.adverseEvents().isEmpty()) {
            batch.batchUpdate("""
                            INSERT INTO session_note_amendment_adverse_event (appointment_id, number, event)
                            VALUES (?, ?, ?)""",
                    amendment.adverseEvents().stream()
                            .map(e -> new Object[] {appointment, amendment.number(), e.name()}).toList());
        }
    }

    /** When the owner and the front desk were told of the note's emergency. */
    public void emergencyReported(UUID appointment, Instant at) {
        jdbc.sql("""
                        UPDATE session_note SET emergency_reported_at = ?
                         WHERE appointment_id = ? AND emergency_reported_at IS NULL""")
                .params(utc(at), appointment).update();
    }

    private void insertRows(Collection<SessionNote> notes) {
        List<Object[]> findings = new ArrayList<>();
        List<Object[]> blocks = new ArrayList<>();
        List<Object[]> adverse = new ArrayList<>();
        for (SessionNote note : notes) {
            UUID id = note.appointmentId();
            for (AreaFinding f : note.content().findings()) {
                findings.add(new Object[] {id, f.area().name(), f.tension() == null ? null : f.tension().level(),
                        f.triggerPoints(), f.note()});
            }
            List<BlockDone> done = note.content().blocks();
            for (int position = 0; position < done.size(); position++) {
                BlockDone b = done.get(position);
                blocks.add(new Object[] {id, position, b.technique().name(), b.area().name(), b.minutes(),
                        b.pressure()});
            }
            for (AdverseEvent event : note.content().adverseEvents()) {
                adverse.add(new Object[] {id, event.name()});
            }
        }
        if (!findings.isEmpty()) {
            batch.batchUpdate("""
                    INSERT INTO session_note_finding (appointment_id, area, tension, trigger_points, note)
                    VALUES (?, ?, ?, ?, ?)""", findings);
        }
        if (!blocks.isEmpty()) {
            batch.batchUpdate("""
                    INSERT INTO session_note_block (appointment_id, position, technique, area, minutes, pressure)
                    VALUES (?, ?, ?, ?, ?, ?)""", blocks);
        }
        if (!adverse.isEmpty()) {
            batch.batchUpdate("INSERT INTO session_note_adverse_event (appointment_id, event) VALUES (?, ?)",
                    adverse);
        }
    }

    private static Object[] noteValues(SessionNote note) {
        NoteContent c = note.content();
        NextSession next = c.nextSession();
        return new Object[] {note.appointmentId(), note.clientId(), note.therapistId(), utc(note.appointmentStart()),
                utc(note.appointmentEnd()), note.status().name(), c.subjective(), c.painBefore(), c.assessment(),
                c.painAfter(), c.response(), c.adverseNote(), c.recommendations(),
                next == null ? null : next.every(), next == null || next.unit() == null ? null : next.unit().name(),
                next == null ? null : next.note(), utc(note.emergencyReportedAt()), utc(note.createdAt()),
                note.createdBy(), utc(note.updatedAt()), note.updatedBy(), utc(note.signedAt()), note.signedBy()};
    }

    /** The columns of a note's own row. */
    private record NoteRow(UUID client, UUID therapist, Instant start, Instant end, NoteStatus status,
                           String subjective, Integer painBefore, String assessment, Integer painAfter,
                           String response, String adverseNote, String recommendations, NextSession next,
                           Instant emergencyReportedAt, Instant createdAt, UUID createdBy, Instant updatedAt,
                           UUID updatedBy, Instant signedAt, UUID signedBy) {
    }

    private static NoteRow noteRow(ResultSet rs) throws SQLException {
        Integer every = integer(rs, "next_every");
        String unit = rs.getString("next_unit");
        String nextNote = rs.getString("next_note");
        NextSession next = every == null && nextNote == null ? null
                : new NextSession(every, unit == null ? null : IntervalUnit.valueOf(unit), nextNote);
        return new NoteRow(rs.getObject("client_id", UUID.class), rs.getObject("therapist_id", UUID.class),
                instant(rs, "appointment_start"), instant(rs, "appointment_end"),
                NoteStatus.valueOf(rs.getString("status")), rs.getString("subjective"), integer(rs, "pain_before"),
                rs.getString("assessment"), integer(rs, "pain_after"), rs.getString("client_response"),
                rs.getString("adverse_note"), rs.getString("recommendations"), next,
                instant(rs, "emergency_reported_at"), instant(rs, "created_at"),
                rs.getObject("created_by", UUID.class), instant(rs, "updated_at"),
                rs.getObject("updated_by", UUID.class), instant(rs, "signed_at"),
                rs.getObject("signed_by", UUID.class));
    }

    private static BlockDone block(ResultSet rs) throws SQLException {
        return new BlockDone(Technique.valueOf(rs.getString("technique")), BodyArea.valueOf(rs.getString("area")),
                rs.getInt("minutes"), rs.getInt("pressure"));
    }

    private static Tension tension(ResultSet rs) throws SQLException {
        Integer level = integer(rs, "tension");
        return level == null ? null : Tension.ofLevel(level);
    }

    private static Set<AdverseEvent> ordered(Collection<AdverseEvent> events) {
        Set<AdverseEvent> present = events.isEmpty() ? Set.of() : EnumSet.copyOf(events);
        return new LinkedHashSet<>(present);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
