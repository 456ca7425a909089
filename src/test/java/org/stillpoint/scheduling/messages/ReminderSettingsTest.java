package org.stillpoint.scheduling.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReminderSettingsTest {

    @Test
    void remindersAreKeptLongestFirstWithoutRepeats() {
        ReminderSettings settings = new ReminderSettings(List.of(Duration.ofHours(24), Duration.ofHours(48),
                Duration.ofHours(24)), Duration.ofMinutes(5));

        assertThat(settings.reminders()).containsExactly(Duration.ofHours(48), Duration.ofHours(24));
    }

    @Test
    void noRemindersIsAllowedButAReminderAtTheStartOrAZeroIntervalIsNot() {
        assertThat(new ReminderSettings(null, Duration.ofMinutes(5)).reminders()).isEmpty();
        assertThatThrownBy(() -> new ReminderSettings(List.of(Duration.ZERO), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderSettings(List.of(Duration.ofHours(24)), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
