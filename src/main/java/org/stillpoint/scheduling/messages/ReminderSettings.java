package org.stillpoint.scheduling.messages;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When clients are reminded of an appointment ({@code stillpoint.scheduling.*}).
 *
 * @param reminders        how long before the start each reminder is due, for example {@code 48h,24h}; none for an
 *                         empty list. Each is sent until the next shorter one is due (the last until the start),
 *                         and only for appointments booked before it was due: the booking mail said it all then
 * @param reminderInterval the pause between two runs of the reminder job
 */
@ConfigurationProperties("stillpoint.scheduling")
public record ReminderSettings(
        @DefaultValue({"48h", "24h"}) List<Duration> reminders,
        @DefaultValue("5m") Duration reminderInterval) {

    public ReminderSettings {
        Objects.requireNonNull(reminderInterval, "stillpoint.scheduling.reminder-interval");
        if (reminderInterval.isNegative() || reminderInterval.isZero()) {
            throw new IllegalArgumentException("stillpoint.scheduling.reminder-interval must be longer than zero");
        }
        reminders = reminders == null ? List.of() : reminders.stream()
                .peek(offset -> {
                    if (offset == null || offset.toMinutes() < 1) {
                        throw new IllegalArgumentException("stillpoint.scheduling.reminders must be at least a"
                                + " minute each");
                    }
                })
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
    }
}
