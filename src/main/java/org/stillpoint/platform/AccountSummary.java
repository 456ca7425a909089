package org.stillpoint.platform;

import java.time.Instant;

/** An account as other modules and pages see it: never the password hash. */
public record AccountSummary(AccountId id, String email, String displayName, Role role, boolean active, boolean demo,
                             Instant createdAt) {
}
