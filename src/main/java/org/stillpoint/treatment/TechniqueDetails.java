package org.stillpoint.treatment;

import java.util.Set;

/** What the owner may change about a technique; {@code version} is the one the change was made from. */
public record TechniqueDetails(String description, Set<BodyArea> areas, Integer defaultPressure, boolean heat,
                               AttackUse duringAttack, String attackNote, Long version) {
}
