package org.stillpoint.platform;

import java.time.Clock;
import java.util.Comparator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.stillpoint.platform.install.InstallationRepository;

/**
 * First run. Until the clinic is set up every page leads to setup; setup (by the clinic module) or the demo claims
 * the installation exactly once.
 */
@Service
public class Installation {

    private final InstallationRepository repository;
    private final ObjectProvider<DemoDataContributor> contributors;
    private final Clock clock;

    /** Contributors are looked up when the demo is filled: they depend on facades that depend on this one. */
    Installation(InstallationRepository repository, ObjectProvider<DemoDataContributor> contributors, Clock clock) {
        this.repository = repository;
        this.contributors = contributors;
        this.clock = clock;
    }

    public boolean isSetUp() {
        return repository.mode().isPresent();
    }

    public boolean isDemo() {
        return repository.isDemo();
    }

    /** Claims a live installation inside the caller's setup transaction; 409 if it is already set up. */
    @Transactional
    public void claimLive() {
        claim(InstallationMode.LIVE);
    }

    /** Fills the empty database with the demo clinic, all or nothing; 409 if it is already set up. */
    @Transactional
    public void fillDemo() {
        claim(InstallationMode.DEMO);
        contributors.orderedStream()
                .sorted(Comparator.comparingInt(DemoDataContributor::order))
                .forEach(DemoDataContributor::contribute);
    }

    private void claim(InstallationMode mode) {
        repository.begin(mode, clock.instant());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        repository.forget();
                    }
                }
            });
        }
    }
}
