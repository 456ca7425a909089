package org.stillpoint.scheduling.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A cancellation is late when it comes inside the clinic's cancellation window: less than the window before the
 * start (at exactly the window it is still in time). A window of zero makes no cancellation late.
 */
public final class CancellationPolicy {

    private CancellationPolicy() {
    }

    public static boolean isLate(Instant start, Instant cancelledAt, Duration window) {
        return cancelledAt.isAfter(start.minus(window));
    }
}
