package org.stillpoint.intake.domain;

/** Skin conditions that change where and how the therapist may work (clinical-reference §6.1, §6.4). */
public enum SkinConcern {
    OPEN_WOUND_OR_BURN, CONTAGIOUS, RECENT_SCAR, HEAT_SENSITIVE, OTHER
}
