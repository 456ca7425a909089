package org.stillpoint.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.stillpoint.clients.ClientId;
import org.stillpoint.intake.domain.Hit6Impact;

/**
 * A HIT-6 total administered outside Stillpoint and entered by staff, with its impact band (clinical-reference
 * §3.2). No item wording is kept or shown.
 */
public record Hit6Entry(UUID id, ClientId client, LocalDate administeredOn, int total, Hit6Impact impact,
                        String recordedBy, Instant recordedAt) {

    public Hit6Entry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(administeredOn, "administeredOn");
        Objects.requireNonNull(impact, "impact");
    }
}
