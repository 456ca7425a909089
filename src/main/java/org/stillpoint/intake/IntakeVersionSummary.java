package org.stillpoint.intake;

import java.time.Instant;

import org.stillpoint.platform.Role;

/** A line of the intake history: which version, when, by whom, with which screening tier. */
public record IntakeVersionSummary(int number, Instant submittedAt, ScreeningTier tier, String submittedBy,
                                   Role submittedByRole) {
}
