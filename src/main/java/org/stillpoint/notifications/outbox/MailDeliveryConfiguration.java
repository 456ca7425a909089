package org.stillpoint.notifications.outbox;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs {@link MailDelivery} every {@code stillpoint.mail.poll-interval}, starting one interval after start-up, and
 * clears away mails settled long ago once an hour. A failing run (the database away, say) is logged and the next
 * one comes as usual.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailDeliveryConfiguration implements SchedulingConfigurer {

    /** How often sent and given-up mails are cleared away. */
    static final Duration PURGE_INTERVAL = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(MailDeliveryConfiguration.class);

    private final MailDelivery delivery;
    private final MailDeliveryProperties properties;
    private final OutboxRepository outbox;
    private final Clock clock;
    private final Duration keepSettled;

    MailDeliveryConfiguration(MailDelivery delivery, MailDeliveryProperties properties, OutboxRepository outbox,
                              Clock clock, @Value("${stillpoint.mail.keep-settled:30d}") Duration keepSettled) {
        if (keepSettled.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("stillpoint.mail.keep-settled must be at least a day");
        }
        this.delivery = delivery;
        this.properties = properties;
        this.outbox = outbox;
        this.clock = clock;
        this.keepSettled = keepSettled;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(
                new FixedDelayTask(delivery::deliverDueMail, properties.pollInterval(), properties.pollInterval()));
        registrar.addFixedDelayTask(new FixedDelayTask(this::purgeSettled, PURGE_INTERVAL, PURGE_INTERVAL));
    }

    /**
     * Deletes mails sent or given up more than {@code stillpoint.mail.keep-settled} (30 days) ago. Several
     * instances may run it at once.
     */
    int purgeSettled() {
        try {
            return outbox.purgeSettledBefore(clock.instant().minus(keepSettled));
        } catch (RuntimeException e) {
            log.warn("Could not clear old mail from the outbox; trying again in {}", PURGE_INTERVAL, e);
            return 0;
        }
    }
}
