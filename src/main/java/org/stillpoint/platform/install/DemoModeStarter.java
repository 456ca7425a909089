package org.stillpoint.platform.install;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.stillpoint.platform.Installation;

/** {@code --stillpoint.demo=true} fills an empty database with the demo clinic at start. */
@Component
class DemoModeStarter implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoModeStarter.class);

    private final Installation installation;
    private final boolean demo;

    DemoModeStarter(Installation installation, @Value("${stillpoint.demo:false}") boolean demo) {
        this.installation = installation;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo) {
            return;
        }
        if (!installation.isSetUp()) {
            installation.fillDemo();
            log.info("Demo clinic created; sign in as owner@demo.stillpoint.test (see README)");
        } else if (!installation.isDemo()) {
            log.warn("stillpoint.demo=true ignored: this database holds a live clinic");
        }
    }
}
