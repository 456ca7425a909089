package org.stillpoint.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Gives a test context an {@link AdjustableClock} as its clock, starting at the present second. Use with
 * {@code @Import(MovableTime.class)} and inject {@link AdjustableClock} to move time forward.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MovableTime {

    @Bean
    @Primary
    AdjustableClock adjustableClock() {
        return new AdjustableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }
}
