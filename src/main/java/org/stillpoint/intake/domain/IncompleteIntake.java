package org.stillpoint.intake.domain;

import java.util.List;

import org.stillpoint.platform.RuleViolation;

/** Submission refused: the answers are incomplete or hold values out of range. Carries every problem. */
public class IncompleteIntake extends RuleViolation {

    private final List<AnswerProblem> problems;

    public IncompleteIntake(List<AnswerProblem> problems) {
        super("incomplete-intake", problems.isEmpty() ? null : problems.get(0).field(), "intake.submit.incomplete",
                problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
