package org.stillpoint.intake.domain;

/** Symptoms a client has at the moment, besides the headache itself. */
public enum Symptom {
    NECK_PAIN, SHOULDER_TENSION, JAW_PAIN, TEETH_GRINDING, DIZZINESS, NAUSEA, LIGHT_SENSITIVITY, SOUND_SENSITIVITY,
    SMELL_SENSITIVITY, TIREDNESS, POOR_SLEEP, DIFFICULTY_CONCENTRATING
}
