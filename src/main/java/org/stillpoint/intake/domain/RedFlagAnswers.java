package org.stillpoint.intake.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The answers to the red-flag questions, yes or no per question (a missing entry is not answered yet), and for a
 * new aura its kinds and how long the longest lasted.
 */
public record RedFlagAnswers(Map<RedFlagQuestion, Boolean> answers, Set<AuraType> newAuraTypes,
                             Integer newAuraLongestMinutes) {

    public RedFlagAnswers {
        answers = Copies.map(answers);
        newAuraTypes = Copies.set(newAuraTypes);
    }

    /** Every main question answered no; follow-ups are not asked. */
    public static RedFlagAnswers allNo() {
        Map<RedFlagQuestion, Boolean> answers = new EnumMap<>(RedFlagQuestion.class);
        for (RedFlagQuestion question : RedFlagQuestion.values()) {
            if (!question.followUp()) {
                answers.put(question, false);
            }
        }
        return new RedFlagAnswers(answers, null, null);
    }

    public boolean yes(RedFlagQuestion question) {
        return answers != null && Boolean.TRUE.equals(answers.get(question));
    }

    public boolean answered(RedFlagQuestion question) {
        return answers != null && answers.get(question) != null;
    }

    public RedFlagAnswers with(RedFlagQuestion question, Boolean answer) {
        Map<RedFlagQuestion, Boolean> changed = new EnumMap<>(RedFlagQuestion.class);
        if (answers != null) {
            changed.putAll(answers);
        }
        changed.put(question, answer);
        return new RedFlagAnswers(changed, newAuraTypes, newAuraLongestMinutes);
    }

    public RedFlagAnswers withNewAura(Set<AuraType> types, Integer longestMinutes) {
        return new RedFlagAnswers(answers, types, longestMinutes).with(RedFlagQuestion.NEW_AURA, true);
    }
}
