package org.stillpoint.clinic;

import java.util.Objects;
import java.util.UUID;

public record SessionTypeId(UUID value) {

    public SessionTypeId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
