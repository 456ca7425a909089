package org.stillpoint.diary;

/** Nausea during the attack (clinical-reference §1.0; ICHD-3 1.1 D1). */
public enum Nausea {
    NONE, MILD, MODERATE, SEVERE
}
