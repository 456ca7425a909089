package org.stillpoint.platform;

/**
 * A module's share of the demo clinic. Each module that has demo data implements this; {@link Installation}
 * runs them in {@link #order()} inside the one transaction that creates the demo installation.
 */
public interface DemoDataContributor {

    /** The password of every demo account (DESIGN §6). */
    String DEMO_PASSWORD = "stillpoint-demo";

    /** The demo clinic's owner, on whose behalf the demo clinic is filled (see {@link Accounts#actingAsDemoOwner}). */
    String DEMO_OWNER = "owner@demo.stillpoint.test";

    /** Lower runs first: platform accounts 0, clinic 100, therapists 200, later modules after them. */
    int order();

    void contribute();
}
