package org.stillpoint.notifications.outbox;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is delivered ({@code stillpoint.mail.*}); the SMTP server itself is {@code spring.mail.*}.
 *
 * @param from         the sender address of every mail
 * @param pollInterval the pause between two runs of the sender
 * @param batchSize    at most this many mails per run
 * @param lease        how long an instance's claim on a mail holds; longer than one SMTP send may take
 * @param maxAttempts  failed deliveries after which a mail is given up
 * @param retryBase    the wait after the first failure; it doubles with every further failure
 * @param retryCap     the longest wait between two attempts
 */
@ConfigurationProperties("stillpoint.mail")
public record MailDeliveryProperties(
        @DefaultValue("Stillpoint <no-reply@stillpoint.invalid>") String from,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("1m") Duration retryBase,
        @DefaultValue("1h") Duration retryCap) {

    public MailDeliveryProperties {
        Objects.requireNonNull(from, "stillpoint.mail.from");
        requirePositive(pollInterval, "stillpoint.mail.poll-interval");
        requirePositive(lease, "stillpoint.mail.lease");
        requirePositive(retryBase, "stillpoint.mail.retry-base");
        requirePositive(retryCap, "stillpoint.mail.retry-cap");
        if (from.isBlank()) {
            throw new IllegalArgumentException("stillpoint.mail.from must name a sender address");
        }
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("stillpoint.mail.batch-size and max-attempts must be at least 1");
        }
    }

    /** The wait before the next attempt once a mail has failed {@code failedAttempts} times (at least once). */
    public Duration retryDelayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("no failed attempt yet");
        }
        // 2^20 times any sensible base is far beyond any sensible cap; the shift never overflows.
        Duration delay = retryBase.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return delay.compareTo(retryCap) > 0 ? retryCap : delay;
    }

    /** Whether a mail that has failed this many times is given up. */
    public boolean givesUpAfter(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be longer than zero");
        }
    }
}
