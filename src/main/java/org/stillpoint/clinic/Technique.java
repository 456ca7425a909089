package org.stillpoint.clinic;

/** The hands-on techniques the clinic offers (DESIGN §2.4). */
public enum Technique {
    CRANIOSACRAL, TRIGGER_POINT, SWEDISH, LYMPHATIC_DRAINAGE, MEDICAL_MASSAGE, REFLEXOLOGY, HOT_STONE
}
