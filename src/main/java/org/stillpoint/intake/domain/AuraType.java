package org.stillpoint.intake.domain;

/** The kinds of aura symptom (clinical-reference §1.0, §1.2 B; the diary uses the same values). */
public enum AuraType {
    VISUAL, SENSORY, SPEECH, MOTOR, BRAINSTEM, RETINAL;

    /** Clinical-reference §1.2.1: motor, brainstem or monocular (retinal) symptoms are outside typical aura. */
    public boolean outsideTypicalAura() {
        return this == MOTOR || this == BRAINSTEM || this == RETINAL;
    }
}
