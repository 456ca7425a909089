package org.stillpoint.treatment;

import java.util.List;
import java.util.Set;

import org.stillpoint.intake.ClearanceScope;
import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.ContraindicationFlag;
import org.stillpoint.intake.ScreeningTier;

/**
 * What the engine knows about the client today: the contraindication flags (from the intake, plus those today's
 * pre-session check raises), the conditions a clearance in force was recorded against, the areas to avoid today
 * (a new injury reported at the check), the screening tier after today's red-flag answers, and the limit the
 * clearance in force puts on treatment (ALL_TREATMENT when none: gentle work only, or no neck work, is a clinician's
 * decision the therapist cannot override).
 */
public record TreatmentFacts(List<ContraindicationFlag> flags, Set<ContraindicationCondition> cleared,
                             Set<BodyArea> avoidToday, ScreeningTier tier, ClearanceScope limit) {

    public TreatmentFacts {
        limit = limit == null ? ClearanceScope.ALL_TREATMENT : limit;
        flags = List.copyOf(flags);
        cleared = Set.copyOf(cleared);
        avoidToday = Set.copyOf(avoidToday);
    }

    public boolean has(ContraindicationCondition condition) {
        return flags.stream().anyMatch(f -> f.condition() == condition);
    }
}
