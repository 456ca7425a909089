package org.stillpoint.notifications.outbox;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stillpoint.notifications.MailAttachment;
import org.stillpoint.notifications.OutboxStatus;
import org.stillpoint.notifications.OutgoingMail;

/**
 * The mail outbox table. Claims are single conditional UPDATEs, so the database decides which instance sends a
 * mail; the same statements work on H2 and PostgreSQL.
 */
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
                .params(id, mail.to(), mail.subject(), mail.text(), utc(now), utc(now))
                .update();
        List<MailAttachment> attachments = mail.attachments();
        for (int position = 0; position < attachments.size(); position++) {
            MailAttachment attachment = attachments.get(position);
            jdbc.sql("""
                    INSERT INTO mail_attachment (mail_id, ordinal, filename, content_type, content)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(id, position, attachment.filename(), attachment.contentType(), attachment.content())
                    .update();
        }
        return id;
    }

    /** The files that go along with a mail, in the order they were given. */
    public List<MailAttachment> attachments(UUID mail) {
        return jdbc.sql("""
                SELECT filename, content_type, content FROM mail_attachment WHERE mail_id = ? ORDER BY ordinal""")
                .param(mail)
                .query((rs, n) -> new MailAttachment(rs.getString("filename"), rs.getString("content_type"),
                        rs.getString("content")))
                .list();
    }

    /** Mail that is due and not claimed by anyone, the longest waiting first. */
    public List<QueuedMail> due(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id, recipient, subject, body, attempts FROM mail_outbox
                WHERE next_attempt_at <= :now AND sent_at IS NULL AND failed_at IS NULL
                  AND (leased_until IS NULL OR leased_until < :now)
                ORDER BY next_attempt_at, created_at
                LIMIT :limit""")
                .param("now", utc(now))
                .param("limit", limit)
                .query(QueuedMail.class)
                .list();
    }

    /**
     * Claims the mail for one instance until {@code until}. Answers false when another instance holds it, has
     * sent it, or has failed it since it was read (its attempts changed); only the instance that gets true sends.
     */
    public boolean claim(QueuedMail mail, String instance, Instant now, Instant until) {
        return jdbc.sql("""
                UPDATE mail_outbox SET leased_by = :instance, leased_until = :until
                WHERE id = :id AND attempts = :attempts AND sent_at IS NULL AND failed_at IS NULL
                  AND next_attempt_at <= :now AND (leased_until IS NULL OR leased_until < :now)""")
                .param("instance", instance)
                .param("until", utc(until))
                .param("id", mail.id())
                .param("attempts", mail.attempts())
                .param("now", utc(now))
                .update() == 1;
    }

    /** Records the delivery; answers false if the instance no longer held the claim. */
    public boolean markSent(UUID id, String instance, Instant now) {
        return jdbc.sql("""
                UPDATE mail_outbox SET sent_at = :now, next_attempt_at = NULL, leased_until = NULL
                WHERE id = :id AND leased_by = :instance AND sent_at IS NULL""")
                .param("now", utc(now))
                .param("id", id)
                .param("instance", instance)
                .update() == 1;
    }

    /** Records a failed delivery and when to try again; answers false if the instance no longer held the claim. */
    public boolean markRetry(UUID id, String instance, int attempts, String error, Instant nextAttempt) {
        return recordFailure(id, instance, attempts, error, nextAttempt, null);
    }

    /** Records the last failed delivery of a mail that is given up. */
    public boolean markFailed(UUID id, String instance, int attempts, String error, Instant now) {
        return recordFailure(id, instance, attempts, error, null, now);
    }

    private boolean recordFailure(UUID id, String instance, int attempts, String error, Instant nextAttempt,
                                  Instant failedAt) {
        return jdbc.sql("""
                UPDATE mail_outbox SET attempts = :attempts, last_error = :error, next_attempt_at = :next,
                       failed_at = :failed, leased_until = NULL
                WHERE id = :id AND leased_by = :instance AND sent_at IS NULL""")
                .param("attempts", attempts)
                .param("error", error)
                .param("next", nextAttempt == null ? null : utc(nextAttempt), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("failed", failedAt == null ? null : utc(failedAt), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("id", id)
                .param("instance", instance)
                .update() == 1;
    }

    /**
     * Deletes the mails that were sent or given up before {@code cutoff}, with their attachments: the outbox is a
     * queue, not an archive. Mails still waiting are kept whatever their age. Answers how many were deleted.
     */
    public int purgeSettledBefore(Instant cutoff) {
        return jdbc.sql("""
                DELETE FROM mail_outbox
                 WHERE (sent_at IS NOT NULL AND sent_at < :cutoff) OR (failed_at IS NOT NULL AND failed_at < :cutoff)""")
                .param("cutoff", utc(cutoff))
                .update();
    }

    public OutboxStatus status() {
        return jdbc.sql("""
                SELECT COUNT(CASE WHEN sent_at IS NULL AND failed_at IS NULL THEN 1 END) AS queued,
                       COUNT(CASE WHEN sent_at IS NULL AND failed_at IS NULL AND attempts > 0 THEN 1 END) AS retrying,
                       COUNT(sent_at) AS sent,
                       COUNT(failed_at) AS failed
                FROM mail_outbox""")
                .query(OutboxStatus.class)
                .single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
