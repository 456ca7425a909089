package org.stillpoint.intake.domain;

import java.util.List;
import java.util.Set;

/**
 * The medical answers the contraindication rules read (clinical-reference §4, §6). Fever, intoxication and recent
 * chemotherapy are about today; the pre-session check asks them again on the day of every session.
 *
 * @param anticoagulantNames the generic names, kept as given; their mapping to a class is curated data (§6.5)
 * @param skinWidespread whether the skin concerns cover a large part of the body (§6.1: postpone if widespread)
 * @param otherConditions the technique-relevant conditions of §6.4; an empty set means none of them
 */
public record MedicalConcerns(
        Boolean anticoagulants, List<String> anticoagulantNames,
        Pregnancy pregnancy,
        CancerHistory cancer,
        Boolean immuneSuppression,
        DvtHistory dvt,
        BloodPressureStatus bloodPressure,
        Boolean diabetes,
        Boolean reducedSensation,
        ThyroidDisease thyroid,
        Boolean heartFailure,
        Boolean arrhythmia,
        Set<NeckArteryProblem> neckArteryProblems,
        DatedConcern strokeOrTia,
        HeadNeckTrauma headOrNeckTrauma,
        Set<SkinConcern> skin, Boolean skinWidespread,
        Concern implants,
        Boolean osteoporosis,
        Concern oilAllergy,
        Boolean feverToday,
        Boolean intoxicated,
        Boolean chemotherapyLast72Hours,
        Concern varicoseVeins,
        Concern recentFractureOrSurgery,
        Concern acuteInjury,
        Set<OtherCondition> otherConditions,
        String notes) {

    public MedicalConcerns {
        anticoagulantNames = Copies.list(anticoagulantNames);
        neckArteryProblems = Copies.set(neckArteryProblems);
        skin = Copies.set(skin);
        otherConditions = Copies.set(otherConditions);
    }

    public boolean has(NeckArteryProblem problem) {
        return neckArteryProblems != null && neckArteryProblems.contains(problem);
    }

    public boolean has(SkinConcern concern) {
        return skin != null && skin.contains(concern);
    }

    public boolean has(OtherCondition condition) {
        return otherConditions != null && otherConditions.contains(condition);
    }
}
