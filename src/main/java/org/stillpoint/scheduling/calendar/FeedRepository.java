package org.stillpoint.scheduling.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar feeds: one per account, found by the hash of its token. */
@Repository
class FeedRepository {

    private final JdbcClient jdbc;

    FeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whose feed a token hash opens: a client's or a therapist's (the other id is null). */
    record Feed(UUID account, UUID client, UUID therapist, Instant createdAt) {
    }

    Optional<Feed> findByHash(String hash) {
        return jdbc.sql("SELECT account_id, client_id, therapist_id, created_at FROM calendar_feed WHERE token_hash = ?")
                .param(hash)
                .query((rs, n) -> feed(rs))
                .optional();
    }

    Optional<Feed> findByAccount(UUID account) {
        return jdbc.sql("SELECT account_id, client_id, therapist_id, created_at FROM calendar_feed WHERE account_id = ?")
                .param(account)
                .query((rs, n) -> feed(rs))
                .optional();
    }

    /** Gives the account's feed a new token hash, creating the feed if it has none; the old hash is gone. */
    void save(UUID account, UUID client, UUID therapist, String hash, Instant now) {
        int updated = jdbc.sql("""
                UPDATE calendar_feed SET token_hash = ?, client_id = ?, therapist_id = ?, created_at = ?
                 WHERE account_id = ?""")
                .params(hash, client, therapist, utc(now), account)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO calendar_feed (account_id, client_id, therapist_id, token_hash, created_at)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(account, client, therapist, hash, utc(now))
                    .update();
        }
    }

    boolean delete(UUID account) {
        return jdbc.sql("DELETE FROM calendar_feed WHERE account_id = ?").param(account).update() > 0;
    }

    private static Feed feed(ResultSet rs) throws SQLException {
        return new Feed(rs.getObject("account_id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getObject("therapist_id", UUID.class), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
