package org.stillpoint.platform;

/** The request clashes with the current state (a taken name, a taken slot, a stale edit): 409. */
public class Conflict extends DomainException {

    public Conflict(String problemType, String messageKey, Object... args) {
        super(problemType, messageKey, args);
    }
}
