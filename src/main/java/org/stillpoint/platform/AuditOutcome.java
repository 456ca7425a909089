package org.stillpoint.platform;

public enum AuditOutcome {
    SUCCESS, DENIED, NOT_FOUND
}
