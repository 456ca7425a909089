package org.stillpoint.intake;

import java.util.List;
import java.util.Set;

/**
 * What the latest intake says about the client's usual headaches, in the names the diary shares with the intake
 * (clinical-reference §1.0, §4): the kinds they recognise in themselves (MIGRAINE, MIGRAINE_WITH_AURA, TENSION_TYPE,
 * CLUSTER, NECK_RELATED, OTHER, NOT_SURE), their headache days in a usual month, how long a usual headache lasts
 * (LESS_THAN_30_MINUTES, FROM_30_MINUTES_TO_4_HOURS, FROM_4_TO_72_HOURS, …), its usual side (LEFT, RIGHT, BOTH,
 * SWITCHING) and quality (PULSATING, PRESSING, OTHER), the aura symptoms they know, the acute medicines they take, the
 * known triggers and where it hurts. Their own answers, never a diagnosis; empty sets, lists and nulls before the
 * first intake.
 */
public record UsualHeadaches(boolean submitted, Set<String> kinds, Integer headacheDaysPerMonth, String duration,
                             String side, String quality, List<Aura> aura, List<AcuteMedicine> acuteMedicines,
                             Set<String> triggers, Set<String> painAreas) {

    public UsualHeadaches {
        kinds = Set.copyOf(kinds);
        aura = List.copyOf(aura);
        acuteMedicines = List.copyOf(acuteMedicines);
        triggers = Set.copyOf(triggers);
        painAreas = Set.copyOf(painAreas);
    }

    public static UsualHeadaches none() {
        return new UsualHeadaches(false, Set.of(), null, null, null, null, List.of(), List.of(), Set.of(), Set.of());
    }

    /** One aura symptom the client knows: its type (VISUAL, SENSORY, …), positive or not, its usual minutes. */
    public record Aura(String type, Boolean positive, Integer usualMinutes) {
    }

    /** An acute medicine the client takes: its name, its drug class (TRIPTAN, …) and on how many days a month. */
    public record AcuteMedicine(String name, String drugClass, Integer daysPerMonth) {
    }
}
