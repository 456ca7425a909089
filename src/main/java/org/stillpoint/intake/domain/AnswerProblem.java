package org.stillpoint.intake.domain;

import java.util.List;
import java.util.Objects;

/**
 * One reason an answer cannot be submitted: the field path as a form or the API names it
 * ({@code medicines[2].daysPerMonth}, {@code redFlags.answers[ONSET_SUDDEN]}), what is wrong, and the values the
 * message names (the bounds of a range).
 */
public record AnswerProblem(String field, Kind kind, List<Object> args) {

    public AnswerProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        args = args == null ? List.of() : List.copyOf(args);
    }

    public String messageKey() {
        return kind.messageKey;
    }

    public enum Kind {
        MISSING("field.required"),
        OUT_OF_RANGE("field.range"),
        IN_THE_FUTURE("field.date.future"),
        TOO_LONG_AGO("intake.problem.too-long-ago"),
        TOO_LONG("field.too-long"),
        UNKNOWN_VALUE("intake.problem.unknown-value");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
