package org.stillpoint.intake.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The medication-overuse pattern of clinical-reference §1.7 read from the intake's medicines: which classes reach
 * their threshold of days per month, or whether several classes together do (8.2.6). A pattern to review with the
 * prescriber, never advice to change a medicine (§8.3).
 *
 * <p>The intake asks for a usual month, so the ">3 months" and "≥15 headache days" conditions of an ICHD-3 8.2
 * label are not checked here: screening flags the pattern early, which is the stricter reading.
 */
public record MedicationOveruse(Set<DrugClass> overusedClasses, boolean severalClassesTogether) {

    public MedicationOveruse {
        overusedClasses = Collections.unmodifiableSet(overusedClasses.isEmpty() ? EnumSet.noneOf(DrugClass.class)
                : EnumSet.copyOf(overusedClasses));
    }

    public static MedicationOveruse of(List<Medicine> medicines, ScreeningSettings settings) {
        // Days of intake per class. Every medicine in a class counts, acute or preventive: ICHD counts intake of
        // the drug. Medicines of one class may share days, so the sum is capped at a month.
        Map<DrugClass, Integer> days = new EnumMap<>(DrugClass.class);
        if (medicines != null) {
            for (Medicine medicine : medicines) {
                if (medicine != null && medicine.drugClass() != null && medicine.drugClass() != DrugClass.OTHER
                        && medicine.daysPerMonth() != null && medicine.daysPerMonth() > 0) {
                    days.merge(medicine.drugClass(), medicine.daysPerMonth(), Integer::sum);
                }
            }
        }
        Set<DrugClass> overused = EnumSet.noneOf(DrugClass.class);
        int total = 0;
        for (Map.Entry<DrugClass, Integer> entry : days.entrySet()) {
            int classDays = Math.min(entry.getValue(), IntakeValidation.DAYS_IN_MONTH);
            if (classDays >= settings.overuseDays(entry.getKey())) {
                overused.add(entry.getKey());
            }
            total += classDays;
        }
        // clinical-reference §1.7 8.2.6: several classes, none overused on its own, on >=10 days in total [U].
        boolean several = overused.isEmpty() && days.size() >= 2
                && Math.min(total, IntakeValidation.DAYS_IN_MONTH) >= settings.severalClassesOveruseDays();
        return new MedicationOveruse(overused, several);
    }

    public boolean found() {
        return !overusedClasses.isEmpty() || severalClassesTogether;
    }
}
