package org.stillpoint.intake.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stillpoint.clients.ClientId;
import org.stillpoint.intake.Clearance;
import org.stillpoint.intake.ClearanceId;
import org.stillpoint.intake.ClearanceScope;
import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.RedFlag;
import org.stillpoint.platform.AccountId;

/** Recorded clearances; a clearance is never changed, a newer one is recorded instead. */
@Repository
public class ClearanceRepository {

    private final JdbcClient jdbc;

    ClearanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(RecordedClearance recorded, AccountId by) {
        Clearance c = recorded.clearance();
        jdbc.sql("""
                INSERT INTO intake_clearance (id, client_id, clinician_name, clinician_profession, cleared_on, scope,
                                              expires_on, document_reference, intake_version, covered_red_flags,
                                              covered_conditions, recorded_by, recorded_by_name, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id().value(), c.client().value(), c.clinicianName(), c.clinicianProfession(),
                        c.clearedOn(), c.scope().name(), c.expiresOn(), c.documentReference(), c.intakeVersion(),
                        Rows.names(inOrder(recorded.coveredRedFlags(), RedFlag.class)),
                        Rows.names(inOrder(recorded.coveredConditions(), ContraindicationCondition.class)),
                        by.value(), c.recordedBy(), Rows.utc(c.recordedAt()))
                .update();
    }

    /** Every clearance of the client, the most recently recorded first. */
    public List<RecordedClearance> forClient(ClientId client) {
        return jdbc.sql("SELECT * FROM intake_clearance WHERE client_id = ? ORDER BY recorded_at DESC, id")
                .param(client.value())
                .query((rs, row) -> recorded(client, rs))
                .list();
    }

    private static RecordedClearance recorded(ClientId client, ResultSet rs) throws SQLException {
        Clearance clearance = new Clearance(new ClearanceId(rs.getObject("id", UUID.class)), client,
                rs.getString("clinician_name"), rs.getString("clinician_profession"), Rows.date(rs, "cleared_on"),
                ClearanceScope.valueOf(rs.getString("scope")), Rows.date(rs, "expires_on"),
                rs.getString("document_reference"), Rows.integer(rs, "intake_version"),
                rs.getString("recorded_by_name"), Rows.instant(rs, "recorded_at"));
        EnumSet<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        flags.addAll(Rows.parse(rs.getString("covered_red_flags"), RedFlag::valueOf));
        EnumSet<ContraindicationCondition> conditions = EnumSet.noneOf(ContraindicationCondition.class);
        conditions.addAll(Rows.parse(rs.getString("covered_conditions"), ContraindicationCondition::valueOf));
        return new RecordedClearance(clearance, flags, conditions);
    }

    private static <E extends Enum<E>> EnumSet<E> inOrder(Set<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return copy;
    }
}
