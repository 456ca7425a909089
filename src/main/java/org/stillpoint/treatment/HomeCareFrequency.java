package org.stillpoint.treatment;

/** How often an item of a home-care plan is done. */
public enum HomeCareFrequency {
    /** A number of times each day ({@code times}). */
    TIMES_PER_DAY(true),
    /** Once a day, or a goal for the day (water). */
    DAILY(false),
    /** A number of days each week ({@code times}). */
    TIMES_PER_WEEK(true),
    /** When an attack is under way. */
    DURING_ATTACK(false),
    /** On days without an attack. */
    BETWEEN_ATTACKS(false);

    private final boolean counted;

    HomeCareFrequency(boolean counted) {
        this.counted = counted;
    }

    /** Whether the item is done only when the day calls for it (an attack, or a day without one). */
    public boolean asNeeded() {
        return this == DURING_ATTACK || this == BETWEEN_ATTACKS;
    }

    /** Whether the frequency needs a count ({@code times}). */
    public boolean counted() {
        return counted;
    }
}
