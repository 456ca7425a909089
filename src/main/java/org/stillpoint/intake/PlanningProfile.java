package org.stillpoint.intake;

import java.util.Set;

/**
 * What a session plan is built from, taken from the latest intake: where it hurts (the names of the intake's pain
 * areas: SUBOCCIPITALS, TEMPORALIS_LEFT, …, NECK, SHOULDERS, SCALP, FACE, JAW_LEFT, JAW_RIGHT), the known triggers
 * (STRESS, NECK_TENSION, JAW_CLENCHING, BRIGHT_LIGHT, STRONG_SMELLS, …) and, in the client's words, what helped in
 * earlier massage and what they would rather avoid. Empty sets and nulls before the first intake.
 */
public record PlanningProfile(boolean submitted, Set<String> painAreas, Set<String> triggers, String whatHelped,
                              String whatToAvoid) {

    public PlanningProfile {
        painAreas = Set.copyOf(painAreas);
        triggers = Set.copyOf(triggers);
    }

    public static PlanningProfile none() {
        return new PlanningProfile(false, Set.of(), Set.of(), null, null);
    }

    public boolean hurts(String painArea) {
        return painAreas.contains(painArea);
    }

    public boolean triggeredBy(String trigger) {
        return triggers.contains(trigger);
    }
}
