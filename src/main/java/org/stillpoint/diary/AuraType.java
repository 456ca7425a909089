package org.stillpoint.diary;

/** The aura symptom types of ICHD-3 1.2 B (clinical-reference §1.0). */
public enum AuraType {
    VISUAL, SENSORY, SPEECH, MOTOR, BRAINSTEM, RETINAL
}
