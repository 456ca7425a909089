package org.stillpoint.treatment;

import java.util.List;

/** The engine's answer for the block at {@code index} of the plan, with the rules behind it. */
public record BlockVerdict(int index, PlannedBlock block, BlockOutcome outcome, List<Finding> findings) {

    public BlockVerdict {
        findings = List.copyOf(findings);
    }

    /** The changes the findings ask for, without NONE and without repeats. */
    public List<RequiredChange> requiredChanges() {
        return findings.stream().filter(f -> !f.overridden()).map(Finding::change)
                .filter(c -> c != RequiredChange.NONE).distinct().toList();
    }
}
