package org.stillpoint.treatment;

import java.util.List;
import java.util.UUID;

/** One of a therapist's own plan templates: a name and the blocks it starts a plan with. */
public record PlanTemplateView(UUID id, String name, List<PlannedBlock> blocks) {

    public PlanTemplateView {
        blocks = List.copyOf(blocks);
    }
}
