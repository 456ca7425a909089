package org.stillpoint.diary;

/** How a medicine worked two hours after it was taken (clinical-reference §1.0). */
public enum MedicineEffect {
    NONE, PARTIAL, PAIN_FREE
}
