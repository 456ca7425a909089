package org.stillpoint.platform;

import java.util.ArrayList;
import java.util.List;

import org.stillpoint.platform.InvalidInput.FieldMessage;

/**
 * Collects what is wrong with an input, field by field, and refuses it with all of it at once: 400 naming each field
 * on the API, each message beside its field on a page ({@link InvalidInput}).
 */
public final class FieldProblems {

    private final List<FieldMessage> problems = new ArrayList<>();

    /** The field is missing. */
    public FieldProblems required(String field, Object value) {
        if (value == null) {
            add(field, "field.required");
        }
        return this;
    }

    /** The number is missing or outside {@code min}–{@code max}. */
    public FieldProblems range(String field, Integer value, int min, int max) {
        return range(field, value, min, max, "field.range");
    }

    /** As {@link #range(String, Integer, int, int)}, saying it with {@code messageKey} (arguments min, max). */
    public FieldProblems range(String field, Integer value, int min, int max, String messageKey) {
        if (value == null) {
            add(field, "field.required");
        } else if (value < min || value > max) {
            add(field, messageKey, min, max);
        }
        return this;
    }

    /** The text, stripped, is longer than {@code max}; a missing text is refused only when {@code needed}. */
    public FieldProblems text(String field, String value, int max, boolean needed) {
        if (value == null || value.isBlank()) {
            if (needed) {
                add(field, "field.required");
            }
        } else if (value.strip().length() > max) {
            add(field, "field.too-long");
        }
        return this;
    }

    public FieldProblems add(String field, String messageKey, Object... args) {
        problems.add(new FieldMessage(field, messageKey, List.of(args)));
        return this;
    }

    /** Takes over what another collector found. */
    public FieldProblems addAll(FieldProblems other) {
        problems.addAll(other.problems);
        return this;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Refuses the input with every problem found, if there is one. */
    public void throwIfAny(String problemType, String messageKey) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problemType, messageKey, problems);
        }
    }

    /** Stripped text, or null for a missing or blank one. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
