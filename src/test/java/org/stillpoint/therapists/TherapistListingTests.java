package org.stillpoint.therapists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.therapists.domain.Therapist;
import org.stillpoint.therapists.domain.TherapistRepository;

@DemoClinicTest
class TherapistListingTests {

    @Autowired
    Therapists therapists;

    @Autowired
    TherapistRepository repository;

    @Test
    void theTwoQueryListingShowsWhatTheAggregatesHold() {
        List<TherapistView> fromAggregates = repository.findAll().stream().map(Therapist::view).toList();
        assertThat(therapists.all()).hasSize(fromAggregates.size()).containsExactlyInAnyOrderElementsOf(fromAggregates);
        assertThat(therapists.all()).allSatisfy(t -> assertThat(t.techniques()).isNotEmpty());
    }

    @Test
    void listsActiveTherapistsFirstThenByName() {
        List<TherapistView> all = therapists.all();
        assertThat(all).extracting(TherapistView::displayName).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }
}
