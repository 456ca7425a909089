package org.stillpoint.notifications.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.util.ByteArrayDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.stillpoint.notifications.MailAttachment;

/**
 * Sends due mail from the outbox over SMTP. Each mail is claimed in the database before it is sent, so several
 * instances can run this at once and a mail goes out once. Delivery is at least once: an instance that dies
 * between the SMTP send and recording it leaves a claim that runs out, and the mail is sent again.
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int ERROR_LENGTH = 300;

    private final OutboxRepository outbox;
    private final JavaMailSender mailSender;
    private final MailDeliveryProperties properties;
    private final Clock clock;
    private final String instance;

    @Autowired
    MailDelivery(OutboxRepository outbox, JavaMailSender mailSender, MailDeliveryProperties properties, Clock clock) {
        this(outbox, mailSender, properties, clock, instanceName());
    }

    MailDelivery(OutboxRepository outbox, JavaMailSender mailSender, MailDeliveryProperties properties, Clock clock,
                 String instance) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.properties = properties;
        this.clock = clock;
        this.instance = instance;
    }

    /**
     * Sends up to a batch of due mail and answers how many went out. The first failed delivery ends the run: when
     * the server is away, one mail pays for it with an attempt, not the whole batch.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int deliverDueMail() {
        int sent = 0;
        for (QueuedMail mail : outbox.due(clock.instant(), properties.batchSize())) {
            Instant claimedAt = clock.instant();
            if (!outbox.claim(mail, instance, claimedAt, claimedAt.plus(properties.lease()))) {
                continue;
            }
            try {
                mailSender.send(message(mail));
            } catch (MailException e) {
                recordFailure(mail, e);
                break;
            }
            if (!outbox.markSent(mail.id(), instance, clock.instant())) {
                log.warn("Mail {} was sent after this instance's claim had run out; it may go out twice", mail.id());
            }
            sent++;
        }
        return sent;
    }

    /** The name this instance leaves in the outbox rows it claims. */
    public String instance() {
        return instance;
    }

    private MimeMessagePreparator message(QueuedMail mail) {
        List<MailAttachment> attachments = outbox.attachments(mail.id());
        return mime -> {
            // With files: multipart/mixed holding the text, then each file; without: a plain text message.
            MimeMessageHelper helper = new MimeMessageHelper(mime, attachments.isEmpty()
                    ? MimeMessageHelper.MULTIPART_MODE_NO : MimeMessageHelper.MULTIPART_MODE_MIXED,
                    StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.body());
            helper.setSentDate(Date.from(clock.instant()));
            for (MailAttachment attachment : attachments) {
                helper.addAttachment(attachment.filename(), new ByteArrayDataSource(
                        attachment.content().getBytes(StandardCharsets.UTF_8), withCharset(attachment.contentType())));
            }
        };
    }

    /** Attachments are stored as text and sent as UTF-8; the content type says so unless it names a charset. */
    private static String withCharset(String contentType) {
        return contentType.toLowerCase(Locale.ROOT).contains("charset=") ? contentType
                : contentType + "; charset=UTF-8";
    }

    private void recordFailure(QueuedMail mail, MailException failure) {
        int attempts = mail.attempts() + 1;
        String error = describe(failure);
        Instant now = clock.instant();
        if (properties.givesUpAfter(attempts)) {
            outbox.markFailed(mail.id(), instance, attempts, error, now);
            log.warn("Mail {} given up after {} failed attempts: {}", mail.id(), attempts, error);
        } else {
            Instant next = now.plus(properties.retryDelayAfter(attempts));
            outbox.markRetry(mail.id(), instance, attempts, error, next);
            log.warn("Mail {} not delivered (attempt {} of {}), next try at {}: {}", mail.id(), attempts,
                    properties.maxAttempts(), next, error);
        }
    }

    /** One short line for the outbox row: what failed and why, never a stack trace. */
    static String describe(MailException failure) {
        Throwable shown = failure;
        if (failure instanceof MailSendException send && send.getMessageExceptions().length > 0) {
            shown = send.getMessageExceptions()[0];
        } else if (failure.getCause() != null) {
            shown = failure.getCause();
        }
        String line = oneLine(shown);
        Throwable root = shown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != shown) {
            line += "; caused by " + oneLine(root);
        }
        return line.length() <= ERROR_LENGTH ? line : line.substring(0, ERROR_LENGTH - 1) + "…";
    }

    private static String oneLine(Throwable failure) {
        String name = failure.getClass().getSimpleName();
        return failure.getMessage() == null ? name : name + ": " + failure.getMessage().replaceAll("\\s+", " ").trim();
    }

    private static String instanceName() {
        String host = System.getenv().getOrDefault("HOSTNAME", "stillpoint");
        String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        String name = host + "-" + suffix;
        return name.length() <= 64 ? name : name.substring(name.length() - 64);
    }
}
