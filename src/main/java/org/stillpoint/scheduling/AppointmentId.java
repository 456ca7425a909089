package org.stillpoint.scheduling;

import java.util.Objects;
import java.util.UUID;

public record AppointmentId(UUID value) {

    public AppointmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AppointmentId random() {
        return new AppointmentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
