package org.stillpoint.treatment;

/** Where an appointment's session plan stands: none yet, saved, or saved and agreed to by the client. */
public enum PlanStatus {
    NONE, SAVED, AGREED
}
