package org.stillpoint.clients.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stillpoint.clients.ClientId;
import org.stillpoint.platform.SecretTokens;

/**
 * One-time links that confirm a client's e-mail address. The link carries 256 random bits; the table keeps only
 * their SHA-256 hash, so that a copy of the database cannot confirm anyone's address. A link is good for
 * {@link #VALIDITY} and once.
 */
@Repository
public class EmailVerificationTokens {

    public static final Duration VALIDITY = Duration.ofHours(48);

    private final JdbcClient jdbc;

    EmailVerificationTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Issues a token for the client's current address; answers the token for the link (never stored). */
    public String issue(ClientId client, String email, Instant now) {
        String token = SecretTokens.generate();
        jdbc.sql("""
                INSERT INTO client_email_token (token_hash, client_id, email, created_at, expires_at, used_at)
                VALUES (?, ?, ?, ?, ?, NULL)""")
                .params(SecretTokens.hash(token), client.value(), email, now.atOffset(ZoneOffset.UTC),
                        now.plus(VALIDITY).atOffset(ZoneOffset.UTC))
                .update();
        return token;
    }

    public Optional<IssuedToken> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT client_id, email, expires_at, used_at FROM client_email_token WHERE token_hash = ?")
                .param(SecretTokens.hash(token.strip()))
                .query((rs, row) -> new IssuedToken(new ClientId(rs.getObject("client_id", UUID.class)),
                        rs.getString("email"), rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("used_at", OffsetDateTime.class) != null))
                .optional();
    }

    /** Uses the token up; answers false if another request used it first. */
    public boolean use(String token, Instant now) {
        return jdbc.sql("UPDATE client_email_token SET used_at = ? WHERE token_hash = ? AND used_at IS NULL")
                .params(now.atOffset(ZoneOffset.UTC), SecretTokens.hash(token.strip())).update() == 1;
    }

    /** What the database knows about a token. */
    public record IssuedToken(ClientId client, String email, Instant expiresAt, boolean used) {

        public boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }
}
