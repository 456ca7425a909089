package org.stillpoint.diary;

/**
 * The acute-medicine classes of clinical-reference §1.7 (ICHD-3 8.2). Which product belongs to which class is data a
 * pharmacist must curate [U]; the client picks the class, or Stillpoint suggests it from the product's name.
 */
public enum DrugClass {
    TRIPTAN, ERGOT, OPIOID, NON_OPIOID_ANALGESIC, COMBINATION_ANALGESIC, OTHER;

    /** Migraine-specific acute drugs, for the migraine-day rule of §2.1 (a triptan or an ergot). */
    public boolean migraineSpecific() {
        return this == TRIPTAN || this == ERGOT;
    }
}
