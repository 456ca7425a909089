package org.stillpoint.intake.domain;

/**
 * The thresholds of the red-flag screening that a clinician must still confirm, in one place with their defaults
 * ([U] in clinical-reference §5 and §9). A clinic changes them through configuration, never in code.
 *
 * @param olderOnsetAge                SNNOOP10 #5: a headache that began at an age above this is flagged. The
 *                                     published abstracts disagree (after 50, after 65); we use the stricter 50 [U]
 * @param triptanOveruseDays           §1.7 8.2.2: days of intake per month from which triptan use is flagged
 * @param ergotOveruseDays             §1.7 8.2.1
 * @param opioidOveruseDays            §1.7 8.2.4
 * @param combinationAnalgesicOveruseDays §1.7 8.2.5
 * @param nonOpioidAnalgesicOveruseDays §1.7 8.2.3: all non-opioid analgesics together form one class
 * @param severalClassesOveruseDays    §1.7 8.2.6: total days over several classes when none is overused alone [U]
 */
public record ScreeningSettings(int olderOnsetAge, int triptanOveruseDays, int ergotOveruseDays,
                                int opioidOveruseDays, int combinationAnalgesicOveruseDays,
                                int nonOpioidAnalgesicOveruseDays, int severalClassesOveruseDays) {

    // clinical-reference §5 #5 (stricter age) and §1.7 (ICHD-3 8.2 thresholds; 8.2.6 not re-read [U]).
    public static final ScreeningSettings DEFAULTS = new ScreeningSettings(50, 10, 10, 10, 10, 15, 10);

    public ScreeningSettings {
        if (olderOnsetAge < 18 || olderOnsetAge > 100) {
            throw new IllegalArgumentException("olderOnsetAge must be between 18 and 100");
        }
        for (int days : new int[] {triptanOveruseDays, ergotOveruseDays, opioidOveruseDays,
                combinationAnalgesicOveruseDays, nonOpioidAnalgesicOveruseDays, severalClassesOveruseDays}) {
            if (days < 1 || days > IntakeValidation.DAYS_IN_MONTH) {
                throw new IllegalArgumentException("overuse thresholds must be between 1 and 31 days");
            }
        }
    }

    /** The overuse threshold of a single class, or 0 for OTHER, which is not counted. */
    public int overuseDays(DrugClass drugClass) {
        return switch (drugClass) {
            case TRIPTAN -> triptanOveruseDays;
            case ERGOT -> ergotOveruseDays;
            case OPIOID -> opioidOveruseDays;
            case COMBINATION_ANALGESIC -> combinationAnalgesicOveruseDays;
            case NON_OPIOID_ANALGESIC -> nonOpioidAnalgesicOveruseDays;
            case OTHER -> 0;
        };
    }

    /** The fewest days a month from which any acute headache medicine can be flagged. */
    public int lowestOveruseDays() {
        return Math.min(Math.min(Math.min(triptanOveruseDays, ergotOveruseDays), Math.min(opioidOveruseDays,
                combinationAnalgesicOveruseDays)), Math.min(nonOpioidAnalgesicOveruseDays, severalClassesOveruseDays));
    }

    /** The settings in a compact form, recorded with every screening result. */
    public String describe() {
        return "onset>" + olderOnsetAge + " moh:triptan>=" + triptanOveruseDays + ",ergot>=" + ergotOveruseDays
                + ",opioid>=" + opioidOveruseDays + ",combination>=" + combinationAnalgesicOveruseDays
                + ",non-opioid>=" + nonOpioidAnalgesicOveruseDays + ",several>=" + severalClassesOveruseDays;
    }
}
