package org.stillpoint.diary;

import java.time.LocalDate;
import java.util.List;

import org.stillpoint.clients.ClientSummary;

/**
 * What the diary's charts show for the last {@code months} months up to today ({@code from}–{@code to}):
 * <ul>
 *   <li>{@code blocks}: the figures of consecutive 28-day blocks ending today, oldest first; a block with too few
 *       days recorded has no per-28-day figures (a gap, never a zero);</li>
 *   <li>{@code calendarMonths}: the figures of each calendar month, the last one up to today, for the
 *       acute-medication days per drug class (clinical-reference §1.7);</li>
 *   <li>{@code painDays}: the days with an attack's peak pain recorded;</li>
 *   <li>{@code sessions}: the client's sessions at the clinic, booked or attended, up to today.</li>
 * </ul>
 */
public record DiaryCharts(ClientSummary client, int months, LocalDate from, LocalDate to, List<DiaryFigures> blocks,
                          List<DiaryFigures> calendarMonths, List<DayFacts> painDays, List<DiarySession> sessions) {

    /**
     * ICHD-3 8.2.1, 8.2.2, 8.2.4–8.2.7 (clinical-reference §1.7) [C]: days of intake a month of triptans, ergotamine,
     * opioids, combination analgesics or several classes together, from which the classification speaks of overuse
     * (when it lasts more than three months). A reference level to discuss with a doctor, never advice.
     */
    public static final int REFERENCE_DAYS = 10;
    /** ICHD-3 8.2.3 [C]: the same level for the non-opioid ("simple") analgesics. */
    public static final int SIMPLE_ANALGESIC_REFERENCE_DAYS = 15;

    public DiaryCharts {
        blocks = List.copyOf(blocks);
        calendarMonths = List.copyOf(calendarMonths);
        painDays = List.copyOf(painDays);
        sessions = List.copyOf(sessions);
    }
}
