package org.stillpoint.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stillpoint.diary.domain.DayCountingRules;
import org.stillpoint.diary.domain.DayCountingRules.TriptanRule;

/** The day-counting rules a clinic configures (stillpoint.diary.*), with the defaults of clinical-reference §2.1. */
class DiaryPropertiesTest {

    @Test
    void whatIsNotSetKeepsTheDefaults() {
        assertThat(new DiaryProperties(null, null, null, null, null, null, null, null, null).rules())
                .isEqualTo(DayCountingRules.DEFAULTS);
        assertThat(DayCountingRules.DEFAULTS.migraineMinMinutes()).isEqualTo(30);
        assertThat(DayCountingRules.DEFAULTS.minCoverage()).isEqualTo(0.80);
        assertThat(DayCountingRules.DEFAULTS.triptanRule()).isEqualTo(TriptanRule.ANY_USE);
    }

    @Test
    void aClinicChoosesTheFourHourVariantAndTheSuccessfulTriptanRule() {
        DayCountingRules rules = new DiaryProperties(null, 240, TriptanRule.SUCCESSFUL_ONLY, 0.9, false, null, null,
                null, null).rules();

        assertThat(rules.migraineMinMinutes()).isEqualTo(240);
        assertThat(rules.triptanRule()).isEqualTo(TriptanRule.SUCCESSFUL_ONLY);
        assertThat(rules.minCoverage()).isEqualTo(0.9);
        assertThat(rules.probableMigraineCounts()).isFalse();
        assertThat(rules.headacheMinMinutes()).isEqualTo(30);
    }

    @Test
    void aValueOutOfBoundsStopsTheStart() {
        assertThatThrownBy(() -> new DiaryProperties(null, null, null, 1.5, null, null, null, null, null).rules())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DiaryProperties(null, null, null, null, null, 30, 10, null, null).rules())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DiaryProperties(-1, null, null, null, null, null, null, null, null).rules())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
