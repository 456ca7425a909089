package org.stillpoint.intake;

import java.util.Collection;

/**
 * The triage tiers of clinical-reference §5, from least to most pressing. The order of the constants is the order
 * of urgency: the overall tier of a screening is the highest tier among its flags.
 */
public enum ScreeningTier {

    /** No red flag was raised. This never means the headache is harmless (§8.2). */
    NONE,
    /** Treatment allowed with care; the client and therapist see a recommendation to see their doctor. */
    ROUTINE,
    /** No treatment until a clinician's clearance is recorded (same-day or next-day review). */
    URGENT,
    /** Stop: no treatment, and the client is advised to seek emergency care now. */
    EMERGENCY;

    public boolean blocksTreatment() {
        return this == URGENT || this == EMERGENCY;
    }

    public boolean isAtLeast(ScreeningTier other) {
        return compareTo(other) >= 0;
    }

    public static ScreeningTier highest(Collection<RedFlag> flags) {
        ScreeningTier highest = NONE;
        for (RedFlag flag : flags) {
            if (flag.tier().compareTo(highest) > 0) {
                highest = flag.tier();
            }
        }
        return highest;
    }
}
