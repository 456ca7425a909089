package org.stillpoint.platform;

import java.util.List;
import java.util.Objects;

/**
 * Input that cannot be accepted, with every field that is wrong and why: 400 with the list on the API, each
 * message beside its field on a page. For checks that need more than Bean Validation (a questionnaire's
 * completeness, say).
 */
public class InvalidInput extends DomainException {

    private final List<FieldMessage> fields;

    public InvalidInput(String problemType, String messageKey, List<FieldMessage> fields, Object... args) {
        super(problemType, messageKey, args);
        this.fields = List.copyOf(fields);
    }

    public List<FieldMessage> fields() {
        return fields;
    }

    /**
     * The same refusal, with each field named as the caller knows it (a page form whose rows are numbered otherwise,
     * say), like {@link RuleViolation#withField}.
     */
    public InvalidInput withFields(java.util.function.UnaryOperator<String> rename) {
        InvalidInput renamed = new InvalidInput(problemType(), messageKey(), fields.stream()
                .map(f -> new FieldMessage(rename.apply(f.field()), f.messageKey(), f.args())).toList(), args());
        renamed.initCause(this);
        return renamed;
    }

    /** One wrong field: its path as the request names it, and the message key with its arguments. */
    public record FieldMessage(String field, String messageKey, List<Object> args) {

        public FieldMessage {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(messageKey, "messageKey");
            args = args == null ? List.of() : List.copyOf(args);
        }
    }
}
