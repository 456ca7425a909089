package org.stillpoint.treatment;

import java.util.List;

/**
 * A whole plan as the therapist saves it, before it is checked; {@code version} is the one it was edited from
 * (null for a first plan).
 */
public record PlanChange(List<BlockInput> blocks, Lighting lighting, Sound sound, RoomTemperature temperature,
                         Pack pack, Position position, String note, List<RuleOverride> overrides, Long version) {

    public PlanChange {
        blocks = blocks == null ? List.of() : blocks.stream().map(b -> b == null
                ? BlockInput.empty() : b).toList();
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }
}
