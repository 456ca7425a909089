package org.stillpoint.platform.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per e-mail address, whether or not an account has it, so that the lock says nothing
 * about which accounts exist. After {@link #MAX_FAILURES} failures the address is locked for {@link #LOCK}.
 * Every instance sees the same counts because they live in the database.
 */
@Component
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean isLocked(String email) {
        return jdbc.sql("SELECT locked_until FROM login_throttle WHERE email = ?")
                .param(email)
                .query(OffsetDateTime.class)
                .optional()
                .map(until -> until.toInstant().isAfter(clock.instant()))
                .orElse(false);
    }

    /** Records a failure and answers whether the address is now locked. */
    public boolean recordFailure(String email) {
        Instant now = clock.instant();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        // A lock that has run out starts a fresh count.
        int updated = jdbc.sql("""
                UPDATE login_throttle
                   SET failures = CASE WHEN locked_until IS NOT NULL AND locked_until <= ? THEN 1 ELSE failures + 1 END,
                       locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= ? THEN NULL ELSE locked_until END,
                       last_failure_at = ?
                 WHERE email = ?""")
                .params(at, at, at, email)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO login_throttle (email, failures, locked_until, last_failure_at) VALUES (?, 1, NULL, ?)")
                        .params(email, at)
                        .update();
            } catch (DuplicateKeyException raced) {
                return recordFailure(email);
            }
        }
        int failures = jdbc.sql("SELECT failures FROM login_throttle WHERE email = ?").param(email)
                .query(Integer.class).single();
        if (failures >= MAX_FAILURES) {
            jdbc.sql("UPDATE login_throttle SET locked_until = ? WHERE email = ? AND locked_until IS NULL")
                    .params(now.plus(LOCK).atOffset(ZoneOffset.UTC), email)
                    .update();
            return true;
        }
        return false;
    }

    public void reset(String email) {
        jdbc.sql("DELETE FROM login_throttle WHERE email = ?").param(email).update();
    }
}
