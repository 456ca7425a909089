package org.stillpoint.intake.domain;

/** The HIT-6 impact bands (clinical-reference §3.2 [C]). */
public enum Hit6Impact {

    /** 49 or less. */
    LITTLE_OR_NONE(36),
    /** 50–55 (some sources say "moderate"). */
    SOME(50),
    /** 56–59. */
    SUBSTANTIAL(56),
    /** 60 to 78. */
    SEVERE(60);

    private final int lowestTotal;

    Hit6Impact(int lowestTotal) {
        this.lowestTotal = lowestTotal;
    }

    public int lowestTotal() {
        return lowestTotal;
    }

    static Hit6Impact of(int total) {
        Hit6Impact impact = LITTLE_OR_NONE;
        for (Hit6Impact candidate : values()) {
            if (total >= candidate.lowestTotal) {
                impact = candidate;
            }
        }
        return impact;
    }
}
