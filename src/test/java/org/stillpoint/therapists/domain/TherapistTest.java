package org.stillpoint.therapists.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.stillpoint.clinic.ProviderType;
import org.stillpoint.clinic.Technique;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.RuleViolation;
import org.stillpoint.therapists.TherapistDetails;

class TherapistTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void keepsTheTechniquesOffered() {
        Therapist therapist = Therapist.create(AccountId.random(),
                details(EnumSet.of(Technique.CRANIOSACRAL, Technique.SWEDISH), TODAY), TODAY);
        assertThat(therapist.view().techniques()).containsExactlyInAnyOrder(Technique.CRANIOSACRAL, Technique.SWEDISH);
        assertThat(therapist.view().offers(Technique.HOT_STONE)).isFalse();
    }

    @Test
    void needsAtLeastOneTechnique() {
        assertThatThrownBy(() -> Therapist.create(AccountId.random(), details(Set.of(), TODAY), TODAY))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("field", "techniques");
    }

    @Test
    void refusesTrainingCompletedInTheFuture() {
        assertThatThrownBy(() -> Therapist.create(AccountId.random(),
                details(EnumSet.of(Technique.SWEDISH), TODAY.plusDays(1)), TODAY))
                .hasFieldOrPropertyWithValue("field", "trainingCompletedOn");
    }

    private static TherapistDetails details(Set<Technique> techniques, LocalDate trained) {
        return new TherapistDetails("Ada Calm", ProviderType.CRANIOSACRAL_THERAPIST, "CST-1", "Headache course",
                trained, techniques, null, true);
    }
}
