package org.stillpoint.intake.domain;

/** Whether a medicine is taken for an attack or every day to prevent attacks. */
public enum MedicineUse {
    ACUTE, PREVENTIVE
}
