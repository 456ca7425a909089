package org.stillpoint.diary;

import java.time.Instant;
import java.util.List;

/**
 * An attack as the client records it (clinical-reference §1.0; DESIGN §6). Only the start and the pain are needed at
 * first (the three-tap entry); the rest can be added later, and {@link Attack#missing()} names what is still open.
 * No {@code end} means the attack is still going; {@code fellAsleep} says the client slept and woke without it, the
 * end then being the time they woke (ICHD-3 1.1).
 *
 * @param peakPain     0–10, or null when the client gave only the category
 * @param intensity    none/mild/moderate/severe; taken from {@code peakPain} when not given
 * @param areas        where it hurt, in the intake's areas (SUBOCCIPITALS, TEMPORALIS_LEFT, …)
 * @param triggers     the intake's trigger vocabulary (STRESS, POOR_SLEEP, …)
 * @param ownTriggers  triggers in the client's own words
 * @param stopped      what the attack stopped the client from doing
 */
public record AttackEntry(Instant start, Instant end, Boolean fellAsleep, Integer peakPain, Intensity intensity,
                          Side side, List<String> areas, PainQuality quality, Boolean worseWithActivity, Nausea nausea,
                          Boolean vomiting, Boolean photophobia, Boolean phonophobia, List<AuraSymptom> aura,
                          List<MedicineTaken> medicines, List<String> triggers, List<String> ownTriggers,
                          List<SelfCare> selfCare, List<Disruption> stopped, String notes) {

    public AttackEntry {
        areas = copy(areas);
        aura = copy(aura);
        medicines = copy(medicines);
        triggers = copy(triggers);
        ownTriggers = copy(ownTriggers);
        selfCare = copy(selfCare);
        stopped = copy(stopped);
    }

    /** The three-tap entry: an attack that began at {@code start}, is still going, at this pain. */
    public static AttackEntry quick(Instant start, Integer peakPain, Intensity intensity) {
        return new AttackEntry(start, null, null, peakPain, intensity, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** Lists keep their nulls here, so that the rules can name a missing row instead of failing. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }
}
