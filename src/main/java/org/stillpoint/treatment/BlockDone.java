package org.stillpoint.treatment;

import org.stillpoint.clinic.Technique;

/**
 * One block of work actually done: a technique on an area for some minutes at a pressure from 1 (lightest) to 5
 * (firmest). Stored as rows, so that outcomes can later be read per technique and area. The session notes check
 * the values ({@link SessionNotes}); a stored block always has all four.
 */
public record BlockDone(Technique technique, BodyArea area, Integer minutes, Integer pressure) {
}
