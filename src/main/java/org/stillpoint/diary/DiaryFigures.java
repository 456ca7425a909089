package org.stillpoint.diary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The diary's figures for a window of days (clinical-reference §2.1): days recorded, headache days, migraine days and
 * acute-medication days (in all and per drug class), and the per-28-day rates. The rates are null unless
 * {@code recordedDays / days} reaches the configured coverage ({@code sufficient}); a day not recorded is never
 * counted as headache-free. Coverage is part of every answer, to be shown beside every figure.
 *
 * @param to       the last day counted: the day asked for, or today when that is later
 * @param coverage recorded days as a share of the window's days, 0–1, two decimals
 */
public record DiaryFigures(LocalDate from, LocalDate to, int days, int recordedDays, BigDecimal coverage,
                           BigDecimal minCoverage, boolean sufficient, int headacheDays, int migraineDays,
                           int acuteMedicationDays, Map<DrugClass, Integer> acuteMedicationDaysByClass,
                           BigDecimal headacheDaysPer28, BigDecimal migraineDaysPer28,
                           BigDecimal acuteMedicationDaysPer28) {

    public DiaryFigures {
        acuteMedicationDaysByClass = Map.copyOf(acuteMedicationDaysByClass);
    }
}
