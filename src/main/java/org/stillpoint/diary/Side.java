package org.stillpoint.diary;

/**
 * Where the pain sat (clinical-reference §1.0): one side, both, or switching sides. ICHD-3 counts a headache that
 * switches sides as unilateral (1.1 C1).
 */
public enum Side {
    LEFT, RIGHT, BOTH, SWITCHING;

    /** ICHD-3 1.1 C1: unilateral, side-switching allowed. */
    public boolean unilateral() {
        return this != BOTH;
    }
}
