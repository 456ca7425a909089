package org.stillpoint.scheduling.waitlist;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.stillpoint.scheduling.SchedulingTestSetup;
import org.stillpoint.scheduling.SchedulingTestSetup.IntakeAnswers;
import org.stillpoint.support.AdjustableClock;
import org.stillpoint.support.DemoClinicTest;

/**
 * The demo clinic at {@link SchedulingTestSetup#START}, in a context of its own that the waitlist tests share: every
 * cancellation there may make an offer, so other tests' cancellations must not reach these entries, nor these
 * tests use up the other scheduling tests' days. Each test books on days of its own ({@link Days}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DemoClinicTest
@Import(WaitlistTest.Setup.class)
@interface WaitlistTest {

    /** A clock that stands still until a test moves it, and an intake answer that lets everyone be treated. */
    @TestConfiguration(proxyBeanMethods = false)
    class Setup {

        @Bean
        @Primary
        AdjustableClock waitlistClock() {
            return new AdjustableClock(SchedulingTestSetup.START);
        }

        @Bean
        @Primary
        IntakeAnswers waitlistIntakeAnswers() {
            return new IntakeAnswers();
        }
    }

    /**
     * Weekdays from five weeks after the start (after the demo clinic's booked month) to inside the 90-day booking
     * horizon, one per call, never the same twice in a test run.
     */
    final class Days {

        private static final LocalDate LAST = LocalDate.of(2027, 5, 28);
        private static final AtomicReference<LocalDate> NEXT = new AtomicReference<>(LocalDate.of(2027, 4, 5));

        private Days() {
        }

        static LocalDate next() {
            LocalDate day = NEXT.getAndUpdate(d -> {
                LocalDate following = d.plusDays(1);
                while (following.getDayOfWeek() == DayOfWeek.SATURDAY
                        || following.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    following = following.plusDays(1);
                }
                return following;
            });
            if (day.isAfter(LAST)) {
                throw new IllegalStateException("the waitlist tests have used up their days");
            }
            return day;
        }
    }
}
