package org.stillpoint.scheduling;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.stillpoint.clients.ClientId;
import org.stillpoint.support.AdjustableClock;

/** A clock that stands still until a test moves it, and an intake answer that tests can change per client. */
@TestConfiguration(proxyBeanMethods = false)
public class SchedulingTestSetup {

    /** Monday 2027-03-01, 08:00 in Los Angeles (the demo clinic's zone). */
    public static final Instant START = Instant.parse("2027-03-01T16:00:00Z");

    @Bean
    @Primary
    AdjustableClock schedulingClock() {
        return new AdjustableClock(START);
    }

    @Bean
    @Primary
    IntakeAnswers intakeAnswers() {
        return new IntakeAnswers();
    }

    /** Stands in for the intake module's answer: everyone may be treated, except the clients a test refuses. */
    public static class IntakeAnswers implements TreatmentEligibility {

        private final Map<ClientId, TreatmentRefusal> refused = new ConcurrentHashMap<>();

        public void refuse(ClientId client, TreatmentRefusal refusal) {
            refused.put(client, refusal);
        }

        @Override
        public Optional<TreatmentRefusal> refusal(ClientId client) {
            return Optional.ofNullable(refused.get(client));
        }
    }
}
