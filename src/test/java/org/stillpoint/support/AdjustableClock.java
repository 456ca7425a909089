package org.stillpoint.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test can move forward, to see what happens once a time limit has passed without waiting for it.
 * Register it as the {@code @Primary} {@link Clock} bean of a test context.
 */
public final class AdjustableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public AdjustableClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    private AdjustableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        AdjustableClock view = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return view.instant();
            }

            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId another) {
                return view.withZone(another);
            }
        };
    }
}
