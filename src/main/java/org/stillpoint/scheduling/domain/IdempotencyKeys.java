package org.stillpoint.scheduling.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.InvalidInput.FieldMessage;

/**
 * The {@code Idempotency-Key}s of booking requests, per account: which request a key was first used for (as a
 * fingerprint of its content) and the appointment it booked. A retry with the same key and the same request gets
 * that appointment again instead of a second one.
 */
@Repository
public class IdempotencyKeys {

    public static final int MAX_LENGTH = 200;
    private static final Pattern PRINTABLE = Pattern.compile("[\\x21-\\x7E]+");

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a key was first used for. */
    public record Use(String fingerprint, UUID appointment) {
    }

    /** The key as given, or null when there is none; 400 naming the header when it is not a usable key. */
    public static String check(String key) {
        if (key == null) {
            return null;
        }
        if (key.length() > MAX_LENGTH || !PRINTABLE.matcher(key).matches()) {
            throw new InvalidInput("invalid-idempotency-key", "problem.validation", List.of(new FieldMessage(
                    "Idempotency-Key", "appointment.idempotency-key.invalid", List.of(MAX_LENGTH))));
        }
        return key;
    }

    /** A fingerprint of a request's content: equal for equal requests. */
    public static String fingerprint(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            text.append(part).append('\u001f');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Optional<Use> find(UUID account, String key) {
        return jdbc.sql("""
                SELECT request_fingerprint, appointment_id FROM booking_request
                 WHERE account_id = :account AND idempotency_key = :key""")
                .param("account", account)
                .param("key", key)
                .query((rs, n) -> new Use(rs.getString("request_fingerprint"),
                        rs.getObject("appointment_id", UUID.class)))
                .optional();
    }

    /**
     * Remembers the key with the booking, in the booking's transaction. A concurrent request that used the key first
     * makes this fail with a duplicate key, and the booking is rolled back.
     */
    public void remember(UUID account, String key, String fingerprint, UUID appointment, Instant now) {
        jdbc.sql("""
                INSERT INTO booking_request (account_id, idempotency_key, request_fingerprint, appointment_id,
                                             created_at)
                VALUES (:account, :key, :fingerprint, :appointment, :now)""")
                .param("account", account)
                .param("key", key)
                .param("fingerprint", fingerprint)
                .param("appointment", appointment)
                .param("now", ScheduleReader.utc(now))
                .update();
    }

    /**
     * Forgets the keys of requests older than {@code cutoff}: a retry is a matter of seconds or minutes, so after
     * that the key only takes room. The appointments stay; so do series, which only lose their key. Answers how
     * many keys were forgotten.
     */
    public int forgetBefore(Instant cutoff) {
        int bookings = jdbc.sql("DELETE FROM booking_request WHERE created_at < :cutoff")
                .param("cutoff", ScheduleReader.utc(cutoff))
                .update();
        int series = jdbc.sql("""
                UPDATE appointment_series SET idempotency_key = NULL, request_fingerprint = NULL
                 WHERE booked_at < :cutoff AND idempotency_key IS NOT NULL""")
                .param("cutoff", ScheduleReader.utc(cutoff))
                .update();
        return bookings + series;
    }
}
