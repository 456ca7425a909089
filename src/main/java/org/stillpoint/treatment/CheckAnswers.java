package org.stillpoint.treatment;

import java.util.Map;
import java.util.Set;

import org.stillpoint.platform.FieldProblems;

/**
 * The pre-session check, answered by the client on their phone before the visit or by the therapist at the start
 * (clinical-reference §6.5: the rules are evaluated again with the day's answers).
 *
 * @param attackHoursAgo   how many hours ago the attack began (0–72), when one is under way
 * @param attackSeverity   how bad it is now, 0–10, when one is under way
 * @param attackUnusual    whether it is unlike the client's usual attacks (§6.3: a SNNOOP10 #6 check)
 * @param touchHurts       whether touch makes the pain worse now (§6.3: defer the session)
 * @param bloodThinner     whether the new medicine thins the blood (anticoagulant or antiplatelet)
 * @param injuredAreas     the areas a new injury is in, to be left alone today
 * @param headOrNeckInjury a knock to the head, a fall or whiplash since the last visit (§6.2, SNNOOP10 #13)
 * @param redFlags         the red-flag questions answered again, yes or no per question name; left out = as at
 *                         intake
 */
public record CheckAnswers(Boolean fever, Boolean attackInProgress, Integer attackHoursAgo, Integer attackSeverity,
                           String attackMedicine, Boolean attackUnusual, Boolean touchHurts, Boolean newMedicine,
                           String newMedicineName, YesNoUnsure bloodThinner, Boolean newInjury,
                           String injuryDescription, Set<BodyArea> injuredAreas, Boolean headOrNeckInjury,
                           Boolean newSymptom, String symptomDescription, Map<String, Boolean> redFlags) {

    public CheckAnswers {
        injuredAreas = injuredAreas == null ? Set.of() : Set.copyOf(injuredAreas);
        redFlags = redFlags == null ? Map.of() : Map.copyOf(redFlags);
        attackMedicine = FieldProblems.blankToNull(attackMedicine);
        newMedicineName = FieldProblems.blankToNull(newMedicineName);
        injuryDescription = FieldProblems.blankToNull(injuryDescription);
        symptomDescription = FieldProblems.blankToNull(symptomDescription);
    }

    public boolean attack() {
        return Boolean.TRUE.equals(attackInProgress);
    }
}
