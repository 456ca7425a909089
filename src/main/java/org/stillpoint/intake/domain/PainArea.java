package org.stillpoint.intake.domain;

/** Where it hurts, in the regions the clinic's sessions work on. */
public enum PainArea {
    SUBOCCIPITALS, TEMPORALIS_LEFT, TEMPORALIS_RIGHT, TRAPEZIUS_LEFT, TRAPEZIUS_RIGHT, NECK, SHOULDERS, SCALP, FACE,
    JAW_LEFT, JAW_RIGHT
}
