package org.stillpoint.treatment;

import java.util.Objects;
import java.util.UUID;

public record HomeCareItemId(UUID value) {

    public HomeCareItemId {
        Objects.requireNonNull(value, "value");
    }

    public static HomeCareItemId random() {
        return new HomeCareItemId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
