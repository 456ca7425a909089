package org.stillpoint.treatment;

import java.util.List;

/**
 * What Stillpoint proposes for a session: blocks that each passed the engine and fit the time, the room, whether the
 * acute protocol was followed (clinical-reference §6.3), and the engine's verdict. Nothing is saved until the
 * therapist saves a plan.
 */
public record PlanProposal(boolean acute, int sessionMinutes, List<PlannedBlock> blocks, Environment environment,
                           SessionVerdict verdict) {

    public PlanProposal {
        blocks = List.copyOf(blocks);
    }

    public int plannedMinutes() {
        return blocks.stream().mapToInt(PlannedBlock::minutes).sum();
    }
}
