package org.stillpoint.treatment;

import java.util.Objects;

import org.stillpoint.clinic.Technique;

/**
 * One block of a session plan: a technique on an area for some minutes, at a pressure from 1 (lightest) to 5
 * (firmest), with or without heat, and the therapist's note. The engine decides whether it may be done
 * ({@link ContraindicationEngine}); the plan checks that the minutes fit the session.
 */
public record PlannedBlock(Technique technique, BodyArea area, int minutes, int pressure, boolean heat, String notes) {

    public PlannedBlock {
        Objects.requireNonNull(technique, "technique");
        Objects.requireNonNull(area, "area");
        notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    public PlannedBlock withPressure(int value) {
        return new PlannedBlock(technique, area, minutes, value, heat, notes);
    }

    public PlannedBlock withHeat(boolean value) {
        return new PlannedBlock(technique, area, minutes, pressure, value, notes);
    }

    public PlannedBlock withMinutes(int value) {
        return new PlannedBlock(technique, area, value, pressure, heat, notes);
    }
}
