package org.stillpoint.diary;

/** How the pain felt (clinical-reference §1.0; ICHD-3 1.1 C2, 2.x C2). */
public enum PainQuality {
    PULSATING, PRESSING, OTHER
}
