package org.stillpoint.treatment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * One amendment of a signed note, numbered from 1, with who wrote it when (clinic zone). {@code blocks} and
 * {@code adverseEvents} are null when the amendment does not correct them.
 */
public record AmendmentView(int number, String reason, String text, Integer painBefore, Integer painAfter,
                            List<BlockDone> blocks, Set<AdverseEvent> adverseEvents, OffsetDateTime writtenAt,
                            String writtenBy) {
}
