package org.stillpoint.diary;

import java.time.Instant;
import java.util.List;

/**
 * An attack in the diary: what the client recorded, with the intensity resolved (their category, or the band of
 * their 0–10 score), the details still missing for the ICHD-3 features (empty when complete), and its version (an edit
 * keeps the earlier versions, see {@link Diary#revisions}).
 */
public record Attack(AttackId id, int version, AttackEntry entry, Intensity intensity, List<String> missing,
                     Instant recordedAt, Instant updatedAt) {

    public Attack {
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    public boolean stillGoing() {
        return entry.end() == null;
    }
}
