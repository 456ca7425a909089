package org.stillpoint.treatment;

/** How tense an area felt to the therapist's hands, stored as its level: 0 none, 1 mild, 2 moderate, 3 marked. */
public enum Tension {
    NONE, MILD, MODERATE, MARKED;

    public int level() {
        return ordinal();
    }

    public static Tension ofLevel(int level) {
        if (level < 0 || level >= values().length) {
            throw new IllegalArgumentException("tension is 0 to 3: " + level);
        }
        return values()[level];
    }
}
