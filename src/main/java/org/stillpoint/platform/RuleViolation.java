package org.stillpoint.platform;

/** Well-formed input that a business rule refuses: 422. */
public class RuleViolation extends DomainException {

    private final String field;

    public RuleViolation(String problemType, String messageKey, Object... args) {
        this(problemType, null, messageKey, args);
    }

    /** A rule that belongs to one input field, so that a form can show the message beside it. */
    public RuleViolation(String problemType, String field, String messageKey, Object... args) {
        super(problemType, messageKey, args);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The same refusal, about a field the caller knows by another name (a form's {@code ownerPassword}). */
    public RuleViolation withField(String callersField) {
        RuleViolation renamed = new RuleViolation(problemType(), callersField, messageKey(), args());
        renamed.initCause(this);
        return renamed;
    }
}
