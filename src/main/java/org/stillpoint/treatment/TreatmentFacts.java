package org.stillpoint.treatment;

import java.util.List;
import java.util.Set;

import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.ContraindicationFlag;
import org.stillpoint.intake.ScreeningTier;

/**
 * What the engine knows about the client today: the contraindication flags (from the intake, plus those today's
 * pre-session check raises), the conditions a clearance in force was recorded against, the areas to avoid today
 * (a new injury reported at the check), and the screening tier after today's red-flag answers.
 */
public record TreatmentFacts(List<ContraindicationFlag> flags, Set<ContraindicationCondition> cleared,
                             Set<BodyArea> avoidToday, ScreeningTier tier) {

    public TreatmentFacts {
        flags = List.copyOf(flags);
        cleared = Set.copyOf(cleared);
        avoidToday = Set.copyOf(avoidToday);
    }

    public boolean has(ContraindicationCondition condition) {
        return flags.stream().anyMatch(f -> f.condition() == condition);
    }
}
