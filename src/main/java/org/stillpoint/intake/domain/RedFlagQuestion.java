package org.stillpoint.intake.domain;

import java.util.List;
import java.util.Locale;

import org.stillpoint.intake.Snnoop10Item;

/**
 * The red-flag questions, one plain-language yes/no question per SNNOOP10 item (clinical-reference §4, §5), and
 * the follow-ups the triage table needs, asked when their main question is answered yes. Pages ask them in this
 * order; the wording is in the message bundle under {@link #messageKey()}.
 */
public enum RedFlagQuestion {

    SYSTEMIC_SYMPTOMS(Snnoop10Item.SYSTEMIC_SYMPTOMS, null),
    SYSTEMIC_WITH_MENINGEAL_SIGNS(Snnoop10Item.SYSTEMIC_SYMPTOMS, SYSTEMIC_SYMPTOMS),
    CANCER_HISTORY(Snnoop10Item.NEOPLASM_IN_HISTORY, null),
    // Also asked when the medical answers report cancer.
    CANCER_WITH_NEW_HEADACHE(Snnoop10Item.NEOPLASM_IN_HISTORY, CANCER_HISTORY),
    NEUROLOGIC_SYMPTOMS(Snnoop10Item.NEUROLOGIC_DEFICIT, null),
    // Asked of everyone: a new aura may be typical (a change in pattern) or not (an emergency).
    NEW_AURA(Snnoop10Item.NEUROLOGIC_DEFICIT, null),
    ONSET_SUDDEN(Snnoop10Item.ONSET_SUDDEN, null),
    ONSET_AFTER_AGE(Snnoop10Item.OLDER_AGE_AT_ONSET, null),
    PATTERN_NEW_OR_CHANGED(Snnoop10Item.PATTERN_CHANGE, null),
    PATTERN_NEW_IN_LAST_3_MONTHS(Snnoop10Item.PATTERN_CHANGE, PATTERN_NEW_OR_CHANGED),
    POSITIONAL(Snnoop10Item.POSITIONAL, null),
    PRECIPITATED_BY_COUGH_OR_EXERTION(Snnoop10Item.PRECIPITATED_BY_SNEEZE_COUGH_EXERCISE, null),
    // The client cannot report papilledema; sudden visual loss or blurring is asked instead (§5 #9).
    VISUAL_LOSS(Snnoop10Item.PAPILLEDEMA, null),
    PROGRESSIVE(Snnoop10Item.PROGRESSIVE, null),
    PREGNANCY(Snnoop10Item.PREGNANCY_OR_PUERPERIUM, null),
    // Also asked when the medical answers report pregnancy or a birth in the last 6 weeks.
    PREGNANCY_WITH_HEADACHE_CHANGE(Snnoop10Item.PREGNANCY_OR_PUERPERIUM, PREGNANCY),
    PAINFUL_EYE(Snnoop10Item.PAINFUL_EYE_WITH_AUTONOMIC_FEATURES, null),
    PAINFUL_EYE_WITH_VISUAL_CHANGE(Snnoop10Item.PAINFUL_EYE_WITH_AUTONOMIC_FEATURES, PAINFUL_EYE),
    HEAD_INJURY(Snnoop10Item.POST_TRAUMATIC_ONSET, null),
    HEAD_INJURY_WITH_ACUTE_SIGNS(Snnoop10Item.POST_TRAUMATIC_ONSET, HEAD_INJURY),
    IMMUNE_SUPPRESSION(Snnoop10Item.PATHOLOGY_OF_IMMUNE_SYSTEM, null),
    PAINKILLERS_OFTEN(Snnoop10Item.PAINKILLER_OVERUSE_OR_NEW_DRUG, null),
    NEW_MEDICINE_AT_ONSET(Snnoop10Item.PAINKILLER_OVERUSE_OR_NEW_DRUG, null);

    private final Snnoop10Item item;
    private final RedFlagQuestion followUpOf;

    RedFlagQuestion(Snnoop10Item item, RedFlagQuestion followUpOf) {
        this.item = item;
        this.followUpOf = followUpOf;
    }

    public Snnoop10Item item() {
        return item;
    }

    /** The main question this one follows up, or null for a main question. */
    public RedFlagQuestion followUpOf() {
        return followUpOf;
    }

    public boolean followUp() {
        return followUpOf != null;
    }

    public String messageKey() {
        return "intake.question.snnoop." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The values the wording names, so that it follows the configured thresholds. */
    public List<Object> messageArguments(ScreeningSettings settings) {
        return switch (this) {
            case ONSET_AFTER_AGE -> List.of(settings.olderOnsetAge());
            case PAINKILLERS_OFTEN -> List.of(settings.lowestOveruseDays());
            default -> List.of();
        };
    }
}
