package org.stillpoint.platform;

/** What was done to a record. */
public enum AuditAction {
    READ, CREATE, UPDATE, DELETE, DEACTIVATE, REACTIVATE, EXPORT, SIGN
}
