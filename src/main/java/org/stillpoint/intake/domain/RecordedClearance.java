package org.stillpoint.intake.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.stillpoint.intake.Clearance;
import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.RedFlag;

/**
 * A clearance with what it was recorded against: the red flags that blocked treatment and the contraindication
 * conditions that needed a clearance when it was recorded. It lifts those and nothing else, so that a newer intake
 * raising something new needs a clinician to look again.
 */
public record RecordedClearance(Clearance clearance, Set<RedFlag> coveredRedFlags,
                                Set<ContraindicationCondition> coveredConditions) {

    public RecordedClearance {
        Objects.requireNonNull(clearance, "clearance");
        coveredRedFlags = coveredRedFlags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(coveredRedFlags));
        coveredConditions = coveredConditions.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(coveredConditions));
    }

    public boolean covers(RedFlag flag) {
        return coveredRedFlags.contains(flag);
    }

    public boolean covers(ContraindicationCondition condition) {
        return coveredConditions.contains(condition);
    }
}
