package org.stillpoint.scheduling.domain;

import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.therapists.TherapistView;

/**
 * Which therapists may give a session: active, of a provider type the session type is priced for, and offering the
 * technique it requires, if any.
 */
public final class TherapistChoice {

    private TherapistChoice() {
    }

    public static boolean mayGive(TherapistView therapist, SessionTypeView type) {
        return therapist.active() && type.eligibleProviderTypes().contains(therapist.providerType())
                && (type.requiredTechnique() == null || therapist.offers(type.requiredTechnique()));
    }
}
