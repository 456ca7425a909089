package org.stillpoint.diary;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.stillpoint.diary.domain.DayCountingRules;

/**
 * The [U]/[S] parts of the day-counting rules (clinical-reference §2.1), for a clinic to change through configuration
 * ({@code stillpoint.diary.migraine-min-minutes=240}, say). Whatever is not set keeps the default of
 * {@link DayCountingRules#DEFAULTS}; a value out of bounds stops the start.
 */
@ConfigurationProperties("stillpoint.diary")
record DiaryProperties(Integer headacheMinMinutes, Integer migraineMinMinutes, DayCountingRules.TriptanRule triptanRule,
                       Double minCoverage, Boolean probableMigraineCounts, Integer auraMinMinutes,
                       Integer auraMaxMinutes, Integer mildUpTo, Integer moderateUpTo) {

    DayCountingRules rules() {
        DayCountingRules d = DayCountingRules.DEFAULTS;
        return new DayCountingRules(or(headacheMinMinutes, d.headacheMinMinutes()),
                or(migraineMinMinutes, d.migraineMinMinutes()), triptanRule == null ? d.triptanRule() : triptanRule,
                minCoverage == null ? d.minCoverage() : minCoverage,
                probableMigraineCounts == null ? d.probableMigraineCounts() : probableMigraineCounts,
                or(auraMinMinutes, d.auraMinMinutes()), or(auraMaxMinutes, d.auraMaxMinutes()),
                or(mildUpTo, d.mildUpTo()), or(moderateUpTo, d.moderateUpTo()));
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
