package org.stillpoint.treatment;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;

/**
 * The contraindication rules of clinical-reference §6.1–6.4, seeded with the clinic (db/migration/common/V15) and
 * read once, and the engine that applies them to a planned session ({@link ContraindicationEngine}). The rules are
 * the same for every instance and never change while it runs.
 */
@Service
public class ContraindicationRules {

    private final SingletonSupplier<ContraindicationEngine> engine;

    ContraindicationRules(JdbcClient jdbc) {
        this.engine = SingletonSupplier.of(() -> new ContraindicationEngine(ContraindicationRuleTable.load(jdbc)));
    }

    /** The rules of the table, in the order of clinical-reference §6. */
    public List<ContraindicationRule> all() {
        return engine().rules();
    }

    /** The rules the engine holds itself: the front of the neck for every client, today's check, clearance limits. */
    public List<StandingRule> standing() {
        return ContraindicationEngine.STANDING_RULES;
    }

    public ContraindicationEngine engine() {
        return engine.obtain();
    }
}
