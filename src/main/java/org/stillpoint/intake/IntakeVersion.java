package org.stillpoint.intake;

import java.time.Instant;
import java.util.Objects;

import org.stillpoint.clients.ClientId;
import org.stillpoint.intake.domain.IntakeAnswers;
import org.stillpoint.platform.Role;

/**
 * One submitted intake: its number (1, 2, … per client), the answers as submitted, the screening they got and who
 * submitted them when. Versions are never changed; a new submission is a new version.
 */
public record IntakeVersion(ClientId client, int number, IntakeAnswers answers, ScreeningResult screening,
                            Instant submittedAt, String submittedBy, Role submittedByRole) {

    public IntakeVersion {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(screening, "screening");
        Objects.requireNonNull(submittedAt, "submittedAt");
        if (number < 1) {
            throw new IllegalArgumentException("versions are numbered from 1");
        }
    }

    public IntakeVersionSummary summary() {
        return new IntakeVersionSummary(number, submittedAt, screening.tier(), submittedBy, submittedByRole);
    }
}
