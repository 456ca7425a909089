package org.stillpoint.scheduling;

import java.util.Objects;
import java.util.UUID;

/** A weekly or two-weekly series of appointments booked together. */
public record SeriesId(UUID value) {

    public SeriesId {
        Objects.requireNonNull(value, "value");
    }

    public static SeriesId random() {
        return new SeriesId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
