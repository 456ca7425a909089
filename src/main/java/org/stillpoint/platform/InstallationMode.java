package org.stillpoint.platform;

/** A live clinic, or one filled with demo data whose demo accounts may sign in. */
public enum InstallationMode {
    LIVE, DEMO
}
