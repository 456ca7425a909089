package org.stillpoint.therapists;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.stillpoint.platform.AccountProfileContributor;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.Role;

/** Adds {@code therapistId} to {@code GET /api/v1/me} for a therapist. */
@Component
class TherapistProfileContributor implements AccountProfileContributor {

    private final Therapists therapists;

    TherapistProfileContributor(Therapists therapists) {
        this.therapists = therapists;
    }

    @Override
    public Map<String, Object> profileOf(CurrentUser user) {
        if (!user.is(Role.THERAPIST)) {
            return Map.of();
        }
        return therapists.findByAccount(user.accountId())
                .<Map<String, Object>>map(t -> Map.of("therapistId", t.id().value()))
                .orElse(Map.of());
    }
}
