package org.stillpoint.treatment.web;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.stillpoint.clinic.Technique;
import org.stillpoint.intake.ContraindicationClass;
import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.ContraindicationScope;
import org.stillpoint.intake.SourceTag;
import org.stillpoint.treatment.ContraindicationRule;
import org.stillpoint.treatment.ContraindicationRules;
import org.stillpoint.treatment.RuleEffect;
import org.stillpoint.treatment.StandingRule;

/**
 * One contraindication rule as the rules page and the API show it.
 *
 * @param condition  the client's condition it is about; null for a standing rule that holds for every client or
 *                   comes from a clearance
 * @param standing   whether the engine holds it itself ({@code whenKey} says when it holds) rather than the table
 * @param techniques the techniques it covers, in catalogue order; empty for every technique
 * @param section    the section of the clinical reference, or null for a product rule
 * @param reason     the rule in plain words (API only)
 */
record ContraindicationRuleRow(String id, ContraindicationCondition condition, boolean standing, String whenKey,
                               ContraindicationScope scope, List<Technique> techniques,
                               ContraindicationClass ruleClass, RuleEffect effect, Integer maxPressure,
                               boolean requiresClearance, SourceTag source, String section, String reasonKey,
                               String reason) {

    /** The table's rules, then the standing ones; {@code reasons} turns a reason key into text (or null). */
    static List<ContraindicationRuleRow> all(ContraindicationRules rules, UnaryOperator<String> reasons) {
        return Stream.concat(rules.all().stream().map(r -> of(r, reasons.apply(r.reasonKey()))),
                rules.standing().stream().map(r -> of(r, reasons.apply(r.reasonKey())))).toList();
    }

    static ContraindicationRuleRow of(ContraindicationRule rule, String reason) {
        return new ContraindicationRuleRow(rule.id(), rule.condition(), false, null, rule.scope(),
                sorted(rule.techniques()), rule.ruleClass(), rule.effect(), rule.maxPressure(),
                rule.requiresClearance(), rule.source(), rule.section(), rule.reasonKey(), reason);
    }

    static ContraindicationRuleRow of(StandingRule rule, String reason) {
        return new ContraindicationRuleRow(rule.id(), rule.condition(), true, rule.whenKey(), rule.scope(),
                sorted(rule.techniques()), rule.ruleClass(), rule.effect(), rule.maxPressure(), false, rule.source(),
                rule.section(), rule.reasonKey(), reason);
    }

    private static List<Technique> sorted(Set<Technique> techniques) {
        return techniques.stream().sorted().toList();
    }
}
