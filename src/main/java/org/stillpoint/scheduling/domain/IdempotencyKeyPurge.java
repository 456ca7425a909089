package org.stillpoint.scheduling.domain;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets booking requests' Idempotency-Keys once they are older than {@code stillpoint.scheduling.
 * idempotency-key-lifetime} (default 7 days), every {@code stillpoint.scheduling.idempotency-key-purge-interval}
 * (default 1 hour). Several instances may run it at once: deleting what is already gone changes nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class IdempotencyKeyPurge implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyPurge.class);

    private final IdempotencyKeys keys;
    private final Clock clock;
    private final Duration lifetime;
    private final Duration interval;

    IdempotencyKeyPurge(IdempotencyKeys keys, Clock clock,
                        @Value("${stillpoint.scheduling.idempotency-key-lifetime:7d}") Duration lifetime,
                        @Value("${stillpoint.scheduling.idempotency-key-purge-interval:1h}") Duration interval) {
        if (lifetime.compareTo(Duration.ofHours(1)) < 0 || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("stillpoint.scheduling.idempotency-key-lifetime must be at least an"
                    + " hour and the purge interval positive");
        }
        this.keys = keys;
        this.clock = clock;
        this.lifetime = lifetime;
        this.interval = interval;
    }

    /** Forgets the keys that have outlived their use; answers how many. */
    @Transactional
    public int purge() {
        int forgotten = keys.forgetBefore(clock.instant().minus(lifetime));
        if (forgotten > 0) {
            log.info("Forgot {} booking Idempotency-Keys older than {}", forgotten, lifetime);
        }
        return forgotten;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::purgeQuietly, interval, interval));
    }

    private void purgeQuietly() {
        try {
            purge();
        } catch (RuntimeException e) {
            log.warn("Could not forget old Idempotency-Keys; trying again in {}", interval, e);
        }
    }
}
