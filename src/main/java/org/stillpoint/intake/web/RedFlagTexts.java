package org.stillpoint.intake.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.stillpoint.intake.domain.IntakeAnswers;
import org.stillpoint.intake.domain.RedFlagQuestion;
import org.stillpoint.intake.domain.ScreeningPolicy;

/**
 * The red-flag questions in words, with the thresholds the clinic configured (a question names the age or the
 * number of days the screening uses), and in the order the step asks them: each main question with its follow-ups.
 */
@Component
class RedFlagTexts {

    private final Wording wording;
    private final ScreeningPolicy screening;

    RedFlagTexts(Wording wording, ScreeningPolicy screening) {
        this.wording = wording;
        this.screening = screening;
    }

    /** A question on the step; {@code asked} keeps a follow-up in view whatever its main answer. */
    record Question(RedFlagQuestion question, String text, boolean asked, List<Question> followUps) {
    }

    /** Every question in its words, in the order asked. */
    Map<RedFlagQuestion, String> texts() {
        Map<RedFlagQuestion, String> texts = new LinkedHashMap<>();
        for (RedFlagQuestion question : RedFlagQuestion.values()) {
            texts.put(question, text(question));
        }
        return texts;
    }

    /**
     * The main questions with their follow-ups. A follow-up the medical answers already call for (cancer,
     * pregnancy) is shown even when its main question is answered no.
     */
    List<Question> questions(IntakeAnswers answers) {
        List<Question> questions = new ArrayList<>();
        for (RedFlagQuestion main : RedFlagQuestion.values()) {
            if (main.followUp()) {
                continue;
            }
            List<Question> followUps = new ArrayList<>();
            for (RedFlagQuestion followUp : RedFlagQuestion.values()) {
                if (followUp.followUpOf() == main) {
                    boolean askedAnyway = answers.asks(followUp) && !answers.yes(main);
                    followUps.add(new Question(followUp, text(followUp), askedAnyway, List.of()));
                }
            }
            questions.add(new Question(main, text(main), true, followUps));
        }
        return questions;
    }

    private String text(RedFlagQuestion question) {
        return wording.text(question.messageKey(), question.messageArguments(screening.settings()).toArray());
    }
}
