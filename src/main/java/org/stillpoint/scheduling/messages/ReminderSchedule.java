package org.stillpoint.scheduling.messages;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs {@link Reminders} every {@code stillpoint.scheduling.reminder-interval}, the first run one interval in. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReminderSchedule implements SchedulingConfigurer {

    private final Reminders reminders;
    private final ReminderSettings settings;

    ReminderSchedule(Reminders reminders, ReminderSettings settings) {
        this.reminders = reminders;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(reminders::sendDueReminders, settings.reminderInterval(),
                settings.reminderInterval()));
    }
}
