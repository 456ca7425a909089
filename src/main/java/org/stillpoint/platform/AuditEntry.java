package org.stillpoint.platform;

import java.time.Instant;

/** One row of the audit log, as the owner's audit page shows it. */
public record AuditEntry(long id, Instant occurredAt, String actorEmail, Role actorRole, AuditAction action,
                         String recordType, String recordId, AuditOutcome outcome, String detail) {
}
