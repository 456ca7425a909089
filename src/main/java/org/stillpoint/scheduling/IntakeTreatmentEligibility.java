package org.stillpoint.scheduling;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.stillpoint.clients.ClientId;
import org.stillpoint.intake.ClearanceStatus;
import org.stillpoint.intake.Intake;

/**
 * Treatment may be booked only when the intake allows it (clinical-reference §5 triage): a submitted intake whose
 * screening is neither urgent nor an emergency, or one whose block a clinician's clearance in force has lifted.
 */
@Component
class IntakeTreatmentEligibility implements TreatmentEligibility {

    static final TreatmentRefusal NO_INTAKE = new TreatmentRefusal("intake-missing",
            "appointment.treatment.intake-missing");
    static final TreatmentRefusal EMERGENCY = new TreatmentRefusal("emergency-advised",
            "appointment.treatment.emergency");
    static final TreatmentRefusal CLEARANCE_NEEDED = new TreatmentRefusal("clearance-needed",
            "appointment.treatment.clearance-needed");

    private final Intake intake;

    IntakeTreatmentEligibility(Intake intake) {
        this.intake = intake;
    }

    @Override
    public Optional<TreatmentRefusal> refusal(ClientId client) {
        ClearanceStatus status = intake.clearanceStatus(client);
        return switch (status.status()) {
            case ALLOWED, CLEARED -> Optional.empty();
            case NO_INTAKE -> Optional.of(NO_INTAKE);
            case EMERGENCY -> Optional.of(EMERGENCY);
            case BLOCKED -> Optional.of(CLEARANCE_NEEDED);
        };
    }
}
