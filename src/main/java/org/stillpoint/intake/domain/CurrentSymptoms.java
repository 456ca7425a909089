package org.stillpoint.intake.domain;

import java.util.Set;

/**
 * How the client is right now: a headache at this moment, whether touch hurts during it (allodynia), whether it is
 * unlike their usual attacks (clinical-reference §6.3), and other symptoms. The pre-session check asks again.
 */
public record CurrentSymptoms(Boolean headacheNow, Boolean touchHurtsNow, Boolean unlikeUsualAttacks,
                              Set<Symptom> symptoms, String notes) {

    public CurrentSymptoms {
        symptoms = Copies.set(symptoms);
    }
}
