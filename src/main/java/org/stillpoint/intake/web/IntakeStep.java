package org.stillpoint.intake.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.stillpoint.intake.domain.AnswerProblem;
import org.stillpoint.intake.domain.IntakeAnswers;

/**
 * The steps of the client's intake form, one section of the answers each, in the order they are asked. A step
 * takes its own sections from what was posted and leaves the rest of the draft as it was.
 */
public enum IntakeStep {

    HISTORY("history", "dateOfBirth", "headache"),
    TRIGGERS("triggers", "triggers", "currentSymptoms"),
    MEDICINES("medicines", "medicines"),
    MEDICAL("medical", "medical"),
    RED_FLAGS("red-flags", "redFlags"),
    AREAS_AND_GOALS("areas-goals", "painAreas", "goals", "massageExperience");

    private final String path;
    private final List<String> sections;

    IntakeStep(String path, String... sections) {
        this.path = path;
        this.sections = List.of(sections);
    }

    /** The draft with this step's sections replaced by what the step's form posted. */
    IntakeAnswers merge(IntakeAnswers draft, IntakeAnswers posted) {
        return switch (this) {
            case HISTORY -> draft.withDateOfBirth(posted.dateOfBirth())
                    .withHeadache(StepAnswers.headache(posted.headache()));
            case TRIGGERS -> draft.withTriggers(StepAnswers.triggers(posted.triggers()))
                    .withCurrentSymptoms(StepAnswers.currentSymptoms(posted.currentSymptoms()));
            case MEDICINES -> draft.withMedicines(StepAnswers.medicines(posted.medicines()));
            case MEDICAL -> draft.withMedical(StepAnswers.medical(posted.medical()));
            case RED_FLAGS -> draft.withRedFlags(StepAnswers.redFlags(posted.redFlags()));
            case AREAS_AND_GOALS -> draft.withPainAreas(StepAnswers.painAreas(posted.painAreas()))
                    .withGoals(posted.goals()).withMassageExperience(posted.massageExperience());
        };
    }

    static Optional<IntakeStep> of(String path) {
        return Arrays.stream(values()).filter(step -> step.path.equals(path)).findFirst();
    }

    public String path() {
        return path;
    }

    public String titleKey() {
        return "intake.step." + path + ".title";
    }

    /** The fragment of {@code intake/step-fields} with this step's fields. */
    public String fragment() {
        String[] words = path.split("-");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    public int number() {
        return ordinal() + 1;
    }

    public Optional<IntakeStep> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public Optional<IntakeStep> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    /** Whether the problem is about an answer on this step. */
    boolean owns(AnswerProblem problem) {
        String field = problem.field();
        return sections.stream().anyMatch(section -> field.equals(section) || field.startsWith(section + ".")
                || field.startsWith(section + "["));
    }

    List<AnswerProblem> problemsIn(List<AnswerProblem> problems) {
        return problems.stream().filter(this::owns).toList();
    }

    /** The step a problem is fixed on. */
    static IntakeStep owning(AnswerProblem problem) {
        return Arrays.stream(values()).filter(step -> step.owns(problem)).findFirst().orElse(HISTORY);
    }
}
