package org.stillpoint.scheduling.domain;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.stillpoint.clinic.SessionKind;

/**
 * Booking rules that are settings rather than code ({@code stillpoint.scheduling.*}). The slot step, the buffer
 * between sessions and the cancellation window are the clinic's own settings (clinic module).
 *
 * @param minimumNotice      how long before its start a session can still be booked
 * @param acuteReliefNotice  the same for acute relief, which is for a migraine under way: none by default
 * @param horizon            how far ahead sessions can be booked
 * @param maxAvailabilityDays the most days one availability request may cover
 * @param maxListDays        the most days one list of appointments may cover
 * @param alternatives       how many free alternatives a taken slot's answer offers
 * @param alternativeDays    how many days before and after a taken slot those alternatives are looked for
 */
@ConfigurationProperties("stillpoint.scheduling")
public record SchedulingSettings(
        @DefaultValue("2h") Duration minimumNotice,
        @DefaultValue("0s") Duration acuteReliefNotice,
        @DefaultValue("90d") Duration horizon,
        @DefaultValue("31") int maxAvailabilityDays,
        @DefaultValue("366") int maxListDays,
        @DefaultValue("3") int alternatives,
        @DefaultValue("3") int alternativeDays) {

    public SchedulingSettings {
        Objects.requireNonNull(minimumNotice, "stillpoint.scheduling.minimum-notice");
        Objects.requireNonNull(acuteReliefNotice, "stillpoint.scheduling.acute-relief-notice");
        Objects.requireNonNull(horizon, "stillpoint.scheduling.horizon");
        if (minimumNotice.isNegative() || acuteReliefNotice.isNegative() || horizon.isNegative()
                || horizon.isZero()) {
            throw new IllegalArgumentException("stillpoint.scheduling notice must not be negative, the horizon"
                    + " must be positive");
        }
        if (maxAvailabilityDays < 1 || maxListDays < 1 || alternatives < 0 || alternativeDays < 0) {
            throw new IllegalArgumentException("stillpoint.scheduling day limits must be at least 1");
        }
    }

    /** The defaults, for code that runs without Spring (tests of the rules). */
    public static SchedulingSettings defaults() {
        return new SchedulingSettings(Duration.ofHours(2), Duration.ZERO, Duration.ofDays(90), 31, 366, 3, 3);
    }

    public Duration noticeFor(SessionKind kind) {
        return kind == SessionKind.ACUTE_RELIEF ? acuteReliefNotice : minimumNotice;
    }
}
