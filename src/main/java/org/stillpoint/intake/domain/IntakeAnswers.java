package org.stillpoint.intake.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A client's intake answers (clinical-reference §4), one section per step of the form. A draft may be incomplete
 * or hold values out of range, so that nothing typed is lost; {@link #validateForSubmit(LocalDate)} lists what
 * must be fixed before the answers can be submitted and screened.
 *
 * @param dateOfBirth as the client gave it at intake (the facade may fill it from the client record); it bounds
 *                    the ages and years given below and decides the age-related rules of §6
 * @param medicines   an empty list means no medicines
 * @param painAreas   an empty set means nowhere in particular
 */
public record IntakeAnswers(LocalDate dateOfBirth, HeadacheHistory headache, KnownTriggers triggers,
                            CurrentSymptoms currentSymptoms, List<Medicine> medicines, MedicalConcerns medical,
                            Set<PainArea> painAreas, String goals, MassageExperience massageExperience,
                            RedFlagAnswers redFlags) {

    public IntakeAnswers {
        medicines = Copies.list(medicines);
        painAreas = Copies.set(painAreas);
    }

    /** A new draft with nothing answered. */
    public static IntakeAnswers empty() {
        return new IntakeAnswers(null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * Every answer that is missing, out of range, in the future or unknown, by field path
     * ({@code medicines[2].daysPerMonth}); empty when the answers may be submitted.
     */
    public List<AnswerProblem> validateForSubmit(LocalDate today) {
        return new IntakeValidation(today).check(this);
    }

    /** Refuses submission with the whole list of problems. */
    public IntakeAnswers requireSubmittable(LocalDate today) {
        List<AnswerProblem> problems = validateForSubmit(today);
        if (!problems.isEmpty()) {
            throw new IncompleteIntake(problems);
        }
        return this;
    }

    /** Cancer reported in the red-flag answers or in the medical answers: either is enough. */
    public boolean cancerReported() {
        return yes(RedFlagQuestion.CANCER_HISTORY)
                || (medical != null && medical.cancer() != null && medical.cancer() != CancerHistory.NONE);
    }

    /** Pregnancy or a birth in the last 6 weeks, reported in either place. */
    public boolean pregnancyReported() {
        return yes(RedFlagQuestion.PREGNANCY)
                || (medical != null && medical.pregnancy() != null && medical.pregnancy().pregnantOrPostpartum());
    }

    /** Immune suppression reported in either place; chemotherapy in the last 72 hours counts (§5 #14). */
    public boolean immuneSuppressionReported() {
        return yes(RedFlagQuestion.IMMUNE_SUPPRESSION)
                || (medical != null && (Boolean.TRUE.equals(medical.immuneSuppression())
                        || Boolean.TRUE.equals(medical.chemotherapyLast72Hours())));
    }

    /**
     * Whether a follow-up question is asked: when its main question is answered yes, and for cancer and pregnancy
     * also when the medical answers report them.
     */
    public boolean asks(RedFlagQuestion question) {
        if (!question.followUp()) {
            return true;
        }
        return switch (question) {
            case CANCER_WITH_NEW_HEADACHE -> cancerReported();
            case PREGNANCY_WITH_HEADACHE_CHANGE -> pregnancyReported();
            default -> yes(question.followUpOf());
        };
    }

    public boolean yes(RedFlagQuestion question) {
        return redFlags != null && redFlags.yes(question);
    }

    public IntakeAnswers withDateOfBirth(LocalDate value) {
        return new IntakeAnswers(value, headache, triggers, currentSymptoms, medicines, medical, painAreas, goals,
                massageExperience, redFlags);
    }

    public IntakeAnswers withHeadache(HeadacheHistory value) {
        return new IntakeAnswers(dateOfBirth, value, triggers, currentSymptoms, medicines, medical, painAreas, goals,
                massageExperience, redFlags);
    }

    public IntakeAnswers withTriggers(KnownTriggers value) {
        return new IntakeAnswers(dateOfBirth, headache, value, currentSymptoms, medicines, medical, painAreas, goals,
                massageExperience, redFlags);
    }

    public IntakeAnswers withCurrentSymptoms(CurrentSymptoms value) {
        return new IntakeAnswers(dateOfBirth, headache, triggers, value, medicines, medical, painAreas, goals,
                massageExperience, redFlags);
    }

    public IntakeAnswers withMedicines(List<Medicine> value) {
        return new IntakeAnswers(dateOfBirth, headache, triggers, currentSymptoms, value, medical, painAreas, goals,
                massageExperience, redFlags);
    }

    public IntakeAnswers withMedical(MedicalConcerns value) {
        return new IntakeAnswers(dateOfBirth, headache, triggers, currentSymptoms, medicines, value, painAreas, goals,
                massageExperience, redFlags);
    }

    public IntakeAnswers withPainAreas(Set<PainArea> value) {
        return new IntakeAnswers(dateOfBirth, headache, triggers, currentSymptoms, medicines, medical, value, goals,
                massageExperience, redFlags);
    }

    public IntakeAnswers withGoals(String value) {
        return new IntakeAnswers(dateOfBirth, headache, triggers, currentSymptoms, medicines, medical, painAreas, value,
                massageExperience, redFlags);
    }

    public IntakeAnswers withMassageExperience(MassageExperience value) {
        return new IntakeAnswers(dateOfBirth, headache, triggers, currentSymptoms, medicines, medical, painAreas, goals,
                value, redFlags);
    }

    public IntakeAnswers withRedFlags(RedFlagAnswers value) {
        return new IntakeAnswers(dateOfBirth, headache, triggers, currentSymptoms, medicines, medical, painAreas, goals,
                massageExperience, value);
    }
}
