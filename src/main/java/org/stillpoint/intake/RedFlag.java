package org.stillpoint.intake;

import static org.stillpoint.intake.ScreeningTier.EMERGENCY;
import static org.stillpoint.intake.ScreeningTier.ROUTINE;
import static org.stillpoint.intake.ScreeningTier.URGENT;

import java.util.Locale;

/**
 * A red flag the screening can raise: the SNNOOP10 item it belongs to, the tier it causes (the triage table of
 * clinical-reference §5) and the message key of its reason. Rows the table does not name are marked; they are
 * product policy awaiting clinical sign-off (§9 item 8).
 */
public enum RedFlag {

    // §5 EMERGENCY: #1 fever with stiff neck, rash or drowsiness.
    FEVER_WITH_MENINGEAL_SIGNS(Snnoop10Item.SYSTEMIC_SYMPTOMS, EMERGENCY),
    // Not in the §5 table: systemic symptoms alone. Stricter reading (the paper marks #1 "red or orange").
    SYSTEMIC_SYMPTOMS(Snnoop10Item.SYSTEMIC_SYMPTOMS, URGENT),
    // §5 URGENT: #2 cancer history with a new headache.
    CANCER_HISTORY_WITH_NEW_HEADACHE(Snnoop10Item.NEOPLASM_IN_HISTORY, URGENT),
    // Not in the §5 table: cancer history without a new headache. A GP review, as every SNNOOP10 yes gets one.
    CANCER_HISTORY(Snnoop10Item.NEOPLASM_IN_HISTORY, ROUTINE),
    // §5 EMERGENCY: #3 new deficit, confusion, reduced consciousness or seizure.
    NEUROLOGIC_SYMPTOMS(Snnoop10Item.NEUROLOGIC_DEFICIT, EMERGENCY),
    // §5 EMERGENCY: new aura that is motor, brainstem or monocular, or lasts >60 min (outside typical aura, §1.2).
    ATYPICAL_NEW_AURA(Snnoop10Item.NEUROLOGIC_DEFICIT, EMERGENCY),
    // §1.2: motor, brainstem or retinal aura, or aura >60 min, is a referral trigger even when long-standing.
    ATYPICAL_AURA_IN_HISTORY(Snnoop10Item.NEUROLOGIC_DEFICIT, ROUTINE),
    // §5 EMERGENCY: #4 sudden or thunderclap onset.
    SUDDEN_ONSET(Snnoop10Item.ONSET_SUDDEN, EMERGENCY),
    // §5 URGENT: #5 new headache after 50 (the stricter of the two published ages, configurable).
    OLDER_AGE_AT_ONSET(Snnoop10Item.OLDER_AGE_AT_ONSET, URGENT),
    // §5 URGENT: #6 new headache in the last 3 months.
    NEW_HEADACHE(Snnoop10Item.PATTERN_CHANGE, URGENT),
    // §6.3: an attack unlike the usual ones is a #6 check, "not a treatment case".
    ATTACK_UNLIKE_USUAL(Snnoop10Item.PATTERN_CHANGE, URGENT),
    // §5 ROUTINE: #6 change in a long-standing known pattern.
    PATTERN_CHANGE(Snnoop10Item.PATTERN_CHANGE, ROUTINE),
    // A new aura of the typical kinds (visual, sensory, speech, up to 60 min) is a change in pattern: §5 ROUTINE.
    NEW_TYPICAL_AURA(Snnoop10Item.PATTERN_CHANGE, ROUTINE),
    // §5 URGENT: #7 positional.
    POSITIONAL(Snnoop10Item.POSITIONAL, URGENT),
    // §5 URGENT: #8 triggered by cough, exertion or sex.
    PRECIPITATED_BY_COUGH_OR_EXERTION(Snnoop10Item.PRECIPITATED_BY_SNEEZE_COUGH_EXERCISE, URGENT),
    // §5 EMERGENCY: sudden visual loss, the client-reportable proxy for #9 papilledema.
    SUDDEN_VISUAL_LOSS(Snnoop10Item.PAPILLEDEMA, EMERGENCY),
    // §5 URGENT: #10 progressive.
    PROGRESSIVE(Snnoop10Item.PROGRESSIVE, URGENT),
    // §5 URGENT: #11 pregnancy or postpartum with a new or changed headache.
    PREGNANCY_WITH_NEW_OR_CHANGED_HEADACHE(Snnoop10Item.PREGNANCY_OR_PUERPERIUM, URGENT),
    // Not in the §5 table: pregnancy or postpartum with the usual headaches. A GP review.
    PREGNANCY_OR_POSTPARTUM(Snnoop10Item.PREGNANCY_OR_PUERPERIUM, ROUTINE),
    // §5 EMERGENCY: #12 painful red eye with visual change.
    PAINFUL_RED_EYE_WITH_VISUAL_CHANGE(Snnoop10Item.PAINFUL_EYE_WITH_AUTONOMIC_FEATURES, EMERGENCY),
    // Not in the §5 table: painful red eye without visual change. Stricter reading (acute glaucoma, TAC).
    PAINFUL_RED_EYE(Snnoop10Item.PAINFUL_EYE_WITH_AUTONOMIC_FEATURES, URGENT),
    // §5 EMERGENCY: #13 head trauma with worsening headache, vomiting or any #3 symptom.
    HEAD_INJURY_WITH_ACUTE_SIGNS(Snnoop10Item.POST_TRAUMATIC_ONSET, EMERGENCY),
    // §5 URGENT: #13 post-traumatic onset without acute features.
    POST_TRAUMATIC_ONSET(Snnoop10Item.POST_TRAUMATIC_ONSET, URGENT),
    // §6.2: recent head or neck trauma or whiplash not yet medically assessed triggers #13.
    HEAD_OR_NECK_TRAUMA_NOT_ASSESSED(Snnoop10Item.POST_TRAUMATIC_ONSET, URGENT),
    // §5 URGENT: #14 immunocompromised.
    IMMUNE_SUPPRESSION(Snnoop10Item.PATHOLOGY_OF_IMMUNE_SYSTEM, URGENT),
    // §5 ROUTINE: #15 painkiller overuse (the medication-overuse pattern of §1.7).
    MEDICATION_OVERUSE_PATTERN(Snnoop10Item.PAINKILLER_OVERUSE_OR_NEW_DRUG, ROUTINE),
    // #15 a new drug at onset. The §5 table tiers #15 as ROUTINE.
    NEW_MEDICINE_AT_ONSET(Snnoop10Item.PAINKILLER_OVERUSE_OR_NEW_DRUG, ROUTINE);

    private final Snnoop10Item item;
    private final ScreeningTier tier;

    RedFlag(Snnoop10Item item, ScreeningTier tier) {
        this.item = item;
        this.tier = tier;
    }

    public Snnoop10Item item() {
        return item;
    }

    public int itemNumber() {
        return item.number();
    }

    public String itemLetter() {
        return item.letter();
    }

    public ScreeningTier tier() {
        return tier;
    }

    /** Why the flag was raised, in calm words for the client and the therapist. */
    public String reasonKey() {
        return "intake.red-flag." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
