package org.stillpoint.scheduling.waitlist;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The waitlist's settings ({@code stillpoint.scheduling.*}).
 *
 * @param waitlistOfferHold  how long an offered slot is held for the client it was offered to
 * @param waitlistJobInterval how often each instance looks for offers whose hold has run out
 * @param waitlistMaxEntries how many active entries one client may have
 */
@ConfigurationProperties("stillpoint.scheduling")
public record WaitlistSettings(
        @DefaultValue("30m") Duration waitlistOfferHold,
        @DefaultValue("1m") Duration waitlistJobInterval,
        @DefaultValue("10") int waitlistMaxEntries) {

    public WaitlistSettings {
        Objects.requireNonNull(waitlistOfferHold, "stillpoint.scheduling.waitlist-offer-hold");
        Objects.requireNonNull(waitlistJobInterval, "stillpoint.scheduling.waitlist-job-interval");
        if (waitlistOfferHold.isNegative() || waitlistOfferHold.isZero() || waitlistJobInterval.isNegative()
                || waitlistJobInterval.isZero() || waitlistMaxEntries < 1) {
            throw new IllegalArgumentException("stillpoint.scheduling.waitlist-* must be positive");
        }
    }
}
