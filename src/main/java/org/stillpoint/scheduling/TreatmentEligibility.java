package org.stillpoint.scheduling;

import java.util.Optional;

import org.stillpoint.clients.ClientId;

/**
 * Whether a client may be booked for hands-on work (a treatment, acute relief or an add-on; a consultation needs
 * no intake). The intake module answers this (a submitted intake, and a screening that is not urgent or an
 * emergency unless a clinician has cleared the client) by providing a bean of this type. Until such a bean exists,
 * scheduling refuses every treatment with {@link TreatmentRefusal#INTAKE_NOT_AVAILABLE}: without the intake nobody
 * has checked the red flags, so booking treatment would not be safe. With several beans the primary one answers.
 */
public interface TreatmentEligibility {

    /** Why the client may not be treated now, or empty when they may. */
    Optional<TreatmentRefusal> refusal(ClientId client);
}
