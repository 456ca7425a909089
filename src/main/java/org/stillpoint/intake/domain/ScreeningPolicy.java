package org.stillpoint.intake.domain;

import static org.stillpoint.intake.domain.RedFlagQuestion.CANCER_WITH_NEW_HEADACHE;
import static org.stillpoint.intake.domain.RedFlagQuestion.HEAD_INJURY;
import static org.stillpoint.intake.domain.RedFlagQuestion.HEAD_INJURY_WITH_ACUTE_SIGNS;
import static org.stillpoint.intake.domain.RedFlagQuestion.NEUROLOGIC_SYMPTOMS;
import static org.stillpoint.intake.domain.RedFlagQuestion.NEW_AURA;
import static org.stillpoint.intake.domain.RedFlagQuestion.NEW_MEDICINE_AT_ONSET;
import static org.stillpoint.intake.domain.RedFlagQuestion.ONSET_AFTER_AGE;
import static org.stillpoint.intake.domain.RedFlagQuestion.ONSET_SUDDEN;
import static org.stillpoint.intake.domain.RedFlagQuestion.PAINFUL_EYE;
import static org.stillpoint.intake.domain.RedFlagQuestion.PAINFUL_EYE_WITH_VISUAL_CHANGE;
import static org.stillpoint.intake.domain.RedFlagQuestion.PAINKILLERS_OFTEN;
import static org.stillpoint.intake.domain.RedFlagQuestion.PATTERN_NEW_IN_LAST_3_MONTHS;
import static org.stillpoint.intake.domain.RedFlagQuestion.PATTERN_NEW_OR_CHANGED;
import static org.stillpoint.intake.domain.RedFlagQuestion.POSITIONAL;
import static org.stillpoint.intake.domain.RedFlagQuestion.PRECIPITATED_BY_COUGH_OR_EXERTION;
import static org.stillpoint.intake.domain.RedFlagQuestion.PREGNANCY_WITH_HEADACHE_CHANGE;
import static org.stillpoint.intake.domain.RedFlagQuestion.PROGRESSIVE;
import static org.stillpoint.intake.domain.RedFlagQuestion.SYSTEMIC_SYMPTOMS;
import static org.stillpoint.intake.domain.RedFlagQuestion.SYSTEMIC_WITH_MENINGEAL_SIGNS;
import static org.stillpoint.intake.domain.RedFlagQuestion.VISUAL_LOSS;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.stillpoint.intake.RedFlag;
import org.stillpoint.intake.ScreeningResult;

/**
 * SNNOOP10 red-flag screening: maps the intake answers to the triage tiers of clinical-reference §5. The software
 * routes flags to a clinician; it does not interpret them. Unanswered questions raise nothing, which is why an
 * intake is screened only once {@link IntakeAnswers#validateForSubmit} finds every question answered.
 */
public final class ScreeningPolicy {

    /** Changes whenever a rule below changes; recorded with the settings on every result. */
    public static final String VERSION = "snnoop10-triage-1";

    // clinical-reference §1.2 C3 [C]: each aura symptom lasts 5 to 60 minutes in typical aura.
    static final int TYPICAL_AURA_MAX_MINUTES = 60;

    private final ScreeningSettings settings;

    public ScreeningPolicy() {
        this(ScreeningSettings.DEFAULTS);
    }

    public ScreeningPolicy(ScreeningSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public ScreeningSettings settings() {
        return settings;
    }

    public String version() {
        return VERSION + " (" + settings.describe() + ")";
    }

    public ScreeningResult screen(IntakeAnswers answers) {
        Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        systemic(answers, flags);
        neoplasm(answers, flags);
        neurologic(answers, flags);
        onset(answers, flags);
        pattern(answers, flags);
        precipitants(answers, flags);
        pregnancy(answers, flags);
        eye(answers, flags);
        trauma(answers, flags);
        // clinical-reference §5 URGENT: #14 immunocompromised, from either the red-flag or the medical answers.
        if (answers.immuneSuppressionReported()) {
            flags.add(RedFlag.IMMUNE_SUPPRESSION);
        }
        medicines(answers, flags);
        return ScreeningResult.of(flags, version());
    }

    // clinical-reference §5 #1: EMERGENCY with stiff neck, rash or drowsiness; otherwise URGENT (our reading).
    private static void systemic(IntakeAnswers answers, Set<RedFlag> flags) {
        if (answers.yes(SYSTEMIC_SYMPTOMS)) {
            flags.add(answers.yes(SYSTEMIC_WITH_MENINGEAL_SIGNS) ? RedFlag.FEVER_WITH_MENINGEAL_SIGNS
                    : RedFlag.SYSTEMIC_SYMPTOMS);
        }
    }

    // clinical-reference §5 #2: URGENT with a new headache; a new headache in the last 3 months counts too.
    private static void neoplasm(IntakeAnswers answers, Set<RedFlag> flags) {
        if (answers.cancerReported()) {
            boolean newHeadache = answers.yes(CANCER_WITH_NEW_HEADACHE) || newHeadache(answers);
            flags.add(newHeadache ? RedFlag.CANCER_HISTORY_WITH_NEW_HEADACHE : RedFlag.CANCER_HISTORY);
        }
    }

    private void neurologic(IntakeAnswers answers, Set<RedFlag> flags) {
        // clinical-reference §5 EMERGENCY: #3 new deficit, confusion, reduced consciousness or seizure.
        if (answers.yes(NEUROLOGIC_SYMPTOMS)) {
            flags.add(RedFlag.NEUROLOGIC_SYMPTOMS);
        }
        // clinical-reference §5 EMERGENCY: new aura that is motor, brainstem or monocular, or lasts >60 min.
        // A new aura of the typical kinds is a change in pattern (#6, ROUTINE).
        if (answers.yes(NEW_AURA)) {
            RedFlagAnswers redFlags = answers.redFlags();
            boolean atypical = outsideTypicalAura(redFlags.newAuraTypes())
                    || longerThanTypical(redFlags.newAuraLongestMinutes());
            flags.add(atypical ? RedFlag.ATYPICAL_NEW_AURA : RedFlag.NEW_TYPICAL_AURA);
        }
        // clinical-reference §1.2: an aura outside typical aura is a referral trigger even when long-standing.
        HeadacheHistory history = answers.headache();
        if (history != null && history.aura() != null) {
            for (AuraSymptom symptom : history.aura()) {
                if (symptom != null && ((symptom.type() != null && symptom.type().outsideTypicalAura())
                        || longerThanTypical(symptom.usualMinutes()))) {
                    flags.add(RedFlag.ATYPICAL_AURA_IN_HISTORY);
                }
            }
        }
    }

    private void onset(IntakeAnswers answers, Set<RedFlag> flags) {
        // clinical-reference §5 EMERGENCY: #4 sudden or thunderclap onset.
        if (answers.yes(ONSET_SUDDEN)) {
            flags.add(RedFlag.SUDDEN_ONSET);
        }
        // clinical-reference §5 URGENT: #5 new headache after 50 ([U] age, configurable): the client's answer, or
        // any headache kind that began above that age.
        if (answers.yes(ONSET_AFTER_AGE) || anyOnsetAbove(answers.headache(), settings.olderOnsetAge())) {
            flags.add(RedFlag.OLDER_AGE_AT_ONSET);
        }
    }

    private static void pattern(IntakeAnswers answers, Set<RedFlag> flags) {
        // clinical-reference §5: #6 new headache in the last 3 months is URGENT; a change in a long-standing
        // pattern is ROUTINE.
        if (newHeadache(answers)) {
            flags.add(RedFlag.NEW_HEADACHE);
        } else if (patternChanged(answers)) {
            flags.add(RedFlag.PATTERN_CHANGE);
        }
        // clinical-reference §6.3 [U]: an attack unlike the usual ones is a #6 check, not a treatment case.
        CurrentSymptoms now = answers.currentSymptoms();
        if (now != null && Boolean.TRUE.equals(now.headacheNow()) && Boolean.TRUE.equals(now.unlikeUsualAttacks())) {
            flags.add(RedFlag.ATTACK_UNLIKE_USUAL);
        }
    }

    // clinical-reference §5 URGENT: #7 positional, #8 cough, exertion or sex, #10 progressive.
    // §5 EMERGENCY: sudden visual loss as the client's proxy for #9 papilledema.
    private static void precipitants(IntakeAnswers answers, Set<RedFlag> flags) {
        if (answers.yes(POSITIONAL)) {
            flags.add(RedFlag.POSITIONAL);
        }
        if (answers.yes(PRECIPITATED_BY_COUGH_OR_EXERTION)) {
            flags.add(RedFlag.PRECIPITATED_BY_COUGH_OR_EXERTION);
        }
        if (answers.yes(VISUAL_LOSS)) {
            flags.add(RedFlag.SUDDEN_VISUAL_LOSS);
        }
        if (answers.yes(PROGRESSIVE)) {
            flags.add(RedFlag.PROGRESSIVE);
        }
    }

    // clinical-reference §5 URGENT: #11 pregnancy or postpartum with a new or changed headache.
    private static void pregnancy(IntakeAnswers answers, Set<RedFlag> flags) {
        if (answers.pregnancyReported()) {
            boolean changed = answers.yes(PREGNANCY_WITH_HEADACHE_CHANGE) || newHeadache(answers)
                    || patternChanged(answers);
            flags.add(changed ? RedFlag.PREGNANCY_WITH_NEW_OR_CHANGED_HEADACHE : RedFlag.PREGNANCY_OR_POSTPARTUM);
        }
    }

    // clinical-reference §5 EMERGENCY: #12 painful red eye with visual change; without it URGENT (our reading).
    private static void eye(IntakeAnswers answers, Set<RedFlag> flags) {
        if (answers.yes(PAINFUL_EYE)) {
            flags.add(answers.yes(PAINFUL_EYE_WITH_VISUAL_CHANGE) ? RedFlag.PAINFUL_RED_EYE_WITH_VISUAL_CHANGE
                    : RedFlag.PAINFUL_RED_EYE);
        }
    }

    private static void trauma(IntakeAnswers answers, Set<RedFlag> flags) {
        // clinical-reference §5 #13: EMERGENCY with worsening headache, vomiting or a #3 symptom; otherwise URGENT.
        if (answers.yes(HEAD_INJURY)) {
            flags.add(answers.yes(HEAD_INJURY_WITH_ACUTE_SIGNS) || answers.yes(NEUROLOGIC_SYMPTOMS)
                    ? RedFlag.HEAD_INJURY_WITH_ACUTE_SIGNS : RedFlag.POST_TRAUMATIC_ONSET);
        }
        // clinical-reference §6.2: head or neck trauma or whiplash not yet medically assessed triggers #13.
        MedicalConcerns medical = answers.medical();
        if (medical != null && medical.headOrNeckTrauma() != null && medical.headOrNeckTrauma().yes()
                && !medical.headOrNeckTrauma().assessed()) {
            flags.add(RedFlag.HEAD_OR_NECK_TRAUMA_NOT_ASSESSED);
        }
    }

    // clinical-reference §5 ROUTINE: #15 painkiller overuse (the §1.7 pattern, thresholds configurable) or a new
    // medicine when the headache began.
    private void medicines(IntakeAnswers answers, Set<RedFlag> flags) {
        if (answers.yes(PAINKILLERS_OFTEN) || MedicationOveruse.of(answers.medicines(), settings).found()) {
            flags.add(RedFlag.MEDICATION_OVERUSE_PATTERN);
        }
        if (answers.yes(NEW_MEDICINE_AT_ONSET)) {
            flags.add(RedFlag.NEW_MEDICINE_AT_ONSET);
        }
    }

    private static boolean newHeadache(IntakeAnswers answers) {
        return answers.yes(PATTERN_NEW_OR_CHANGED) && answers.yes(PATTERN_NEW_IN_LAST_3_MONTHS);
    }

    private static boolean patternChanged(IntakeAnswers answers) {
        return answers.yes(PATTERN_NEW_OR_CHANGED)
                || (answers.headache() != null && Boolean.TRUE.equals(answers.headache().changedInLast3Months()));
    }

    private static boolean outsideTypicalAura(Set<AuraType> types) {
        return types != null && types.stream().anyMatch(type -> type != null && type.outsideTypicalAura());
    }

    private static boolean longerThanTypical(Integer minutes) {
        return minutes != null && minutes > TYPICAL_AURA_MAX_MINUTES;
    }

    private static boolean anyOnsetAbove(HeadacheHistory history, int age) {
        return history != null && history.types() != null && history.types().stream()
                .anyMatch(type -> type != null && type.ageAtOnset() != null && type.ageAtOnset() > age);
    }
}
