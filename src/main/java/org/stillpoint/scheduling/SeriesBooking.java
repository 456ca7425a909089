package org.stillpoint.scheduling;

/** The answer to booking a series, and whether it was booked by an earlier request with the same key. */
public record SeriesBooking(SeriesView series, boolean replayed) {
}
