package org.stillpoint.treatment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a session note says, in the order of a SOAP note: what the client reports and their pain before (0–10),
 * findings per area, the assessment, the blocks actually done, the pain after (0–10) and the client's response,
 * adverse events with a note, recommendations and the suggested next session. A draft may leave anything out; a
 * note is signed only with both pain scores.
 */
public record NoteContent(String subjective, Integer painBefore, List<AreaFinding> findings, String assessment,
                          List<BlockDone> blocks, Integer painAfter, String response, Set<AdverseEvent> adverseEvents,
                          String adverseNote, String recommendations, NextSession nextSession) {

    public NoteContent {
        findings = findings == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(findings));
        blocks = blocks == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(blocks));
        adverseEvents = adverseEvents == null ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(adverseEvents));
    }

    /** A note with nothing in it. */
    public static NoteContent empty() {
        return new NoteContent(null, null, List.of(), null, List.of(), null, null, Set.of(), null, null, null);
    }

    /** The total minutes of the blocks that give them. */
    public int totalMinutes() {
        return blocks.stream().filter(b -> b != null && b.minutes() != null).mapToInt(BlockDone::minutes).sum();
    }

    /** Whether the adverse events make the emergency of clinical-reference §6.2. */
    public boolean emergency() {
        return AdverseEvent.isEmergency(adverseEvents);
    }
}
