package org.stillpoint.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A client accepted this version of this text at this moment. */
public record ConsentAcceptance(ConsentKind kind, int version, Instant acceptedAt) {

    /** The UTC day of the acceptance, for pages that show the date only. */
    public LocalDate acceptedOn() {
        return LocalDate.ofInstant(acceptedAt, ZoneOffset.UTC);
    }
}
