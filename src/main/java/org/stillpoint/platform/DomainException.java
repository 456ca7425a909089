package org.stillpoint.platform;

import java.util.Map;

/**
 * Base of the domain exceptions. Each carries a stable problem type (the last segment of the problem+json
 * {@code type}) and a message key so that pages and the API say the same thing in the reader's language.
 */
public abstract class DomainException extends RuntimeException {

    private final String problemType;
    private final String messageKey;
    private final Object[] args;

    protected DomainException(String problemType, String messageKey, Object... args) {
        super(problemType + ": " + messageKey);
        this.problemType = problemType;
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String problemType() {
        return problemType;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /**
     * Further members of the problem+json answer that a program can act on (the free times next to a taken slot,
     * say); none unless a subclass adds them. Values are serialised as JSON, so they must not carry secrets.
     */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
