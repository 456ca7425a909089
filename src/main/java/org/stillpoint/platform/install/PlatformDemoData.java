package org.stillpoint.platform.install;

import org.springframework.stereotype.Component;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.DemoDataContributor;
import org.stillpoint.platform.NewAccount;
import org.stillpoint.platform.Role;

/** The demo owner, front desk and client accounts (the demo therapists come with their profiles). */
@Component
class PlatformDemoData implements DemoDataContributor {

    private final Accounts accounts;

    PlatformDemoData(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void contribute() {
        accounts.openDemo(new NewAccount("owner@demo.stillpoint.test", "Olivia Owner", DEMO_PASSWORD, Role.OWNER));
        accounts.openDemo(new NewAccount("desk@demo.stillpoint.test", "Dana Desk", DEMO_PASSWORD, Role.FRONT_DESK));
        accounts.openDemo(new NewAccount("client@demo.stillpoint.test", "Claire Client", DEMO_PASSWORD, Role.CLIENT));
    }
}
