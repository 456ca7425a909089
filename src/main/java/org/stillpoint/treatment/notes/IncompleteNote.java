package org.stillpoint.treatment.notes;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.stillpoint.platform.RuleViolation;

/**
 * A note cannot be signed without the pain before and after (422). Names every missing field: on the API as
 * {@code errors} (each field with its message in the reader's language, once {@link #explained} has worded them),
 * on the page beside each field.
 */
public class IncompleteNote extends RuleViolation {

    /** The message beside each missing field. */
    public static final String FIELD_MESSAGE = "notes.sign.missing";

    private final List<String> missing;
    private final List<Map<String, String>> errors;

    public IncompleteNote(List<String> missing) {
        this(missing, missing.stream().map(field -> Map.of("field", field)).toList());
    }

    private IncompleteNote(List<String> missing, List<Map<String, String>> errors) {
        super("note-incomplete", "notes.sign.incomplete");
        if (missing.isEmpty()) {
            throw new IllegalArgumentException("an incomplete note misses something");
        }
        this.missing = List.copyOf(missing);
        this.errors = List.copyOf(errors);
    }

    public List<String> missing() {
        return missing;
    }

    /** The same refusal with each field's message worded for the reader. */
    public IncompleteNote explained(MessageSource messages, Locale locale) {
        String message = messages.getMessage(FIELD_MESSAGE, null, FIELD_MESSAGE, locale);
        IncompleteNote worded = new IncompleteNote(missing,
                missing.stream().map(field -> Map.of("field", field, "message", message)).toList());
        worded.initCause(this);
        return worded;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", errors);
    }
}
