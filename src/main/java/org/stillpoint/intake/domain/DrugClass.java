package org.stillpoint.intake.domain;

/**
 * The drug classes of clinical-reference §1.7 (ICHD-3 8.2). Which product belongs to which class is data a
 * pharmacist must curate [U]; at intake the client or the therapist picks the class.
 */
public enum DrugClass {
    TRIPTAN, ERGOT, OPIOID, NON_OPIOID_ANALGESIC, COMBINATION_ANALGESIC, OTHER
}
