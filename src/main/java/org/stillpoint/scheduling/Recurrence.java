package org.stillpoint.scheduling;

/** How often a series repeats, named as the API writes it (ISO-8601 periods): every week or every two weeks. */
public enum Recurrence {
    P1W(1), P2W(2);

    private final int weeks;

    Recurrence(int weeks) {
        this.weeks = weeks;
    }

    public int weeks() {
        return weeks;
    }

    /** The recurrence the text names ({@code P1W} or {@code P2W}), or null for anything else. */
    public static Recurrence parse(String text) {
        for (Recurrence value : values()) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        return null;
    }
}
