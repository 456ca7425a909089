package org.stillpoint.clinic.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stillpoint.clinic.ClinicDetails;
import org.stillpoint.platform.RuleViolation;

class ClinicSettingsTest {

    private final ClinicSettings clinic = ClinicSettings.create("Quiet Clinic", null, null, "Europe/Amsterdam", "eur");

    @Test
    void startsWithTheDefaultBookingSettings() {
        var profile = clinic.profile();
        assertThat(profile.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(profile.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(profile.cancellationWindow()).isEqualTo(Duration.ofHours(24));
        assertThat(profile.slotStep()).isEqualTo(Duration.ofMinutes(15));
        assertThat(profile.buffer()).isEqualTo(Duration.ofMinutes(15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus", "", "+02:00", "CET-ish"})
    void refusesAnUnknownTimeZone(String zone) {
        assertThatThrownBy(() -> clinic.update(details(zone, "EUR", 24, 15, 15)))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("field", "timeZone");
    }

    @Test
    void refusesAnUnknownCurrency() {
        assertThatThrownBy(() -> clinic.update(details("Europe/Amsterdam", "XYZ1", 24, 15, 15)))
                .hasFieldOrPropertyWithValue("field", "currency");
    }

    @Test
    void refusesSettingsOutOfRangeAndChangesNothing() {
        assertThatThrownBy(() -> clinic.update(details("Asia/Tokyo", "JPY", 24, 4, 15)))
                .hasFieldOrPropertyWithValue("field", "slotStepMinutes");
        assertThatThrownBy(() -> clinic.update(details("Asia/Tokyo", "JPY", 169, 15, 15)))
                .hasFieldOrPropertyWithValue("field", "cancellationWindowHours");
        assertThatThrownBy(() -> clinic.update(details("Asia/Tokyo", "JPY", 24, 15, 61)))
                .hasFieldOrPropertyWithValue("field", "bufferMinutes");
        assertThat(clinic.profile().zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void refusesABlankName() {
        assertThatThrownBy(() -> clinic.update(new ClinicDetails("  ", null, null, "UTC", "USD", 24, 15, 15)))
                .hasFieldOrPropertyWithValue("field", "name");
    }

    private static ClinicDetails details(String zone, String currency, int window, int step, int buffer) {
        return new ClinicDetails("Quiet Clinic", "1 Lane", "+1 555", zone, currency, window, step, buffer);
    }
}
