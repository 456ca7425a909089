package org.stillpoint.platform.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stillpoint.platform.SecretTokens;
import org.stillpoint.platform.install.InstallationRepository;

/**
 * Personal API tokens: {@value #PREFIX} followed by a {@link SecretTokens} secret. Only the SHA-256 of a token
 * is stored; a request's token is found by that hash in one indexed lookup joined with its account.
 */
@Repository
public class ApiTokenStore {

    public static final String PREFIX = "sp_";

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final InstallationRepository installation;

    ApiTokenStore(JdbcClient jdbc, AccountRepository accounts, InstallationRepository installation) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.installation = installation;
    }

    /** A token row as its holder sees it (never the token itself). */
    public record Row(UUID id, UUID accountId, String name, Instant createdAt, Instant expiresAt, Instant revokedAt) {
    }

    public static String newSecret() {
        return PREFIX + SecretTokens.generate();
    }

    public void insert(UUID id, UUID accountId, String name, String secret, Instant createdAt, Instant expiresAt) {
        jdbc.sql("""
                INSERT INTO api_token (id, account_id, name, token_hash, created_at, expires_at)
                VALUES (:id, :account, :name, :hash, :created, :expires)""")
                .param("id", id).param("account", accountId).param("name", name)
                .param("hash", SecretTokens.hash(secret))
                .param("created", java.sql.Timestamp.from(createdAt))
                .param("expires", java.sql.Timestamp.from(expiresAt))
                .update();
    }

    public List<Row> ofAccount(UUID accountId) {
        return jdbc.sql("""
                SELECT id, account_id, name, created_at, expires_at, revoked_at FROM api_token
                WHERE account_id = :account ORDER BY created_at DESC, id""")
                .param("account", accountId)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                        rs.getString("name"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant()))
                .list();
    }

    /** Revokes one of the account's own tokens; false when it has no such token or it was revoked already. */
    public boolean revoke(UUID id, UUID accountId, Instant now) {
        return jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND account_id = :account "
                        + "AND revoked_at IS NULL")
                .param("now", java.sql.Timestamp.from(now)).param("id", id).param("account", accountId)
                .update() == 1;
    }

    public boolean exists(UUID id, UUID accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM api_token WHERE id = :id AND account_id = :account")
                .param("id", id).param("account", accountId).query(Long.class).single() > 0;
    }

    /**
     * The account a token signs in, when the token is well-formed, known, neither revoked nor expired, and its
     * account is active (and, for a demo account, the installation is a demo).
     */
    public Optional<StillpointPrincipal> authenticate(String secret, Instant now) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<UUID> account = jdbc.sql("""
                SELECT account_id FROM api_token
                WHERE token_hash = :hash AND revoked_at IS NULL AND expires_at > :now""")
                .param("hash", SecretTokens.hash(secret)).param("now", java.sql.Timestamp.from(now))
                .query(UUID.class).optional();
        return account.flatMap(accounts::findById)
                .filter(Account::active)
                .filter(a -> !a.summary().demo() || installation.isDemo())
                .map(StillpointPrincipal::new);
    }
}
