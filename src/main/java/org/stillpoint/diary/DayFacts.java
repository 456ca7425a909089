package org.stillpoint.diary;

import java.time.LocalDate;
import java.util.Set;

/**
 * What one calendar day of the client's diary counts as (clinical-reference §2.1): recorded or a gap, a headache day,
 * a migraine day (always also a headache day), the acute-medicine classes taken, the highest pain recorded, and
 * whether it was a menstruation day (null when not recorded).
 */
public record DayFacts(LocalDate day, boolean recorded, boolean headache, boolean migraine, Set<DrugClass> medicines,
                       Integer peakPain, Intensity peakIntensity, Boolean menstruation) {

    public DayFacts {
        medicines = Set.copyOf(medicines);
    }

    public boolean acuteMedication() {
        return !medicines.isEmpty();
    }
}
