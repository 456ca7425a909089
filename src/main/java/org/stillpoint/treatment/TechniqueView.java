package org.stillpoint.treatment;

import java.util.Set;

import org.stillpoint.clinic.Technique;

/**
 * One technique of the catalogue: what it is, the areas it is used on, its default pressure (1 lightest – 5
 * firmest), whether it involves heat, and whether and how it may be used during an attack.
 */
public record TechniqueView(Technique technique, String description, Set<BodyArea> areas, int defaultPressure,
                            boolean heat, AttackUse duringAttack, String attackNote, long version) {

    public TechniqueView {
        areas = Set.copyOf(areas);
    }
}
