package org.stillpoint.intake.domain;

import java.util.List;

import org.stillpoint.platform.InvalidInput;

/** Submission refused: the answers are incomplete or hold values out of range. Carries every problem (400). */
public class IncompleteIntake extends InvalidInput {

    private final List<AnswerProblem> problems;

    public IncompleteIntake(List<AnswerProblem> problems) {
        super("incomplete-intake", "intake.submit.incomplete",
                problems.stream().map(p -> new FieldMessage(p.field(), p.messageKey(), p.args())).toList(),
                problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
