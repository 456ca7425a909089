package org.stillpoint.scheduling;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.stillpoint.platform.Conflict;

/** Not one occurrence of a series could be booked (409; nothing was stored): each one's conflict. */
public class SeriesUnbookable extends Conflict {

    private final List<SeriesConflict> conflicts;

    public SeriesUnbookable(List<SeriesConflict> conflicts) {
        super("series-unbookable", "appointment-series.none-free");
        this.conflicts = List.copyOf(conflicts);
    }

    public List<SeriesConflict> conflicts() {
        return conflicts;
    }

    /** Plain JSON members: per occurrence its time, the reason and the alternative, as the series answer has them. */
    @Override
    public Map<String, Object> properties() {
        return Map.of("conflicts", conflicts.stream().map(conflict -> {
            Map<String, Object> member = new HashMap<>();
            member.put("start", ISO_OFFSET_DATE_TIME.format(conflict.start()));
            member.put("reason", conflict.reason());
            member.put("alternative", conflict.alternative() == null ? null
                    : SlotTaken.member(conflict.alternative()));
            return member;
        }).toList());
    }
}
