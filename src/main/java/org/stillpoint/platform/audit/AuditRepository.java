package org.stillpoint.platform.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stillpoint.platform.AuditAction;
import org.stillpoint.platform.AuditEntry;
import org.stillpoint.platform.AuditFilter;
import org.stillpoint.platform.AuditOutcome;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.Role;

/** Appends and searches audit rows. Deliberately has no update or delete. */
@Repository
public class AuditRepository {

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(Instant at, CurrentUser actor, AuditAction action, String recordType, String recordId,
                       AuditOutcome outcome, String detail) {
        jdbc.sql("""
                INSERT INTO audit_log (occurred_at, actor_id, actor_email, actor_role, action, record_type, record_id,
                                       outcome, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(at.atOffset(ZoneOffset.UTC),
                        actor == null ? null : actor.accountId().value(),
                        actor == null ? "system" : actor.email(),
                        actor == null ? null : actor.role().name(),
                        action.name(), recordType, recordId, outcome.name(),
                        detail == null ? null : truncate(detail, 500))
                .update();
    }

    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, occurred_at, actor_email, actor_role, action, record_type, record_id, outcome, detail
                  FROM audit_log WHERE 1 = 1""");
        List<Object> params = new ArrayList<>();
        if (filter.actorEmail() != null && !filter.actorEmail().isBlank()) {
            sql.append(" AND LOWER(actor_email) LIKE ?");
            params.add("%" + filter.actorEmail().strip().toLowerCase() + "%");
        }
        if (filter.recordType() != null && !filter.recordType().isBlank()) {
            sql.append(" AND record_type = ?");
            params.add(filter.recordType().strip());
        }
        if (filter.recordId() != null && !filter.recordId().isBlank()) {
            sql.append(" AND record_id = ?");
            params.add(filter.recordId().strip());
        }
        if (filter.action() != null) {
            sql.append(" AND action = ?");
            params.add(filter.action().name());
        }
        if (filter.outcome() != null) {
            sql.append(" AND outcome = ?");
            params.add(filter.outcome().name());
        }
        if (filter.from() != null) {
            sql.append(" AND occurred_at >= ?");
            params.add(filter.from().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            sql.append(" AND occurred_at < ?");
            params.add(filter.to().atOffset(ZoneOffset.UTC));
        }
        sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new AuditEntry(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor_email"),
                rs.getString("actor_role") == null ? null : Role.valueOf(rs.getString("actor_role")),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("record_type"),
                rs.getString("record_id"),
                AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getString("detail"))).list();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
