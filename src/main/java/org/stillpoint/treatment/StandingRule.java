package org.stillpoint.treatment;

import java.util.Objects;
import java.util.Set;

import org.stillpoint.clinic.Technique;
import org.stillpoint.intake.ContraindicationClass;
import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.ContraindicationScope;
import org.stillpoint.intake.SourceTag;

/**
 * A rule the engine holds itself rather than reading it from the rule table, because it is not keyed on a condition
 * of the client: the front of the neck for every client (clinical-reference §6.2), the emergency tier of today's
 * check (§5), an area injured since the last visit (§6.1), the limit a clinician's clearance sets.
 *
 * @param condition the condition it stands for, or null when it holds for every client or comes from a clearance
 * @param whenKey   message key saying when it holds (for every client, at the emergency tier, …)
 */
public record StandingRule(String id, ContraindicationCondition condition, ContraindicationScope scope,
                           Set<Technique> techniques, ContraindicationClass ruleClass, RuleEffect effect,
                           Integer maxPressure, SourceTag source, String section, String reasonKey, String whenKey) {

    public StandingRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(ruleClass, "ruleClass");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reasonKey, "reasonKey");
        Objects.requireNonNull(whenKey, "whenKey");
        techniques = techniques == null ? Set.of() : Set.copyOf(techniques);
    }
}
