package org.stillpoint.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stillpoint.platform.account.ApiTokenStore;

/**
 * Personal API tokens, for programs that call the API often: each signed-in person creates, lists and revokes their
 * own. A token acts with its holder's role and stops working when it expires, is revoked, or its account is
 * deactivated. Creating and revoking are audited.
 */
@Service
public class ApiTokens {

    /** The longest a token may live. */
    public static final int MAX_DAYS = 365;

    private final ApiTokenStore store;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(ApiTokenStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new token named {@code name}, valid for {@code days} (1–{@value #MAX_DAYS}). */
    @Transactional
    public IssuedApiToken create(String name, int days) {
        CurrentUser user = caller();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw invalid("name", "field.required");
        }
        if (cleanName.length() > 100) {
            throw invalid("name", "field.too-long");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw invalid("days", "api-token.days.range");
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String secret = ApiTokenStore.newSecret();
        Instant expires = now.plus(Duration.ofDays(days));
        store.insert(id, user.accountId().value(), cleanName, secret, now, expires);
        audit.record(user, AuditAction.CREATE, "api-token", id.toString(), AuditOutcome.SUCCESS, null);
        return new IssuedApiToken(new ApiTokenView(id, cleanName, now, expires, null, true), secret);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> mine() {
        CurrentUser user = caller();
        Instant now = clock.instant();
        return store.ofAccount(user.accountId().value()).stream()
                .map(row -> new ApiTokenView(row.id(), row.name(), row.createdAt(), row.expiresAt(), row.revokedAt(),
                        row.revokedAt() == null && row.expiresAt().isAfter(now)))
                .toList();
    }

    /** Revokes one of the caller's tokens at once; another person's token answers 404. Revoking twice is fine. */
    @Transactional
    public void revoke(UUID id) {
        CurrentUser user = caller();
        if (!store.exists(id, user.accountId().value())) {
            throw new NotFound("api-token");
        }
        if (store.revoke(id, user.accountId().value(), clock.instant())) {
            audit.record(user, AuditAction.DELETE, "api-token", id.toString(), AuditOutcome.SUCCESS, null);
        }
    }

    private static InvalidInput invalid(String field, String messageKey) {
        return new InvalidInput("invalid-api-token", "problem.validation",
                List.of(new InvalidInput.FieldMessage(field, messageKey, List.of())));
    }

    private static CurrentUser caller() {
        return Accounts.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
