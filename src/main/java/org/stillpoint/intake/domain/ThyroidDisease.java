package org.stillpoint.intake.domain;

/** Thyroid disease; hyperthyroidism matters for work on the front of the neck (clinical-reference §6.2). */
public enum ThyroidDisease {
    NONE, HYPERTHYROIDISM, OTHER
}
