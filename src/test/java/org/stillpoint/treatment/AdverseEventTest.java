package org.stillpoint.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Clinical-reference §6.2: sudden new neck pain with a warning sign is an emergency; nothing else recorded is. */
class AdverseEventTest {

    @Nested
    class Emergency {

        @ParameterizedTest
        @EnumSource(value = AdverseEvent.class, names = {"NEW_HEADACHE", "DIZZINESS", "VISUAL_CHANGE", "SPEECH_CHANGE"})
        void suddenNeckPainWithAnyWarningSignIsAnEmergency(AdverseEvent sign) {
            assertThat(AdverseEvent.isEmergency(EnumSet.of(AdverseEvent.SUDDEN_NECK_PAIN, sign))).isTrue();
            assertThat(AdverseEvent.isEmergency(EnumSet.of(AdverseEvent.SUDDEN_NECK_PAIN, sign,
                    AdverseEvent.SORENESS))).isTrue();
        }

        @Test
        void suddenNeckPainAloneIsNot() {
            assertThat(AdverseEvent.isEmergency(EnumSet.of(AdverseEvent.SUDDEN_NECK_PAIN))).isFalse();
            assertThat(AdverseEvent.isEmergency(EnumSet.of(AdverseEvent.SUDDEN_NECK_PAIN, AdverseEvent.SORENESS,
                    AdverseEvent.HEADACHE_WORSE, AdverseEvent.NAUSEA, AdverseEvent.BRUISING))).isFalse();
        }

        @Test
        void warningSignsWithoutSuddenNeckPainAreRecordedWithoutTheEmergencyPath() {
            assertThat(AdverseEvent.isEmergency(EnumSet.copyOf(AdverseEvent.WARNING_SIGNS))).isFalse();
        }

        @ParameterizedTest
        @EnumSource(value = AdverseEvent.class, names = {"BRUISING", "SORENESS", "NAUSEA", "HEADACHE_WORSE", "OTHER"})
        void theOrdinaryEventsAreNeverAnEmergency(AdverseEvent event) {
            assertThat(AdverseEvent.isEmergency(EnumSet.of(event))).isFalse();
        }

        @Test
        void nothingRecordedIsNoEmergency() {
            assertThat(AdverseEvent.isEmergency(Set.of())).isFalse();
            assertThat(AdverseEvent.isEmergency(null)).isFalse();
        }
    }
}
