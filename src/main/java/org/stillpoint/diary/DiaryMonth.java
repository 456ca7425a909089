package org.stillpoint.diary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.stillpoint.clients.ClientSummary;

/**
 * One calendar month of the client's diary: what each day counts as (clinical-reference §2.1) from the month's first
 * day up to its last or today, whichever comes first (later days are not in {@code days}), the figures of those days,
 * and the client's sessions at the clinic in the whole month, booked or attended.
 *
 * @param hasEarlier whether the month before may be shown too
 * @param hasLater   whether the month after may be shown too (not past today's month)
 */
public record DiaryMonth(ClientSummary client, YearMonth month, LocalDate today, List<DayFacts> days,
                         DiaryFigures figures, List<DiarySession> sessions, boolean hasEarlier, boolean hasLater) {

    public DiaryMonth {
        days = List.copyOf(days);
        sessions = List.copyOf(sessions);
    }
}
