package org.stillpoint.notifications.outbox;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs {@link MailDelivery} every {@code stillpoint.mail.poll-interval}, starting one interval after start-up. A
 * failing run (the database away, say) is logged and the next one comes as usual.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailDeliveryConfiguration implements SchedulingConfigurer {

    private final MailDelivery delivery;
    private final MailDeliveryProperties properties;

    MailDeliveryConfiguration(MailDelivery delivery, MailDeliveryProperties properties) {
        this.delivery = delivery;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(
                new FixedDelayTask(delivery::deliverDueMail, properties.pollInterval(), properties.pollInterval()));
    }
}
