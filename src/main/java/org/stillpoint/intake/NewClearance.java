package org.stillpoint.intake;

import java.time.LocalDate;

/**
 * A clearance as staff copy it from the clinician's letter: who gave it (name and profession), on which day, what
 * it allows, until when (none: no end date) and where the document is kept.
 */
public record NewClearance(String clinicianName, String clinicianProfession, LocalDate clearedOn,
                           ClearanceScope scope, LocalDate expiresOn, String documentReference) {
}
