package org.stillpoint.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stillpoint.clients.ClientId;
import org.stillpoint.intake.ClearanceStatus;
import org.stillpoint.intake.Intake;
import org.stillpoint.intake.TreatmentStatus;

class IntakeTreatmentEligibilityTest {

    private final Intake intake = mock(Intake.class);
    private final IntakeTreatmentEligibility eligibility = new IntakeTreatmentEligibility(intake);
    private final ClientId client = new ClientId(UUID.randomUUID());

    @ParameterizedTest
    @CsvSource({"ALLOWED,", "CLEARED,", "NO_INTAKE,intake-missing", "EMERGENCY,emergency-advised",
            "BLOCKED,clearance-needed"})
    void followsTheIntakesTreatmentStatus(TreatmentStatus status, String reason) {
        when(intake.clearanceStatus(client)).thenReturn(new ClearanceStatus(client, status, 1, null, null));
        assertThat(eligibility.refusal(client).map(TreatmentRefusal::reason).orElse(null)).isEqualTo(reason);
    }
}
