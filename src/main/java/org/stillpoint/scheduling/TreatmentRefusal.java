package org.stillpoint.scheduling;

import java.util.Objects;

/**
 * Why a client may not be booked for treatment: a stable code for programs ({@code reason} in the 422 answer) and
 * the message key of the text that tells the person what to do next.
 */
public record TreatmentRefusal(String reason, String messageKey) {

    /** No module answers for the intake yet, so nobody can tell whether treatment is safe. */
    public static final TreatmentRefusal INTAKE_NOT_AVAILABLE = new TreatmentRefusal("intake-not-available",
            "appointment.treatment.intake-not-available");

    public TreatmentRefusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(messageKey, "messageKey");
    }
}
