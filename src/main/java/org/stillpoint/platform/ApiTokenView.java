package org.stillpoint.platform;

import java.time.Instant;
import java.util.UUID;

/** One of the caller's API tokens, without the token itself (it is shown once, when it is created). */
public record ApiTokenView(UUID id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt,
                           boolean usable) {
}
