package org.stillpoint.treatment;

import java.time.LocalDate;

/**
 * One item of a client's home-care plan: a template with how often and how long (or how much), and the therapist's
 * notes for the client. Exactly one of {@code minutes} and {@code glasses} is set, as the template measures.
 *
 * @param times   the count for a counted frequency, else null
 * @param addedOn the first day, in the clinic's zone, on which the client may tick it
 */
public record HomeCareItem(HomeCareItemId id, String template, HomeCareFrequency frequency, Integer times,
                           Integer minutes, Integer glasses, String notes, LocalDate addedOn) {

    /** Whether the item was in the plan on that day. */
    public boolean inPlanOn(LocalDate day) {
        return !day.isBefore(addedOn);
    }
}
