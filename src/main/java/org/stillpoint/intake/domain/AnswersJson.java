package org.stillpoint.intake.domain;

import java.util.List;

import org.stillpoint.platform.InvalidInput;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How intake answers are stored: the {@link IntakeAnswers} record as JSON text, written by a mapper of the module's
 * own so that the application's JSON settings never change what is stored. Reading is lenient about properties a
 * later version no longer has, so that every stored version stays readable.
 */
final class AnswersJson {

    /** The most characters one set of answers may take; far more than the longest answers the form allows. */
    static final int MAX_LENGTH = 200_000;

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private AnswersJson() {
    }

    /** @throws InvalidInput (400) when the answers are too long to keep */
    static String write(IntakeAnswers answers) {
        String json = JSON.writeValueAsString(answers);
        if (json.length() > MAX_LENGTH) {
            throw new InvalidInput("intake-too-large", "intake.draft.too-large", List.of());
        }
        return json;
    }

    static IntakeAnswers read(String json) {
        return JSON.readValue(json, IntakeAnswers.class);
    }
}
