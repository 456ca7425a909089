package org.stillpoint.diary.reminders;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs {@link DiaryReminders} every {@code stillpoint.diary.reminder-interval} (5 minutes unless set), the first
 * run one interval in.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DiaryReminderSchedule implements SchedulingConfigurer {

    private final DiaryReminders reminders;
    private final Duration interval;

    DiaryReminderSchedule(DiaryReminders reminders,
                          @Value("${stillpoint.diary.reminder-interval:5m}") Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("stillpoint.diary.reminder-interval must be longer than zero");
        }
        this.reminders = reminders;
        this.interval = interval;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(reminders::sendDueReminders, interval, interval));
    }
}
