package org.stillpoint.diary.domain;

/**
 * The configurable parts of the day-counting rules of clinical-reference §2.1, in one place. Every default is marked
 * there as [U] or [S] and must be reviewed by a clinician before release (§9 item 1).
 *
 * @param headacheMinMinutes      a headache counts for a headache day from this duration (default 30 min [U])
 * @param migraineMinMinutes      … and for a migraine day by its features from this duration (default 30 min, the
 *                                van der Arend 2023 proposal; 240 min is the traditional variant mirroring ICHD-3
 *                                1.1 B [S])
 * @param triptanRule             whether any use of a migraine-specific drug makes a migraine day, or only a
 *                                successful one [S]
 * @param minCoverage             per-28-day figures only when at least this share of the window's days is recorded
 *                                (default 0.80 [U])
 * @param probableMigraineCounts  ICHD-3 1.5 counting rule [C]: in a client who recognises migraine, an attack that
 *                                misses exactly one criterion counts as migraine (unless it meets tension-type, §1.6)
 * @param auraMinMinutes          an aura lasting this long or longer … (ICHD-3 1.2 C3: 5 min [C])
 * @param auraMaxMinutes          … up to this long makes a migraine day (60 min [C])
 * @param mildUpTo                a 0–10 score up to this is mild, when the client gave no category (3 [U])
 * @param moderateUpTo            … up to this moderate, above it severe (6 [U])
 */
public record DayCountingRules(int headacheMinMinutes, int migraineMinMinutes, TriptanRule triptanRule,
                               double minCoverage, boolean probableMigraineCounts, int auraMinMinutes,
                               int auraMaxMinutes, int mildUpTo, int moderateUpTo) {

    public static final DayCountingRules DEFAULTS = new DayCountingRules(30, 30, TriptanRule.ANY_USE, 0.80, true, 5,
            60, 3, 6);

    public DayCountingRules {
        if (headacheMinMinutes < 0 || migraineMinMinutes < 0) {
            throw new IllegalArgumentException("minimum durations must not be negative");
        }
        if (triptanRule == null) {
            throw new IllegalArgumentException("triptanRule is required");
        }
        if (!(minCoverage > 0 && minCoverage <= 1)) {
            throw new IllegalArgumentException("minCoverage must be above 0 and at most 1");
        }
        if (auraMinMinutes < 0 || auraMaxMinutes < auraMinMinutes) {
            throw new IllegalArgumentException("aura minutes must be 0 ≤ min ≤ max");
        }
        if (mildUpTo < 0 || moderateUpTo < mildUpTo || moderateUpTo > 10) {
            throw new IllegalArgumentException("pain bands must be 0 ≤ mild ≤ moderate ≤ 10");
        }
    }

    /** clinical-reference §2 "Migraine day: triptan rule" [S]. */
    public enum TriptanRule {
        /** Any use of a migraine-specific acute drug (van der Arend 2023: "whatever the effect"). */
        ANY_USE,
        /** Only a use that left the client pain-free at two hours (the IHS guideline's successful response). */
        SUCCESSFUL_ONLY
    }
}
