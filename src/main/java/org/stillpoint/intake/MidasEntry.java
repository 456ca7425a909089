package org.stillpoint.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.stillpoint.clients.ClientId;
import org.stillpoint.intake.domain.MidasForm;
import org.stillpoint.intake.domain.MidasScore;

/**
 * A MIDAS form staff copied from the one the client filled in (clinical-reference §3.1): the day counts by item
 * number, and the score and grade when items 1 to 5 are all there (null for a partial form, which is never scored).
 */
public record MidasEntry(UUID id, ClientId client, LocalDate administeredOn, MidasForm form, MidasScore score,
                         String recordedBy, Instant recordedAt) {

    public MidasEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(administeredOn, "administeredOn");
        Objects.requireNonNull(form, "form");
        if ((score != null) != form.complete()) {
            throw new IllegalArgumentException("a complete form has a score, a partial one none");
        }
    }

    public boolean scored() {
        return score != null;
    }

    /** When the form is next due (three months on, §3.1 [S]); null for a partial form. */
    public LocalDate repeatDue() {
        return score == null ? null : MidasScore.repeatDue(administeredOn);
    }
}
