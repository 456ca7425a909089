package org.stillpoint.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stillpoint.intake.domain.ContraindicationSettings;
import org.stillpoint.intake.domain.ScreeningSettings;

/** The clinic's configured thresholds: what is set replaces the default, the rest keeps it. */
class IntakePropertiesTest {

    @Test
    void keepsEveryDefaultWhenNothingIsSet() {
        IntakeProperties none = new IntakeProperties(null, null);

        assertThat(none.screeningSettings()).isEqualTo(ScreeningSettings.DEFAULTS);
        assertThat(none.contraindicationSettings()).isEqualTo(ContraindicationSettings.DEFAULTS);
    }

    @Test
    void replacesOnlyTheValuesThatAreSet() {
        IntakeProperties set = new IntakeProperties(
                new IntakeProperties.Screening(65, null, null, null, null, 12, null),
                new IntakeProperties.Contraindications(null, null, 6, null));

        assertThat(set.screeningSettings().olderOnsetAge()).isEqualTo(65);
        assertThat(set.screeningSettings().nonOpioidAnalgesicOveruseDays()).isEqualTo(12);
        assertThat(set.screeningSettings().triptanOveruseDays())
                .isEqualTo(ScreeningSettings.DEFAULTS.triptanOveruseDays());
        assertThat(set.contraindicationSettings().recentTraumaMonths()).isEqualTo(6);
        assertThat(set.contraindicationSettings().lymphaticNeckAge())
                .isEqualTo(ContraindicationSettings.DEFAULTS.lymphaticNeckAge());
    }

    @Test
    void refusesAThresholdOutOfBounds() {
        IntakeProperties wrong = new IntakeProperties(
                new IntakeProperties.Screening(10, null, null, null, null, null, null), null);

        assertThatThrownBy(wrong::screeningSettings).isInstanceOf(IllegalArgumentException.class);
    }
}
