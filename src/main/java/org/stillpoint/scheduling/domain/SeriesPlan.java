package org.stillpoint.scheduling.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.stillpoint.scheduling.Recurrence;

/**
 * The times of a series' occurrences. They keep the first one's local time in the clinic's zone across daylight
 * saving changes: occurrence n is the first local date plus n periods at the same local time, resolved in the zone
 * (a local time that a spring-forward skips moves on by the gap, one that a fall-back repeats takes the earlier
 * offset, as {@link LocalDateTime#atZone} does).
 */
public final class SeriesPlan {

    private SeriesPlan() {
    }

    public static List<Instant> occurrences(Instant first, Recurrence every, int count, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(first, zone);
        List<Instant> times = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            times.add(local.plusWeeks((long) n * every.weeks()).atZone(zone).toInstant());
        }
        return times;
    }
}
