package org.stillpoint.treatment;

import java.util.List;

/**
 * The engine's answer for a planned session: the outcome, a verdict per block in plan order, and the findings that
 * hold for the whole session (no session today, the emergency tier, cautions about a site the client described in
 * their own words, the position during an attack).
 */
public record SessionVerdict(SessionOutcome outcome, List<BlockVerdict> blocks, List<Finding> session) {

    public SessionVerdict {
        blocks = List.copyOf(blocks);
        session = List.copyOf(session);
    }

    /** Whether every block may be done as it stands (OK, or a MODIFY that was overridden). */
    public boolean allClear() {
        return (outcome == SessionOutcome.GO || outcome == SessionOutcome.GO_WITH_CHANGES)
                && blocks.stream().allMatch(b -> b.outcome() == BlockOutcome.OK);
    }
}
