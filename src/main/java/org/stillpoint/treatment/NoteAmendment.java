package org.stillpoint.treatment;

import java.util.List;
import java.util.Set;

/**
 * A correction of a signed note: the reason (required), the correction in words, and the fields it corrects. A
 * null pain score, a null list of blocks or a null set of adverse events leaves the original's value in force; an
 * empty list or set given corrects it to none. At least one correction is needed.
 */
public record NoteAmendment(String reason, String text, Integer painBefore, Integer painAfter,
                            List<BlockDone> blocks, Set<AdverseEvent> adverseEvents) {
}
