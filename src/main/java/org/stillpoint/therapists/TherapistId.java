package org.stillpoint.therapists;

import java.util.Objects;
import java.util.UUID;

public record TherapistId(UUID value) {

    public TherapistId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
