package org.stillpoint.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.stillpoint.clients.ClientId;

/**
 * A licensed clinician's clearance, recorded by staff (clinical-reference §8.8: massage therapists do not clear red
 * flags; the app records the clinician's decision). It is recorded against the intake version that was the latest
 * at the time ({@code intakeVersion}, null before a first intake) and counts from {@code clearedOn} to
 * {@code expiresOn}, both inclusive.
 */
public record Clearance(ClearanceId id, ClientId client, String clinicianName, String clinicianProfession,
                        LocalDate clearedOn, ClearanceScope scope, LocalDate expiresOn, String documentReference,
                        Integer intakeVersion, String recordedBy, Instant recordedAt) {

    public Clearance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(clearedOn, "clearedOn");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (expiresOn != null && expiresOn.isBefore(clearedOn)) {
            throw new IllegalArgumentException("a clearance cannot expire before it was given");
        }
    }

    /** Whether it counts on this calendar day: given by then and not yet past its expiry date. */
    public boolean activeOn(LocalDate day) {
        return !clearedOn.isAfter(day) && !expiredOn(day);
    }

    public boolean expiredOn(LocalDate day) {
        return expiresOn != null && expiresOn.isBefore(day);
    }
}
