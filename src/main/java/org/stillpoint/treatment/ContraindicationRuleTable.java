package org.stillpoint.treatment;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.stillpoint.clinic.Technique;
import org.stillpoint.intake.ContraindicationClass;
import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.ContraindicationScope;
import org.stillpoint.intake.SourceTag;

/** Reads the rule table seeded by db/migration/common/V15, in its order. */
final class ContraindicationRuleTable {

    private ContraindicationRuleTable() {
    }

    static List<ContraindicationRule> load(JdbcClient jdbc) {
        Map<String, Set<Technique>> techniques = new HashMap<>();
        jdbc.sql("SELECT rule_id, technique FROM contraindication_rule_technique")
                .query(rs -> {
                    techniques.computeIfAbsent(rs.getString(1), id -> EnumSet.noneOf(Technique.class))
                            .add(Technique.valueOf(rs.getString(2)));
                });
        return jdbc.sql("""
                        SELECT id, condition, scope, rule_class, effect, max_pressure, requires_clearance, source_tag,
                               section, reason_key
                          FROM contraindication_rule
                         ORDER BY position""")
                .query((rs, n) -> {
                    String id = rs.getString("id");
                    return new ContraindicationRule(id, ContraindicationCondition.valueOf(rs.getString("condition")),
                            ContraindicationScope.valueOf(rs.getString("scope")), techniques.get(id),
                            ContraindicationClass.valueOf(rs.getString("rule_class")),
                            RuleEffect.valueOf(rs.getString("effect")), rs.getObject("max_pressure", Integer.class),
                            rs.getBoolean("requires_clearance"), SourceTag.valueOf(rs.getString("source_tag")),
                            rs.getString("section"), rs.getString("reason_key"));
                })
                .list();
    }
}
