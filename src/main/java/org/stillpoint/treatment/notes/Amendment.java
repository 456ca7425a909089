package org.stillpoint.treatment.notes;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.stillpoint.treatment.AdverseEvent;
import org.stillpoint.treatment.BlockDone;

/**
 * One stored correction of a signed note. {@code blocks} and {@code adverseEvents} are null when it leaves them as
 * they were; the pain scores likewise.
 */
public record Amendment(int number, String reason, String text, Integer painBefore, Integer painAfter,
                        List<BlockDone> blocks, Set<AdverseEvent> adverseEvents, Instant writtenAt, UUID writtenBy) {

    public Amendment {
        if (number < 1) {
            throw new IllegalArgumentException("amendments are numbered from 1");
        }
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(writtenAt, "writtenAt");
        Objects.requireNonNull(writtenBy, "writtenBy");
        blocks = blocks == null ? null : List.copyOf(blocks);
        adverseEvents = adverseEvents == null ? null : Set.copyOf(adverseEvents);
    }
}
