package org.stillpoint.intake.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.stillpoint.intake.ClearanceScope;
import org.stillpoint.intake.NewClearance;

/**
 * A clinician's clearance as staff copy it from the letter, on the page and through the API. What it must say is
 * checked by the intake module, which names every field that is missing or wrong.
 */
record ClearanceForm(String clinicianName, String clinicianProfession,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate clearedOn, ClearanceScope scope,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn, String documentReference) {

    static ClearanceForm empty(LocalDate today) {
        return new ClearanceForm(null, null, today, null, null, null);
    }

    NewClearance toNewClearance() {
        return new NewClearance(clinicianName, clinicianProfession, clearedOn, scope, expiresOn, documentReference);
    }
}
