package org.stillpoint.diary;

/**
 * The pain's category, as the client answered it (clinical-reference §1.0: map a 0–10 score onto these bands, but
 * store the categorical answer).
 */
public enum Intensity {
    NONE, MILD, MODERATE, SEVERE;

    /** ICHD-3 1.1 C3: moderate or severe. */
    public boolean moderateOrSevere() {
        return this == MODERATE || this == SEVERE;
    }
}
