package org.stillpoint.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The client's MIDAS and HIT-6 entries, newest first. */
public record DisabilityScores(List<MidasEntry> midas, List<Hit6Entry> hit6) {

    public DisabilityScores {
        midas = List.copyOf(midas);
        hit6 = List.copyOf(hit6);
    }

    /** The newest complete MIDAS form. */
    public Optional<MidasEntry> latestMidas() {
        return midas.stream().filter(MidasEntry::scored).findFirst();
    }

    public Optional<Hit6Entry> latestHit6() {
        return hit6.stream().findFirst();
    }

    /** When MIDAS is next due, or empty before a first complete form. */
    public Optional<LocalDate> midasDue() {
        return latestMidas().map(MidasEntry::repeatDue);
    }

    /** Whether the 3-month recall window of the newest complete form has passed by this day. */
    public boolean midasRepeatDue(LocalDate today) {
        return midasDue().map(due -> !due.isAfter(today)).orElse(false);
    }
}
