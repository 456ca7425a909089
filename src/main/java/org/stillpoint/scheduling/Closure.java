package org.stillpoint.scheduling;

import java.time.LocalDate;

/** A day the whole clinic is closed (a holiday, say), in the clinic's zone. */
public record Closure(LocalDate date, String reason) {
}
