package org.stillpoint.intake.domain;

import java.time.LocalDate;
import java.time.Period;

/** A MIDAS score (total days, items 1 to 5) and its grade (clinical-reference §3.1). */
public record MidasScore(int total, MidasGrade grade) {

    // clinical-reference §3.1 [S]: repeat no more often than the 3-month recall window.
    public static final Period REPEAT_AFTER = Period.ofMonths(3);

    public MidasScore {
        if (total < 0 || total > 5 * MidasForm.MAX_DAYS) {
            throw new IllegalArgumentException("total must be between 0 and " + 5 * MidasForm.MAX_DAYS);
        }
        if (grade != MidasGrade.of(total)) {
            throw new IllegalArgumentException("grade must match the total");
        }
    }

    public static MidasScore of(int total) {
        return new MidasScore(total, MidasGrade.of(total));
    }

    /** When the form is next due, three months after the one scored on the given day. */
    public static LocalDate repeatDue(LocalDate completedOn) {
        return completedOn.plus(REPEAT_AFTER);
    }
}
