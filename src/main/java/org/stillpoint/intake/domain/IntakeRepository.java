package org.stillpoint.intake.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stillpoint.clients.ClientId;
import org.stillpoint.intake.IntakeVersion;
import org.stillpoint.intake.IntakeVersionSummary;
import org.stillpoint.intake.RedFlag;
import org.stillpoint.intake.ScreeningResult;
import org.stillpoint.intake.ScreeningTier;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.Conflict;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.Role;

/**
 * Drafts and submitted versions. The draft is the only row that changes; a submission appends a version whose
 * number the primary key keeps unique per client, so two submissions at the same moment can never share one.
 */
@Repository
public class IntakeRepository {

    private final JdbcClient jdbc;

    IntakeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The saved draft and when it was saved. */
    public record StoredDraft(IntakeAnswers answers, Instant savedAt) {
    }

    /** The latest version of a client, in a few words, for lists. */
    public record LatestTier(ClientId client, int number, ScreeningTier tier, Instant submittedAt) {
    }

    public Optional<StoredDraft> draft(ClientId client) {
        return jdbc.sql("SELECT answers, saved_at FROM intake_draft WHERE client_id = ?")
                .param(client.value())
                .query((rs, row) -> new StoredDraft(AnswersJson.read(rs.getString("answers")),
                        Rows.instant(rs, "saved_at")))
                .optional();
    }

    /**
     * Keeps the answers as the client's draft, whatever they hold. The update also locks the draft's row until the
     * end of the transaction, so that one client's submissions queue up.
     */
    public void saveDraft(ClientId client, IntakeAnswers answers, Instant now, AccountId by) {
        String json = AnswersJson.write(answers);
        int updated = updateDraft(client, json, now, by);
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO intake_draft (client_id, answers, saved_at, saved_by) VALUES (?, ?, ?, ?)")
                        .params(client.value(), json, Rows.utc(now), by.value())
                        .update();
            } catch (DuplicateKeyException savedMeanwhile) {
                throw new Conflict("intake-saved-meanwhile", "intake.draft.saved-meanwhile");
            }
        }
    }

    private int updateDraft(ClientId client, String json, Instant now, AccountId by) {
        return jdbc.sql("UPDATE intake_draft SET answers = ?, saved_at = ?, saved_by = ? WHERE client_id = ?")
                .params(json, Rows.utc(now), by.value(), client.value())
                .update();
    }

    /** Appends the next version of the client's intake. */
    public IntakeVersion append(ClientId client, IntakeAnswers answers, ScreeningResult screening, Instant now,
                                CurrentUser by) {
        int number = jdbc.sql("SELECT COALESCE(MAX(version_number), 0) + 1 FROM intake_version WHERE client_id = ?")
                .param(client.value()).query(Integer.class).single();
        try {
            jdbc.sql("""
                    INSERT INTO intake_version (client_id, version_number, answers, tier, red_flags, policy_version,
                                                submitted_at, submitted_by, submitted_by_name, submitted_by_role)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(client.value(), number, AnswersJson.write(answers), screening.tier().name(),
                            Rows.names(screening.flags()), screening.policyVersion(), Rows.utc(now), by.accountId().value(),
                            by.displayName(), by.role().name())
                    .update();
        } catch (DuplicateKeyException submittedMeanwhile) {
            throw new Conflict("intake-submitted-meanwhile", "intake.submit.meanwhile");
        }
        return new IntakeVersion(client, number, answers, screening, now, by.displayName(), by.role());
    }

    public Optional<IntakeVersion> latest(ClientId client) {
        return jdbc.sql("""
                SELECT * FROM intake_version WHERE client_id = ?
                 ORDER BY version_number DESC LIMIT 1""")
                .param(client.value())
                .query((rs, row) -> version(client, rs))
                .optional();
    }

    public Optional<IntakeVersion> version(ClientId client, int number) {
        return jdbc.sql("SELECT * FROM intake_version WHERE client_id = ? AND version_number = ?")
                .params(client.value(), number)
                .query((rs, row) -> version(client, rs))
                .optional();
    }

    /** The history, newest first. */
    public List<IntakeVersionSummary> versions(ClientId client) {
        return jdbc.sql("""
                SELECT version_number, submitted_at, tier, submitted_by_name, submitted_by_role FROM intake_version
                 WHERE client_id = ? ORDER BY version_number DESC""")
                .param(client.value())
                .query((rs, row) -> new IntakeVersionSummary(rs.getInt("version_number"),
                        Rows.instant(rs, "submitted_at"), ScreeningTier.valueOf(rs.getString("tier")),
                        rs.getString("submitted_by_name"), Role.valueOf(rs.getString("submitted_by_role"))))
                .list();
    }

    /** Every client whose latest version has one of the tiers, the most recent submission first. */
    public List<LatestTier> latestWithTier(Collection<ScreeningTier> tiers) {
        if (tiers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT v.client_id, v.version_number, v.tier, v.submitted_at FROM intake_version v
                 WHERE v.tier IN (:tiers)
                   AND v.version_number = (SELECT MAX(l.version_number) FROM intake_version l
                                            WHERE l.client_id = v.client_id)
                 ORDER BY v.submitted_at DESC""")
                .param("tiers", tiers.stream().map(ScreeningTier::name).toList())
                .query((rs, row) -> new LatestTier(new ClientId(rs.getObject("client_id", UUID.class)),
                        rs.getInt("version_number"), ScreeningTier.valueOf(rs.getString("tier")),
                        Rows.instant(rs, "submitted_at")))
                .list();
    }

    private static IntakeVersion version(ClientId client, ResultSet rs) throws SQLException {
        ScreeningResult screening = new ScreeningResult(ScreeningTier.valueOf(rs.getString("tier")),
                Rows.parse(rs.getString("red_flags"), RedFlag::valueOf), rs.getString("policy_version"));
        return new IntakeVersion(client, rs.getInt("version_number"), AnswersJson.read(rs.getString("answers")),
                screening, Rows.instant(rs, "submitted_at"), rs.getString("submitted_by_name"),
                Role.valueOf(rs.getString("submitted_by_role")));
    }
}
