package org.stillpoint.intake;

import java.time.Instant;

import org.stillpoint.clients.ClientId;

/**
 * Whether a client may be treated, without the reasons: what the front desk sees (DESIGN §1) and what booking
 * needs. {@code clearance} is the clearance in force, if any; its scope limits the treatment.
 */
public record ClearanceStatus(ClientId client, TreatmentStatus status, Integer intakeVersion,
                              Instant intakeSubmittedAt, Clearance clearance) {

    public boolean allowed() {
        return status.allowsTreatment();
    }
}
