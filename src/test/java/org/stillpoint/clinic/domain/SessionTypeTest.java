package org.stillpoint.clinic.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stillpoint.clinic.ProviderType;
import org.stillpoint.clinic.SessionKind;
import org.stillpoint.clinic.SessionTypeDetails;
import org.stillpoint.platform.RuleViolation;

class SessionTypeTest {

    @Test
    void theProviderTypesWithAPriceAreTheEligibleOnes() {
        SessionType type = SessionType.create(details(60, Map.of(ProviderType.SPA_MASSAGE_THERAPIST, new BigDecimal("80"))), 10);
        var view = type.view(Currency.getInstance("USD"));
        assertThat(view.eligibleProviderTypes()).containsExactly(ProviderType.SPA_MASSAGE_THERAPIST);
        assertThat(view.prices().get(ProviderType.SPA_MASSAGE_THERAPIST).amount()).isEqualByComparingTo("80.00");
    }

    @Test
    void needsAtLeastOnePricedProviderType() {
        assertThatThrownBy(() -> SessionType.create(details(60, Map.of()), 10))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("field", "prices");
    }

    @Test
    void refusesDurationsOutsideFiveToTwoHundredFortyMinutes() {
        Map<ProviderType, BigDecimal> price = Map.of(ProviderType.PHYSICAL_THERAPIST, BigDecimal.TEN);
        assertThatThrownBy(() -> SessionType.create(details(4, price), 10)).hasFieldOrPropertyWithValue("field", "minutes");
        assertThatThrownBy(() -> SessionType.create(details(241, price), 10)).hasFieldOrPropertyWithValue("field", "minutes");
    }

    @Test
    void refusesNegativeOrOverPrecisePrices() {
        assertThatThrownBy(() -> SessionType.create(details(60, Map.of(ProviderType.PHYSICAL_THERAPIST, new BigDecimal("-1"))), 10))
                .hasFieldOrPropertyWithValue("field", "prices");
        assertThatThrownBy(() -> SessionType.create(details(60, Map.of(ProviderType.PHYSICAL_THERAPIST, new BigDecimal("1.005"))), 10))
                .hasFieldOrPropertyWithValue("field", "prices");
    }

    private static SessionTypeDetails details(int minutes, Map<ProviderType, BigDecimal> prices) {
        return new SessionTypeDetails("Test session", minutes, SessionKind.TREATMENT, true, null, true, null, prices);
    }
}
