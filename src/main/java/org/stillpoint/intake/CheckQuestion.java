package org.stillpoint.intake;

import java.util.List;

/**
 * A red-flag question as the pre-session check asks it again (clinical-reference §5): its name, its wording's
 * message key and arguments, and the main question it follows up (asked only when that one is answered yes), or null.
 */
public record CheckQuestion(String name, String messageKey, List<Object> messageArguments, String followUpOf) {

    public CheckQuestion {
        messageArguments = List.copyOf(messageArguments);
    }

    public boolean followUp() {
        return followUpOf != null;
    }
}
