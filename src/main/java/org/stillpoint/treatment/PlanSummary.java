package org.stillpoint.treatment;

import java.time.OffsetDateTime;
import java.util.List;

import org.stillpoint.scheduling.AppointmentId;

/**
 * The plan in the client's words: what will be done where, for how long and how firmly, and how the room will be;
 * the client agrees to this version. No clinical reasons are shown here.
 */
public record PlanSummary(AppointmentId appointment, OffsetDateTime start, List<PlannedBlock> blocks,
                          Environment environment, long version, boolean agreed, OffsetDateTime agreedAt) {

    public PlanSummary {
        blocks = List.copyOf(blocks);
    }

    public int plannedMinutes() {
        return blocks.stream().mapToInt(PlannedBlock::minutes).sum();
    }
}
