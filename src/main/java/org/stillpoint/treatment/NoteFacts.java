package org.stillpoint.treatment;

import java.util.List;
import java.util.Set;

/**
 * The values of a note that outcomes are read from, with every amendment applied in order: the pain before and after,
 * the blocks done and the adverse events, and whether these make the emergency of clinical-reference §6.2.
 */
public record NoteFacts(Integer painBefore, Integer painAfter, List<BlockDone> blocks, Set<AdverseEvent> adverseEvents,
                        boolean emergency) {

    public NoteFacts {
        blocks = List.copyOf(blocks);
        adverseEvents = Set.copyOf(adverseEvents);
    }
}
