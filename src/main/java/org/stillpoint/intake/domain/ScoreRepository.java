package org.stillpoint.intake.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stillpoint.clients.ClientId;
import org.stillpoint.intake.Hit6Entry;
import org.stillpoint.intake.MidasEntry;
import org.stillpoint.platform.AccountId;

/** MIDAS and HIT-6 entries; each entry is kept as entered, a correction is a newer entry. */
@Repository
public class ScoreRepository {

    private final JdbcClient jdbc;

    ScoreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(MidasEntry entry, AccountId by) {
        MidasForm f = entry.form();
        MidasScore score = entry.score();
        jdbc.sql("""
                INSERT INTO midas_entry (id, client_id, administered_on, item1, item2, item3, item4, item5, item_a,
                                         item_b, score, grade, recorded_by, recorded_by_name, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.id(), entry.client().value(), entry.administeredOn(), f.item1(), f.item2(), f.item3(),
                        f.item4(), f.item5(), f.itemA(), f.itemB(), score == null ? null : score.total(),
                        score == null ? null : score.grade().name(), by.value(), entry.recordedBy(),
                        Rows.utc(entry.recordedAt()))
                .update();
    }

    public void insert(Hit6Entry entry, AccountId by) {
        jdbc.sql("""
                INSERT INTO hit6_entry (id, client_id, administered_on, total, impact, recorded_by,
                                        recorded_by_name, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.id(), entry.client().value(), entry.administeredOn(), entry.total(),
                        entry.impact().name(), by.value(), entry.recordedBy(), Rows.utc(entry.recordedAt()))
                .update();
    }

    /** The client's MIDAS forms, the most recently administered first. */
    public List<MidasEntry> midas(ClientId client) {
        return jdbc.sql("""
                SELECT * FROM midas_entry WHERE client_id = ?
                 ORDER BY administered_on DESC, recorded_at DESC""")
                .param(client.value())
                .query((rs, row) -> midas(client, rs))
                .list();
    }

    /** The client's HIT-6 totals, the most recently administered first. */
    public List<Hit6Entry> hit6(ClientId client) {
        return jdbc.sql("SELECT * FROM hit6_entry WHERE client_id = ? ORDER BY administered_on DESC, recorded_at DESC")
                .param(client.value())
                .query((rs, row) -> new Hit6Entry(rs.getObject("id", UUID.class), client,
                        Rows.date(rs, "administered_on"), rs.getInt("total"),
                        Hit6Impact.valueOf(rs.getString("impact")), rs.getString("recorded_by_name"),
                        Rows.instant(rs, "recorded_at")))
                .list();
    }

    private static MidasEntry midas(ClientId client, ResultSet rs) throws SQLException {
        MidasForm form = new MidasForm(Rows.integer(rs, "item1"), Rows.integer(rs, "item2"),
                Rows.integer(rs, "item3"), Rows.integer(rs, "item4"), Rows.integer(rs, "item5"),
                Rows.integer(rs, "item_a"), Rows.integer(rs, "item_b"));
        return new MidasEntry(rs.getObject("id", UUID.class), client, Rows.date(rs, "administered_on"), form,
                form.complete() ? form.score() : null, rs.getString("recorded_by_name"),
                Rows.instant(rs, "recorded_at"));
    }
}
