package org.stillpoint.diary.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stillpoint.clients.ClientId;
import org.stillpoint.diary.DayFacts;
import org.stillpoint.diary.Diary;
import org.stillpoint.diary.DiaryCharts;
import org.stillpoint.diary.DiaryFigures;
import org.stillpoint.diary.DiarySession;
import org.stillpoint.diary.DrugClass;
import org.stillpoint.diary.Intensity;

/**
 * The numbers behind the diary's charts, for programs and for the charts page: per-28-day figures of consecutive
 * blocks (null, a gap, where too few days are recorded), peak pain per day with the sessions at the clinic, and
 * acute-medication days per calendar month and drug class with the ICHD-3 reference levels. Read as the rest of the
 * diary is: the client, the owner, a therapist while the client shares the diary; 404 for anyone else.
 */
@RestController
@RequestMapping("/api/v1")
class DiaryChartsApiController {

    static final int DEFAULT_MONTHS = 6;

    private final Diary diary;

    DiaryChartsApiController(Diary diary) {
        this.diary = diary;
    }

    /** The last {@code months} months (1–24, six by default) up to today. */
    @GetMapping("/clients/{id}/diary/charts")
    ChartsResponse charts(@PathVariable UUID id, @RequestParam(required = false) Integer months) {
        return ChartsResponse.of(diary.charts(new ClientId(id), months == null ? DEFAULT_MONTHS : months));
    }

    record ChartsResponse(int months, LocalDate from, LocalDate to, BigDecimal minCoverage,
                          List<Integer> referenceLevels, List<BlockResponse> blocks,
                          List<MonthResponse> calendarMonths, List<PainDayResponse> peakPain,
                          List<SessionResponse> sessions) {

        static ChartsResponse of(DiaryCharts charts) {
            return new ChartsResponse(charts.months(), charts.from(), charts.to(),
                    charts.blocks().get(0).minCoverage(),
                    List.of(DiaryCharts.REFERENCE_DAYS, DiaryCharts.SIMPLE_ANALGESIC_REFERENCE_DAYS),
                    charts.blocks().stream().map(BlockResponse::of).toList(),
                    charts.calendarMonths().stream().map(MonthResponse::of).toList(),
                    charts.painDays().stream().map(PainDayResponse::of).toList(),
                    charts.sessions().stream().map(SessionResponse::of).toList());
        }
    }

    /** One 28-day block; the per-28-day figures are null unless {@code sufficient}. */
    record BlockResponse(LocalDate from, LocalDate to, int days, int recordedDays, BigDecimal coverage,
                         boolean sufficient, int headacheDays, int migraineDays, BigDecimal headacheDaysPer28,
                         BigDecimal migraineDaysPer28) {

        static BlockResponse of(DiaryFigures f) {
            return new BlockResponse(f.from(), f.to(), f.days(), f.recordedDays(), f.coverage(), f.sufficient(),
                    f.headacheDays(), f.migraineDays(), f.headacheDaysPer28(), f.migraineDaysPer28());
        }
    }

    /** One calendar month (the last one up to today): days with any acute medicine, and per class (every class). */
    record MonthResponse(YearMonth month, LocalDate from, LocalDate to, int days, int recordedDays,
                         BigDecimal coverage, boolean sufficient, int acuteMedicationDays,
                         Map<DrugClass, Integer> acuteMedicationDaysByClass) {

        static MonthResponse of(DiaryFigures f) {
            Map<DrugClass, Integer> byClass = new EnumMap<>(DrugClass.class);
            for (DrugClass drugClass : DrugClass.values()) {
                byClass.put(drugClass, f.acuteMedicationDaysByClass().getOrDefault(drugClass, 0));
            }
            return new MonthResponse(YearMonth.from(f.from()), f.from(), f.to(), f.days(), f.recordedDays(),
                    f.coverage(), f.sufficient(), f.acuteMedicationDays(), byClass);
        }
    }

    record PainDayResponse(LocalDate date, int peakPain, Intensity peakIntensity, boolean migraine) {

        static PainDayResponse of(DayFacts day) {
            return new PainDayResponse(day.day(), day.peakPain(), day.peakIntensity(), day.migraine());
        }
    }

    record SessionResponse(LocalDate date, OffsetDateTime start, String name, boolean attended) {

        static SessionResponse of(DiarySession session) {
            return new SessionResponse(session.day(), session.start(), session.name(), session.attended());
        }
    }
}
