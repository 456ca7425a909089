package org.stillpoint.intake;

import java.time.Instant;
import java.util.List;

import org.stillpoint.clients.ClientId;
import org.stillpoint.intake.domain.AnswerProblem;
import org.stillpoint.intake.domain.IntakeAnswers;

/**
 * The answers a client is working on, saved at every step whatever they hold, with what still stands in the way of
 * submitting them.
 *
 * @param savedAt  null while nothing was saved yet
 * @param problems every answer that is missing or needs a change; empty when the draft may be submitted
 * @param latestVersion the number of the latest submitted version, or null
 */
public record IntakeDraft(ClientId client, IntakeAnswers answers, Instant savedAt, List<AnswerProblem> problems,
                          Integer latestVersion) {

    public IntakeDraft {
        problems = List.copyOf(problems);
    }

    public boolean submittable() {
        return problems.isEmpty();
    }
}
