package org.stillpoint.intake;

import java.util.Objects;
import java.util.UUID;

/** Identifies one recorded clearance. */
public record ClearanceId(UUID value) {

    public ClearanceId {
        Objects.requireNonNull(value, "value");
    }

    public static ClearanceId random() {
        return new ClearanceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
