package org.stillpoint.clients;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.stillpoint.platform.AccountProfileContributor;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.Role;

/** Adds {@code clientId} to {@code GET /api/v1/me} for a client. */
@Component
class ClientIdContributor implements AccountProfileContributor {

    private final Clients clients;

    ClientIdContributor(Clients clients) {
        this.clients = clients;
    }

    @Override
    public Map<String, Object> profileOf(CurrentUser user) {
        if (!user.is(Role.CLIENT)) {
            return Map.of();
        }
        return clients.clientOf(user.accountId())
                .<Map<String, Object>>map(id -> Map.of("clientId", id.value()))
                .orElse(Map.of());
    }
}
