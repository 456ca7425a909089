package org.stillpoint.notifications.outbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stillpoint.notifications.OutgoingMail;

/** The mail outbox table. */
@Repository
public class OutboxRepository {

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID enqueue(OutgoingMail mail, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO mail_outbox (id, recipient, subject, body, created_at, attempts, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, 0, ?)""")
                .params(id, mail.to(), mail.subject(), mail.text(), now.atOffset(ZoneOffset.UTC),
                        now.atOffset(ZoneOffset.UTC))
                .update();
        return id;
    }
}
