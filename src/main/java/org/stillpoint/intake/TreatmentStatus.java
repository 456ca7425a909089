package org.stillpoint.intake;

/**
 * Whether a client may be treated, in the words the front desk may see (DESIGN §1: the clearance status, never the
 * answers).
 */
public enum TreatmentStatus {

    /** No intake submitted yet: no treatment until there is one. */
    NO_INTAKE,
    /** The latest screening advised emergency care and no clearance lifts it. */
    EMERGENCY,
    /** Blocked until a clinician's clearance is recorded. */
    BLOCKED,
    /** Blocked by the screening or a contraindication, and lifted by a clearance that is in force. */
    CLEARED,
    /** Nothing blocks treatment. */
    ALLOWED;

    public boolean allowsTreatment() {
        return this == CLEARED || this == ALLOWED;
    }
}
