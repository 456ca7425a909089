package org.stillpoint.intake.domain;

/** Whether the client has had cancer, and whether it is still active. */
public enum CancerHistory {
    NONE, TREATED, ACTIVE
}
