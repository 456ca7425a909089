package org.stillpoint.scheduling.waitlist;

import java.util.Objects;
import java.util.UUID;

/** A client's place on the waitlist. */
public record WaitlistEntryId(UUID value) {

    public WaitlistEntryId {
        Objects.requireNonNull(value, "value");
    }

    public static WaitlistEntryId random() {
        return new WaitlistEntryId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
