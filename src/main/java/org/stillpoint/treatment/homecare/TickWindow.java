package org.stillpoint.treatment.homecare;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which days a client may tick an item for: from the day it entered the plan, and neither in the future nor more
 * than {@link #DAYS_BACK} days ago. A client catching up after a bad week still can; a tick recorded long after
 * would say more about memory than about what was done. Our own rule [U]: clinical-reference gives none for home
 * care.
 */
public final class TickWindow {

    /** How many days back a tick may still be recorded (today is day 0). */
    public static final int DAYS_BACK = 14;

    /** Why a day may not be ticked. */
    public enum Refusal {
        FUTURE, TOO_LONG_AGO, BEFORE_ITEM
    }

    private TickWindow() {
    }

    /** The earliest day that may still be ticked on {@code today}. */
    public static LocalDate earliest(LocalDate today) {
        return today.minusDays(DAYS_BACK);
    }

    /**
     * Why the item added on {@code addedOn} may not be ticked for {@code day} on {@code today}, or empty when it
     * may.
     */
    public static Optional<Refusal> refusal(LocalDate day, LocalDate today, LocalDate addedOn) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(today, "today");
        if (day.isAfter(today)) {
            return Optional.of(Refusal.FUTURE);
        }
        if (day.isBefore(earliest(today))) {
            return Optional.of(Refusal.TOO_LONG_AGO);
        }
        if (addedOn != null && day.isBefore(addedOn)) {
            return Optional.of(Refusal.BEFORE_ITEM);
        }
        return Optional.empty();
    }
}
