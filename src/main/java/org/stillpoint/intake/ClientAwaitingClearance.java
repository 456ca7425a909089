package org.stillpoint.intake;

import java.time.Instant;

import org.stillpoint.clients.ClientSummary;

/** A client whose latest screening blocks treatment until a clearance is recorded, for the desk's list. */
public record ClientAwaitingClearance(ClientSummary client, TreatmentStatus status, int intakeVersion,
                                      Instant submittedAt) {
}
