package org.stillpoint.platform;

import java.time.Instant;

/** Filters for browsing the audit log; a null field does not filter. */
public record AuditFilter(String actorEmail, String recordType, String recordId, AuditAction action,
                          AuditOutcome outcome, Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
