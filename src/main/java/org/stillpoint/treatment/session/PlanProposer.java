package org.stillpoint.treatment.session;

import static org.stillpoint.clinic.Technique.CRANIOSACRAL;
import static org.stillpoint.clinic.Technique.HOT_STONE;
import static org.stillpoint.clinic.Technique.LYMPHATIC_DRAINAGE;
import static org.stillpoint.clinic.Technique.MEDICAL_MASSAGE;
import static org.stillpoint.clinic.Technique.REFLEXOLOGY;
import static org.stillpoint.clinic.Technique.SWEDISH;
import static org.stillpoint.clinic.Technique.TRIGGER_POINT;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.stillpoint.clients.ClientPreferences;
import org.stillpoint.clients.PressurePreference;
import org.stillpoint.clinic.Technique;
import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.PlanningProfile;
import org.stillpoint.treatment.BlockOutcome;
import org.stillpoint.treatment.BlockVerdict;
import org.stillpoint.treatment.BodyArea;
import org.stillpoint.treatment.CheckAnswers;
import org.stillpoint.treatment.ContraindicationEngine;
import org.stillpoint.treatment.Environment;
import org.stillpoint.treatment.Finding;
import org.stillpoint.treatment.Lighting;
import org.stillpoint.treatment.Pack;
import org.stillpoint.treatment.PlanProposal;
import org.stillpoint.treatment.PlannedBlock;
import org.stillpoint.treatment.Position;
import org.stillpoint.treatment.RequiredChange;
import org.stillpoint.treatment.RoomTemperature;
import org.stillpoint.treatment.SessionOutcome;
import org.stillpoint.treatment.SessionVerdict;
import org.stillpoint.treatment.Sound;
import org.stillpoint.treatment.TreatmentFacts;

/**
 * Proposes a session plan from the intake (where it hurts, neck tension, jaw clenching), the client's preferences
 * (pressure, sensitivities), today's check and the session's length. Gentle by default; every block it proposes has
 * passed the contraindication engine, lowered or swapped for another technique where a rule asks. During an attack
 * it follows the acute protocol of clinical-reference §6.3: about 30 minutes at most, dark and quiet, a cold pack, no
 * heat on the head or neck, light work only, and hands or feet when the head cannot be touched.
 */
public final class PlanProposer {

    /** Minutes kept free in a session for settling in and getting up again (not hands-on time). */
    static final int SETTLING_MINUTES = 10;
    /** §6.3 "shorter session": the acute protocol works for about 30 minutes at most. */
    static final int ACUTE_MAX_MINUTES = 30;
    static final int ACUTE_SETTLING_MINUTES = 5;
    /** Blocks are planned in steps of this many minutes. */
    static final int STEP = 5;
    /** Gentle by default: without a stated preference, nothing firmer than 2 of 5. */
    static final int DEFAULT_MAX_PRESSURE = 2;
    /** §6.3 "no deep work" during an attack. */
    static final int ACUTE_MAX_PRESSURE = 2;

    /**
     * What a proposal is made from.
     *
     * @param check          today's check, or null before it is answered
     * @param techniques     the techniques the appointment's therapist offers
     * @param areas          per technique, the areas the catalogue says it is used on
     * @param pressures      per technique, its default pressure in the catalogue
     * @param requested      the technique the session type is booked for ("Hot stone", say), or null
     */
    public record Input(int sessionMinutes, boolean acuteSession, PlanningProfile profile,
                        ClientPreferences preferences, CheckAnswers check, Set<Technique> techniques,
                        Map<Technique, Set<BodyArea>> areas, Map<Technique, Integer> pressures,
                        TreatmentFacts facts, Technique requested) {

        public Input(int sessionMinutes, boolean acuteSession, PlanningProfile profile, ClientPreferences preferences,
                     CheckAnswers check, Set<Technique> techniques, Map<Technique, Set<BodyArea>> areas,
                     Map<Technique, Integer> pressures, TreatmentFacts facts) {
            this(sessionMinutes, acuteSession, profile, preferences, check, techniques, areas, pressures, facts, null);
        }

        public Input {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(preferences, "preferences");
            Objects.requireNonNull(facts, "facts");
            techniques = Set.copyOf(techniques);
            areas = Map.copyOf(areas);
            pressures = Map.copyOf(pressures);
        }

        boolean attack() {
            return acuteSession || (check != null && check.attack())
                    || facts.has(ContraindicationCondition.ATTACK_IN_PROGRESS);
        }
    }

    private record Candidate(Technique technique, BodyArea area, int weight) {
    }

    private final ContraindicationEngine engine;

    public PlanProposer(ContraindicationEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    public PlanProposal propose(Input in) {
        boolean acute = in.attack();
        Environment environment = environment(in, acute);
        SessionVerdict session = engine.evaluate(in.facts(), List.of(), List.of());
        if (session.outcome() == SessionOutcome.NOT_TODAY || session.outcome() == SessionOutcome.EMERGENCY) {
            return new PlanProposal(acute, in.sessionMinutes(), List.of(), environment, session);
        }
        int available = acute
                ? Math.min(in.sessionMinutes(), ACUTE_MAX_MINUTES) - ACUTE_SETTLING_MINUTES
                : in.sessionMinutes() - SETTLING_MINUTES;
        available = Math.max(STEP, available - available % STEP);
        int maxPressure = maxPressure(in, acute);
        boolean headUntouchable = acute && in.preferences().touchSensitive();

        List<PlannedBlock> chosen = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Integer> weights = new ArrayList<>();
        List<Candidate> candidates = acute ? acuteCandidates(headUntouchable)
                : withRequested(in, candidates(in.profile()), maxPressure);
        for (Candidate candidate : candidates) {
            PlannedBlock block = fit(in, candidate, maxPressure);
            if (block != null && seen.add(block.technique() + "/" + block.area())) {
                chosen.add(block);
                weights.add(candidate.weight());
            }
        }
        if (chosen.isEmpty()) {
            // §6.3: when the head and neck cannot be worked on, hand or foot work is offered.
            for (Candidate candidate : List.of(new Candidate(REFLEXOLOGY, BodyArea.FEET, 2),
                    new Candidate(REFLEXOLOGY, BodyArea.HANDS, 1))) {
                PlannedBlock block = fit(in, candidate, maxPressure);
                if (block != null && seen.add(block.technique() + "/" + block.area())) {
                    chosen.add(block);
                    weights.add(candidate.weight());
                }
            }
        }
        List<PlannedBlock> timed = time(chosen, weights, available);
        return new PlanProposal(acute, in.sessionMinutes(), timed, environment,
                engine.evaluate(in.facts(), timed, List.of()));
    }

    // Where it hurts and what sets it off decide the work; shoulders first to settle, a still hold last.
    private static List<Candidate> candidates(PlanningProfile profile) {
        List<Candidate> list = new ArrayList<>();
        list.add(new Candidate(SWEDISH, BodyArea.SHOULDERS, 2));
        boolean neckTension = profile.triggeredBy("NECK_TENSION");
        boolean anyFocus = false;
        for (String side : List.of("LEFT", "RIGHT")) {
            if (profile.hurts("TRAPEZIUS_" + side) || neckTension) {
                list.add(new Candidate(TRIGGER_POINT, BodyArea.valueOf("TRAPEZIUS_" + side), 2));
                anyFocus = true;
            }
        }
        if (profile.hurts("SUBOCCIPITALS") || profile.hurts("NECK") || neckTension) {
            list.add(new Candidate(TRIGGER_POINT, BodyArea.SUBOCCIPITALS, 2));
            list.add(new Candidate(MEDICAL_MASSAGE, BodyArea.POSTERIOR_NECK, 2));
            anyFocus = true;
        }
        for (String side : List.of("LEFT", "RIGHT")) {
            if (profile.hurts("TEMPORALIS_" + side)) {
                list.add(new Candidate(TRIGGER_POINT, BodyArea.valueOf("TEMPORALIS_" + side), 1));
                anyFocus = true;
            }
        }
        boolean jaw = profile.triggeredBy("JAW_CLENCHING");
        for (String side : List.of("LEFT", "RIGHT")) {
            if (jaw || profile.hurts("JAW_" + side)) {
                list.add(new Candidate(TRIGGER_POINT, BodyArea.valueOf("JAW_" + side), 1));
                anyFocus = true;
            }
        }
        if (profile.hurts("SCALP")) {
            list.add(new Candidate(SWEDISH, BodyArea.SCALP, 1));
            anyFocus = true;
        }
        if (profile.hurts("FACE")) {
            list.add(new Candidate(LYMPHATIC_DRAINAGE, BodyArea.FACE, 1));
            anyFocus = true;
        }
        if (profile.hurts("SHOULDERS")) {
            list.add(new Candidate(MEDICAL_MASSAGE, BodyArea.SHOULDERS, 2));
            anyFocus = true;
        }
        if (!anyFocus) {
            list.add(new Candidate(SWEDISH, BodyArea.POSTERIOR_NECK, 2));
            list.add(new Candidate(SWEDISH, BodyArea.SCALP, 1));
        }
        list.add(new Candidate(CRANIOSACRAL, BodyArea.SUBOCCIPITALS, 2));
        return list;
    }

    /**
     * A session booked for a technique ("Hot stone", "Medical massage") gets a block of it after the first, on the
     * first area the catalogue names for it where the engine lets it through, when the intake alone did not bring it
     * in. Nothing is added where the engine refuses it everywhere: safety comes before the booking's name.
     */
    private List<Candidate> withRequested(Input in, List<Candidate> candidates, int maxPressure) {
        Technique requested = in.requested();
        if (requested == null || !in.techniques().contains(requested)
                || candidates.stream().anyMatch(c -> c.technique() == requested && fits(in, c, maxPressure))) {
            return candidates;
        }
        for (BodyArea area : in.areas().getOrDefault(requested, Set.of()).stream().sorted().toList()) {
            Candidate candidate = new Candidate(requested, area, 2);
            if (fits(in, candidate, maxPressure)) {
                List<Candidate> with = new ArrayList<>(candidates);
                with.add(Math.min(1, with.size()), candidate);
                return with;
            }
        }
        return candidates;
    }

    /** The candidate passes the engine as it is, not only through one of its alternatives. */
    private boolean fits(Input in, Candidate candidate, int maxPressure) {
        PlannedBlock block = fit(in, candidate, maxPressure);
        return block != null && block.technique() == candidate.technique();
    }

    // §6.3: light holds where touch is comfortable, hands and feet otherwise.
    private static List<Candidate> acuteCandidates(boolean headUntouchable) {
        List<Candidate> list = new ArrayList<>();
        if (!headUntouchable) {
            list.add(new Candidate(CRANIOSACRAL, BodyArea.SUBOCCIPITALS, 2));
            list.add(new Candidate(SWEDISH, BodyArea.SHOULDERS, 1));
        }
        list.add(new Candidate(REFLEXOLOGY, BodyArea.FEET, 2));
        list.add(new Candidate(REFLEXOLOGY, BodyArea.HANDS, 1));
        return list;
    }

    /** The candidate, or a gentler technique on the same area, that the engine lets through; null when none does. */
    private PlannedBlock fit(Input in, Candidate candidate, int maxPressure) {
        for (Technique technique : alternatives(candidate.technique())) {
            if (!in.techniques().contains(technique)
                    || !in.areas().getOrDefault(technique, Set.of()).contains(candidate.area())) {
                continue;
            }
            int pressure = Math.min(in.pressures().getOrDefault(technique, DEFAULT_MAX_PRESSURE), maxPressure);
            PlannedBlock block = new PlannedBlock(technique, candidate.area(), STEP, Math.max(1, pressure),
                    technique == HOT_STONE, null);
            PlannedBlock passed = passing(in, block);
            if (passed != null) {
                return passed;
            }
        }
        return null;
    }

    /** The block as it is, or lightened / without heat as the engine asks; null when it stays blocked. */
    private PlannedBlock passing(Input in, PlannedBlock block) {
        PlannedBlock current = block;
        for (int attempt = 0; attempt < 3; attempt++) {
            BlockVerdict verdict = engine.evaluate(in.facts(), List.of(current), List.of()).blocks().get(0);
            if (verdict.outcome() == BlockOutcome.OK) {
                return current;
            }
            if (verdict.outcome() == BlockOutcome.BLOCKED) {
                return null;
            }
            for (RequiredChange change : verdict.requiredChanges()) {
                switch (change) {
                    case LIGHTER_PRESSURE -> current = current.withPressure(Math.max(1, lowestMaximum(verdict)));
                    case NO_HEAT -> {
                        if (current.technique() == HOT_STONE) {
                            return null;
                        }
                        current = current.withHeat(false);
                    }
                    case AVOID_AREA -> {
                        return null;
                    }
                    case NONE -> { }
                }
            }
        }
        return null;
    }

    private static int lowestMaximum(BlockVerdict verdict) {
        return verdict.findings().stream().map(Finding::maxPressure).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).min().orElse(1);
    }

    private static List<Technique> alternatives(Technique first) {
        List<Technique> list = new ArrayList<>();
        list.add(first);
        for (Technique gentler : List.of(CRANIOSACRAL, SWEDISH, REFLEXOLOGY, LYMPHATIC_DRAINAGE)) {
            if (!list.contains(gentler)) {
                list.add(gentler);
            }
        }
        return list;
    }

    /** Minutes in steps of {@link #STEP}, by weight, adding up to no more than {@code available}. */
    static List<PlannedBlock> time(List<PlannedBlock> blocks, List<Integer> weights, int available) {
        List<PlannedBlock> kept = new ArrayList<>(blocks);
        List<Integer> keptWeights = new ArrayList<>(weights);
        // Too many blocks for the time: drop from the middle, keeping the first (settling) and the last (closing).
        while (kept.size() * STEP > available && kept.size() > 1) {
            int drop = kept.size() > 2 ? kept.size() - 2 : kept.size() - 1;
            kept.remove(drop);
            keptWeights.remove(drop);
        }
        int totalWeight = keptWeights.stream().mapToInt(Integer::intValue).sum();
        int steps = available / STEP;
        int[] given = new int[kept.size()];
        int used = 0;
        for (int i = 0; i < kept.size(); i++) {
            given[i] = Math.max(1, steps * keptWeights.get(i) / Math.max(1, totalWeight));
            used += given[i];
        }
        for (int i = 0; used < steps && !kept.isEmpty(); i = (i + 1) % kept.size()) {
            given[i]++;
            used++;
        }
        while (used > steps) {
            int largest = 0;
            for (int i = 1; i < given.length; i++) {
                if (given[i] > given[largest]) {
                    largest = i;
                }
            }
            given[largest]--;
            used--;
        }
        List<PlannedBlock> timed = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            timed.add(kept.get(i).withMinutes(given[i] * STEP));
        }
        return timed;
    }

    private static int maxPressure(Input in, boolean acute) {
        PressurePreference preference = in.preferences().pressure();
        int max = preference == null ? DEFAULT_MAX_PRESSURE : switch (preference) {
            case VERY_LIGHT -> 1;
            case LIGHT -> 2;
            case MODERATE -> 3;
        };
        if (acute) {
            max = Math.min(max, in.preferences().touchSensitive() ? 1 : ACUTE_MAX_PRESSURE);
        }
        return max;
    }

    private Environment environment(Input in, boolean acute) {
        ClientPreferences p = in.preferences();
        // §6.3: dim light and a quiet room during an attack; light and sound sensitivity ask for the same.
        Lighting lighting = acute || p.lightSensitive() ? Lighting.OFF : Lighting.DIMMED;
        Sound sound = acute || p.soundSensitive() || p.quietSession() ? Sound.QUIET : Sound.SOFT_SOUND;
        Pack pack;
        if (acute) {
            pack = Pack.COLD; // §6.3: cold is the traditional choice during an attack, never heat on head or neck
        } else if (in.profile().triggeredBy("NECK_TENSION") && heatAllowedOnShoulders(in)) {
            pack = Pack.WARM;
        } else {
            pack = Pack.NONE;
        }
        // §6.1 pregnancy: side-lying; §6.3 during an attack: on the back or the side, never face-down.
        Position position = in.facts().has(ContraindicationCondition.PREGNANCY) ? Position.SIDE_LYING
                : Position.SUPINE;
        return new Environment(lighting, sound, RoomTemperature.NEUTRAL, pack, position);
    }

    private boolean heatAllowedOnShoulders(Input in) {
        PlannedBlock warm = new PlannedBlock(SWEDISH, BodyArea.SHOULDERS, STEP, 1, true, null);
        return engine.evaluate(in.facts(), List.of(warm), List.of()).blocks().get(0).outcome() == BlockOutcome.OK;
    }
}
