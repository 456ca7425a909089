package org.stillpoint.treatment;

import java.time.Instant;
import java.time.LocalDate;

/** What the client recorded for an item on a day (in the clinic's zone): done or not. */
public record HomeCareTick(HomeCareItemId item, LocalDate day, boolean done, Instant recordedAt) {
}
