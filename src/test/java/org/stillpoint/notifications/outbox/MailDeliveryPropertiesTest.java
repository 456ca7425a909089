package org.stillpoint.notifications.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MailDeliveryPropertiesTest {

    private static MailDeliveryProperties with(int maxAttempts, Duration base, Duration cap) {
        return new MailDeliveryProperties("Stillpoint <no-reply@stillpoint.invalid>", Duration.ofSeconds(5), 20,
                Duration.ofMinutes(5), maxAttempts, base, cap);
    }

    @Nested
    class RetryDelay {

        private final MailDeliveryProperties properties = with(8, Duration.ofMinutes(1), Duration.ofHours(1));

        @Test
        void waitsTheBaseAfterTheFirstFailure() {
            assertThat(properties.retryDelayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        }

        @Test
        void doublesTheWaitWithEveryFurtherFailure() {
            assertThat(properties.retryDelayAfter(2)).isEqualTo(Duration.ofMinutes(2));
            assertThat(properties.retryDelayAfter(3)).isEqualTo(Duration.ofMinutes(4));
            assertThat(properties.retryDelayAfter(6)).isEqualTo(Duration.ofMinutes(32));
        }

        @Test
        void neverWaitsLongerThanTheCap() {
            assertThat(properties.retryDelayAfter(7)).isEqualTo(Duration.ofHours(1));
            assertThat(properties.retryDelayAfter(1_000)).isEqualTo(Duration.ofHours(1));
        }

        @Test
        void hasNoDelayBeforeAnyFailure() {
            assertThatThrownBy(() -> properties.retryDelayAfter(0)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class GivingUp {

        private final MailDeliveryProperties properties = with(3, Duration.ofMinutes(1), Duration.ofHours(1));

        @Test
        void keepsTryingBeforeTheLastAttempt() {
            assertThat(properties.givesUpAfter(2)).isFalse();
        }

        @Test
        void givesUpAfterTheLastAttempt() {
            assertThat(properties.givesUpAfter(3)).isTrue();
        }
    }

    @Nested
    class Settings {

        @Test
        void refusesAZeroRetryBase() {
            assertThatThrownBy(() -> with(8, Duration.ZERO, Duration.ofHours(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retry-base");
        }

        @Test
        void refusesZeroAttempts() {
            assertThatThrownBy(() -> with(0, Duration.ofMinutes(1), Duration.ofHours(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-attempts");
        }
    }
}
