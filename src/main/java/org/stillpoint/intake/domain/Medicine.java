package org.stillpoint.intake.domain;

/**
 * A medicine the client takes: its name (generic if known), acute or preventive, its drug class (clinical-reference
 * §1.7) and on how many days of a usual month it is taken (0–31).
 */
public record Medicine(String name, MedicineUse use, DrugClass drugClass, Integer daysPerMonth) {
}
