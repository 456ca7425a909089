package org.stillpoint.treatment;

import java.util.Objects;
import java.util.Set;

import org.stillpoint.clinic.Technique;
import org.stillpoint.intake.ContraindicationClass;
import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.ContraindicationScope;
import org.stillpoint.intake.SourceTag;

/**
 * One rule of clinical-reference §6.1–6.4 as data (§6.5): when the client has {@code condition}, work in
 * {@code scope} (GENERAL = everywhere) with one of {@code techniques} (empty = every technique) gets
 * {@code effect}. ABSOLUTE rules are never overridden; a RELATIVE one may be, with the therapist's written reason and,
 * where {@code requiresClearance}, a recorded clearance for the condition.
 *
 * @param id          stable identifier, for example {@code 6.1-anticoagulants-pressure}
 * @param maxPressure the highest pressure allowed, for {@link RuleEffect#MAX_PRESSURE}; null otherwise
 * @param section     the section of clinical-reference.md the rule comes from, for example {@code 6.4}
 * @param reasonKey   message key of the rule in plain words, for the therapist
 */
public record ContraindicationRule(String id, ContraindicationCondition condition, ContraindicationScope scope,
                                   Set<Technique> techniques, ContraindicationClass ruleClass, RuleEffect effect,
                                   Integer maxPressure, boolean requiresClearance, SourceTag source, String section,
                                   String reasonKey) {

    public ContraindicationRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(ruleClass, "ruleClass");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reasonKey, "reasonKey");
        techniques = techniques == null ? Set.of() : Set.copyOf(techniques);
        if ((effect == RuleEffect.MAX_PRESSURE) != (maxPressure != null)) {
            throw new IllegalArgumentException("a maximum pressure goes with MAX_PRESSURE only: " + id);
        }
    }

    public boolean absolute() {
        return ruleClass == ContraindicationClass.ABSOLUTE;
    }

    /** Whether the rule covers this technique (an empty set covers every technique). */
    public boolean covers(Technique technique) {
        return techniques.isEmpty() || techniques.contains(technique);
    }

    /** Whether the rule reaches this area ({@link BodyArea#within}). */
    public boolean covers(BodyArea area) {
        return area.within(scope);
    }

    /**
     * Whether the rule is about a site no planned area names (the abdomen, or a site in the client's own words): it is
     * shown for the whole session.
     */
    public boolean located() {
        return scope == ContraindicationScope.ABDOMEN || scope == ContraindicationScope.LOCAL;
    }
}
