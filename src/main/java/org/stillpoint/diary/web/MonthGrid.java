package org.stillpoint.diary.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.stillpoint.diary.DayFacts;
import org.stillpoint.diary.DiaryMonth;
import org.stillpoint.diary.DiarySession;
import org.stillpoint.diary.DrugClass;

/**
 * A month of the diary laid out for the month view: its weeks from Monday to Sunday (null where a day belongs to the
 * month before or after), the weekday of each column, and the days worth listing (recorded, or with a session).
 */
record MonthGrid(List<LocalDate> weekdays, List<List<Day>> weeks, List<Day> listed, int notRecorded) {

    static MonthGrid of(DiaryMonth month) {
        Map<LocalDate, DayFacts> facts = month.days().stream()
                .collect(Collectors.toMap(DayFacts::day, Function.identity()));
        Map<LocalDate, List<DiarySession>> sessions = month.sessions().stream()
                .collect(Collectors.groupingBy(DiarySession::day));
        LocalDate first = month.month().atDay(1);
        LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> weekdays = monday.datesUntil(monday.plusDays(7)).toList();
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> listed = new ArrayList<>();
        int notRecorded = 0;
        for (LocalDate start = monday; !start.isAfter(month.month().atEndOfMonth()); start = start.plusWeeks(1)) {
            List<Day> week = new ArrayList<>(7);
            for (LocalDate date = start; date.isBefore(start.plusWeeks(1)); date = date.plusDays(1)) {
                if (!month.month().equals(YearMonth.from(date))) {
                    week.add(null);
                    continue;
                }
                Day day = new Day(date, facts.get(date), sessions.getOrDefault(date, List.of()),
                        date.equals(month.today()));
                week.add(day);
                if (day.status() == Status.NOT_RECORDED) {
                    notRecorded++;
                }
                if (day.recorded() || !day.sessions().isEmpty()) {
                    listed.add(day);
                }
            }
            weeks.add(Collections.unmodifiableList(week));
        }
        return new MonthGrid(weekdays, List.copyOf(weeks), List.copyOf(listed), notRecorded);
    }

    /** What a day of the calendar shows, one word each (also its CSS class and message key). */
    enum Status {
        MIGRAINE("migraine"), HEADACHE("headache"), HEADACHE_FREE("headache-free"), NOT_RECORDED("not-recorded"),
        NOT_YET("not-yet");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * One day of the month: its facts (null for a day after today), its sessions at the clinic, and whether it is
     * today. A day without a check-in or an attack is "not recorded", never headache-free (clinical-reference §2.1).
     */
    record Day(LocalDate date, DayFacts facts, List<DiarySession> sessions, boolean today) {

        public Status status() {
            if (facts == null) {
                return Status.NOT_YET;
            }
            if (!facts.recorded()) {
                return Status.NOT_RECORDED;
            }
            return facts.migraine() ? Status.MIGRAINE : facts.headache() ? Status.HEADACHE : Status.HEADACHE_FREE;
        }

        public boolean recorded() {
            return facts != null && facts.recorded();
        }

        /** The acute-medicine classes taken, in the order of {@link DrugClass}. */
        public List<DrugClass> medicines() {
            return facts == null ? List.of() : facts.medicines().stream().sorted().toList();
        }

        public boolean menstruation() {
            return facts != null && Boolean.TRUE.equals(facts.menstruation());
        }

        /** Whether the day may be opened in the client's own diary (not after today). */
        public boolean past() {
            return facts != null;
        }
    }
}
