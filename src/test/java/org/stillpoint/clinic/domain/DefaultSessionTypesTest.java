package org.stillpoint.clinic.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stillpoint.clinic.ProviderType;
import org.stillpoint.clinic.SessionKind;
import org.stillpoint.clinic.SessionTypeDetails;

class DefaultSessionTypesTest {

    private final List<SessionTypeDetails> defaults = DefaultSessionTypes.all();

    @Test
    void offersTheMenuTheIssueNames() {
        assertThat(defaults).extracting(SessionTypeDetails::name, SessionTypeDetails::minutes, SessionTypeDetails::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Free consultation", 15, SessionKind.CONSULTATION),
                        org.assertj.core.groups.Tuple.tuple("Medical massage", 60, SessionKind.TREATMENT),
                        org.assertj.core.groups.Tuple.tuple("Migraine relief, 60 minutes", 60, SessionKind.TREATMENT),
                        org.assertj.core.groups.Tuple.tuple("Migraine relief, 90 minutes", 90, SessionKind.TREATMENT),
                        org.assertj.core.groups.Tuple.tuple("Acute relief", 30, SessionKind.ACUTE_RELIEF),
                        org.assertj.core.groups.Tuple.tuple("Craniosacral session", 60, SessionKind.TREATMENT),
                        org.assertj.core.groups.Tuple.tuple("Hot-stone add-on", 15, SessionKind.ADD_ON));
    }

    @Test
    void theConsultationIsFreeForEveryProviderType() {
        SessionTypeDetails consultation = defaults.get(0);
        assertThat(consultation.prices()).hasSize(ProviderType.values().length)
                .allSatisfy((provider, price) -> assertThat(price).isZero());
    }

    @Test
    void sixtyMinutePricesLieInsideTheTypicalRanges() {
        // USD per session: medical 85–150, neuromuscular 75–125, craniosacral 90–160, spa 60–100, PT 100–175
        assertThat(DefaultSessionTypes.HOURLY.get(ProviderType.MEDICAL_MASSAGE_THERAPIST)).isBetween(new BigDecimal("85"), new BigDecimal("150"));
        assertThat(DefaultSessionTypes.HOURLY.get(ProviderType.NEUROMUSCULAR_THERAPIST)).isBetween(new BigDecimal("75"), new BigDecimal("125"));
        assertThat(DefaultSessionTypes.HOURLY.get(ProviderType.CRANIOSACRAL_THERAPIST)).isBetween(new BigDecimal("90"), new BigDecimal("160"));
        assertThat(DefaultSessionTypes.HOURLY.get(ProviderType.SPA_MASSAGE_THERAPIST)).isBetween(new BigDecimal("60"), new BigDecimal("100"));
        assertThat(DefaultSessionTypes.HOURLY.get(ProviderType.PHYSICAL_THERAPIST)).isBetween(new BigDecimal("100"), new BigDecimal("175"));
    }

    @Test
    void scalesByDurationAndRoundsToFive() {
        assertThat(DefaultSessionTypes.price(new BigDecimal("115"), 90)).isEqualByComparingTo("175");   // 172.5
        assertThat(DefaultSessionTypes.price(new BigDecimal("115"), 30)).isEqualByComparingTo("60");    // 57.5
        assertThat(DefaultSessionTypes.price(new BigDecimal("100"), 15)).isEqualByComparingTo("25");    // 25
        assertThat(DefaultSessionTypes.price(new BigDecimal("80"), 15)).isEqualByComparingTo("20");     // 20
    }

    @Test
    void everySessionTypeHasAtLeastOneProviderType() {
        assertThat(defaults).allSatisfy(type -> assertThat(type.prices()).isNotEmpty());
    }
}
