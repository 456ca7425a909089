package org.stillpoint.scheduling.waitlist;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When in the day a waiting client can come, by a slot's start in the clinic's zone: a morning slot starts before
 * noon, an afternoon slot from noon until before five, an evening slot from five. A waitlist entry names one or
 * more parts; a slot matches when its start falls in one of them.
 */
public enum PartOfDay {
    MORNING(LocalTime.MIN, LocalTime.NOON),
    AFTERNOON(LocalTime.NOON, LocalTime.of(17, 0)),
    EVENING(LocalTime.of(17, 0), null);

    private final LocalTime from;
    private final LocalTime until;

    PartOfDay(LocalTime from, LocalTime until) {
        this.from = from;
        this.until = until;
    }

    public boolean contains(LocalTime start) {
        return !start.isBefore(from) && (until == null || start.isBefore(until));
    }

    public static PartOfDay of(LocalTime start) {
        return Arrays.stream(values()).filter(part -> part.contains(start)).findFirst().orElseThrow();
    }

    /** As stored: the names in their natural order, comma-separated. */
    static String join(Collection<PartOfDay> parts) {
        return EnumSet.copyOf(parts).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<PartOfDay> split(String stored) {
        return Arrays.stream(stored.split(",")).map(PartOfDay::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PartOfDay.class)));
    }
}
