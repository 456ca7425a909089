package org.stillpoint.clinic;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A session type as created and edited. A provider type with a price is eligible to give it; one without is not.
 */
public record SessionTypeDetails(String name, Integer minutes, SessionKind kind, boolean bookableOnline,
                                 String description, boolean active, Technique requiredTechnique,
                                 Map<ProviderType, BigDecimal> prices) {
}
