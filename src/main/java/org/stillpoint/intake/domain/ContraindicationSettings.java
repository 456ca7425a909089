package org.stillpoint.intake.domain;

/**
 * The time windows and ages of the contraindication rules, in one place with their defaults (clinical-reference §6).
 *
 * @param recentStrokeMonths       §6.1 [S]: a stroke or TIA within this many months rules out neck work
 * @param craniosacralStrokeMonths §6.4 [S]: craniosacral work is ruled out for this many months after a stroke
 * @param recentTraumaMonths       §6.2: how long head or neck trauma counts as recent; no source gives it [U]
 * @param lymphaticNeckAge         §6.4 [S]: above this age, lymphatic work on the neck needs clearance
 */
public record ContraindicationSettings(int recentStrokeMonths, int craniosacralStrokeMonths, int recentTraumaMonths,
                                       int lymphaticNeckAge) {

    public static final ContraindicationSettings DEFAULTS = new ContraindicationSettings(3, 6, 3, 60);

    public ContraindicationSettings {
        if (recentStrokeMonths < 1 || craniosacralStrokeMonths < recentStrokeMonths || recentTraumaMonths < 1) {
            throw new IllegalArgumentException("windows must be at least a month, the craniosacral one the longest");
        }
        if (lymphaticNeckAge < 18 || lymphaticNeckAge > 100) {
            throw new IllegalArgumentException("lymphaticNeckAge must be between 18 and 100");
        }
    }
}
