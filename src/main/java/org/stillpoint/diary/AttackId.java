package org.stillpoint.diary;

import java.util.Objects;
import java.util.UUID;

/** One attack in a client's diary. */
public record AttackId(UUID value) {

    public AttackId {
        Objects.requireNonNull(value, "value");
    }

    public static AttackId random() {
        return new AttackId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
