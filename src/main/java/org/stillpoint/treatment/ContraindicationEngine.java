package org.stillpoint.treatment;

import java.util.List;
import java.util.Objects;

/**
 * The contraindication engine (clinical-reference §6.5): a pure policy over the rules of §6.1–6.4 held as data.
 * Given what is known about the client today and a planned session, it answers per block OK, MODIFY (with the
 * required change) or BLOCKED with the reasons, and a verdict for the session. It never lets an ABSOLUTE rule be
 * overridden.
 */
public final class ContraindicationEngine {

    private final List<ContraindicationRule> rules;

    public ContraindicationEngine(List<ContraindicationRule> rules) {
        this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    }

    public List<ContraindicationRule> rules() {
        return rules;
    }

    public SessionVerdict evaluate(TreatmentFacts facts, List<PlannedBlock> blocks, List<RuleOverride> overrides) {
        throw new UnsupportedOperationException("not yet");
    }
}
