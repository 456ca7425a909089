package org.stillpoint.treatment;

/** The suggested next session: in {@code every} days or weeks, with a short note (either may be left out). */
public record NextSession(Integer every, IntervalUnit unit, String note) {
}
