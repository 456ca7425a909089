package org.stillpoint.clinic;

import java.util.Map;
import java.util.Set;

import org.stillpoint.platform.Money;

public record SessionTypeView(SessionTypeId id, String name, int minutes, SessionKind kind, boolean bookableOnline,
                              String description, boolean active, Technique requiredTechnique,
                              Map<ProviderType, Money> prices) {

    public Set<ProviderType> eligibleProviderTypes() {
        return prices.keySet();
    }
}
