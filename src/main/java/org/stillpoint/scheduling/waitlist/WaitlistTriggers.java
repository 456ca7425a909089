package org.stillpoint.scheduling.waitlist;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.annotation.Propagation;
import org.stillpoint.scheduling.AppointmentCancelled;

/**
 * What sets the waitlist moving: a cancelled appointment frees its time, which goes to the first waiting client it
 * suits; and a job on every instance, every {@code stillpoint.scheduling.waitlist-job-interval}, that expires offers
 * whose hold has run out and passes their slots on. Failures are logged; the next cancellation or run comes as
 * usual.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WaitlistTriggers implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(WaitlistTriggers.class);

    private final WaitlistOffers offers;
    private final WaitlistSettings settings;

    WaitlistTriggers(WaitlistOffers offers, WaitlistSettings settings) {
        this.offers = offers;
        this.settings = settings;
    }

    /** Runs once the cancellation has committed; without a transaction of its own, as each offer has one. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(AppointmentCancelled cancelled) {
        try {
            offers.offerFreedTime(cancelled.therapist(), cancelled.start(), cancelled.end());
        } catch (RuntimeException e) {
            log.warn("Could not offer the time of cancelled appointment {} to the waitlist",
                    cancelled.appointment(), e);
        }
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::expire, settings.waitlistJobInterval(),
                settings.waitlistJobInterval()));
    }

    private void expire() {
        try {
            offers.expireDue();
        } catch (RuntimeException e) {
            log.warn("The waitlist job failed; it runs again in {}", settings.waitlistJobInterval(), e);
        }
    }
}
