package org.stillpoint.scheduling.waitlist;

import java.util.Objects;
import java.util.UUID;

/** One slot offered to one waiting client. */
public record WaitlistOfferId(UUID value) {

    public WaitlistOfferId {
        Objects.requireNonNull(value, "value");
    }

    public static WaitlistOfferId random() {
        return new WaitlistOfferId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
