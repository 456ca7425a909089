package org.stillpoint.treatment;

import java.time.OffsetDateTime;
import java.util.List;

import org.stillpoint.clients.ClientId;
import org.stillpoint.scheduling.AppointmentId;

/**
 * A saved session plan: the blocks in order, the room, the therapist's note, the overrides of relative rules with
 * their reasons, the engine's verdict as of now, the minutes planned against the session's length, and whether the
 * client has agreed to this version.
 */
public record SessionPlanView(AppointmentId appointment, ClientId client, boolean acute, List<PlannedBlock> blocks,
                              Environment environment, String note, List<RuleOverride> overrides,
                              SessionVerdict verdict, int sessionMinutes, long version, OffsetDateTime updatedAt,
                              OffsetDateTime agreedAt, boolean agreed) {

    public SessionPlanView {
        blocks = List.copyOf(blocks);
        overrides = List.copyOf(overrides);
    }

    public int plannedMinutes() {
        return blocks.stream().mapToInt(PlannedBlock::minutes).sum();
    }
}
