package org.stillpoint.intake;

/** Clinical-reference §6 definitions. */
public enum ContraindicationClass {

    /** No session at all (general scope) or no work on the region (local scope); never overridden in the app. */
    ABSOLUTE,
    /** Treatment allowed only with modification and, where the flag says so, a recorded clearance. */
    RELATIVE
}
