package org.stillpoint.diary.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.stillpoint.diary.AttackEntry;
import org.stillpoint.diary.DayStatus;
import org.stillpoint.diary.DiaryDay;
import org.stillpoint.diary.DiaryImport;
import org.stillpoint.diary.domain.DiaryCsv.AttackRow;
import org.stillpoint.diary.domain.DiaryCsv.DayRow;
import org.stillpoint.diary.domain.DiaryCsv.Row;
import org.stillpoint.platform.FieldProblems;
import org.stillpoint.platform.InvalidInput;

/**
 * Whether the rows of a diary file may join the client's diary, checked as if each were recorded on its own and
 * against each other: every attack by {@link AttackRules}, every day by {@link DayRules}; no attack overlapping
 * another in the file or in the diary; no day twice, nor a day the diary has already; no headache-free day that an
 * attack touches. A file is taken whole or not at all.
 */
public final class DiaryImportRules {

    /** The columns of a day row that {@link DayRules} names otherwise. */
    private static final Map<String, String> DAY_COLUMNS = Map.of("day", "date", "note", "notes");

    private DiaryImportRules() {
    }

    /**
     * The file as it would be kept.
     *
     * @param headacheDays days the diary has as headache-free that an attack of the file touches: they become
     *                     headache days, as when the client records an attack
     */
    public record Checked(DiaryImport result, List<AttackEntry> attacks, List<DiaryDay> days,
                          Set<LocalDate> headacheDays) {
    }

    /** The diary as it is: its attacks, and its checked-in days with their status. */
    public record Existing(List<AttackEntry> attacks, Map<LocalDate, DayStatus> days) {
    }

    public static Checked check(List<Row> rows, ImportProblems problems, Existing existing, Instant now, ZoneId zone,
                                Set<String> areas, Set<String> triggers) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Line<AttackEntry>> attacks = new ArrayList<>();
        List<Line<DiaryDay>> days = new ArrayList<>();
        int attackRows = 0;
        int dayRows = 0;
        TreeSet<LocalDate> covered = new TreeSet<>();
        for (Row row : rows) {
            if (row instanceof AttackRow a) {
                attackRows++;
                AttackEntry entry = attack(a, now, areas, triggers, problems);
                if (entry != null) {
                    attacks.add(new Line<>(a.line(), entry));
                    covered.add(DayRules.firstDay(entry, zone));
                    covered.add(DayRules.lastDay(entry, zone, now));
                }
            } else if (row instanceof DayRow d) {
                dayRows++;
                FieldProblems found = DayRules.check(d.day(), d.status(), d.note(), today);
                if (report(found, DAY_COLUMNS, d.line(), d.unreadable(), problems) && d.unreadable().isEmpty()) {
                    days.add(new Line<>(d.line(), new DiaryDay(d.day(), d.status(), d.menstruation(),
                            FieldProblems.blankToNull(d.note()), now)));
                    covered.add(d.day());
                }
            }
        }
        refuseOverlaps(attacks, existing.attacks(), zone, problems);
        Set<LocalDate> headacheDays = checkDays(days, attacks, existing, zone, now, problems);
        DiaryImport result = new DiaryImport(attackRows, dayRows, covered.isEmpty() ? null : covered.first(),
                covered.isEmpty() ? null : covered.last(), problems.listed(), problems.unlisted());
        return new Checked(result, attacks.stream().map(Line::value).toList(), days.stream().map(Line::value).toList(),
                headacheDays);
    }

    private record Line<T>(int line, T value) {
    }

    /** The attack as it would be kept, or null when its row has a problem. */
    private static AttackEntry attack(AttackRow row, Instant now, Set<String> areas, Set<String> triggers,
                                      ImportProblems problems) {
        try {
            AttackEntry checked = AttackRules.check(row.entry(), now, areas, triggers);
            return row.unreadable().isEmpty() ? checked : null;
        } catch (InvalidInput invalid) {
            FieldProblems found = new FieldProblems();
            invalid.fields().forEach(f -> found.add(f.field(), f.messageKey(), f.args().toArray()));
            report(found, Map.of(), row.line(), row.unreadable(), problems);
            return null;
        }
    }

    /**
     * Adds what the rules found on a line, each field named by its column ({@code columns} where the names differ),
     * leaving out the columns that could not be read (their problem is named already, and the rules would only call
     * them missing); true when the rules found nothing.
     */
    private static boolean report(FieldProblems found, Map<String, String> columns, int line, Set<String> unreadable,
                                  ImportProblems problems) {
        try {
            found.throwIfAny("invalid-row", "diary.import.invalid");
            return true;
        } catch (InvalidInput invalid) {
            invalid.fields().forEach(f -> {
                String column = columns.getOrDefault(f.field(), f.field());
                if (!unreadable.contains(column)) {
                    problems.add(line, column, f.messageKey(), f.args().toArray());
                }
            });
            return false;
        }
    }

    /** One attack, of the file (with its line) or already in the diary (line null). */
    private record Stretch(Integer line, Instant start, Instant end) {

        boolean endsAfter(Instant time) {
            return end == null || end.isAfter(time);
        }

        boolean endsLaterThan(Stretch other) {
            return end == null || (other.end != null && end.isAfter(other.end));
        }
    }

    /**
     * Names every attack of the file that overlaps another one, of the file or of the diary. Sorted by start, an
     * attack overlaps an earlier one exactly when it begins before the latest end so far.
     */
    private static void refuseOverlaps(List<Line<AttackEntry>> attacks, List<AttackEntry> existing, ZoneId zone,
                                       ImportProblems problems) {
        List<Stretch> all = new ArrayList<>();
        attacks.forEach(a -> all.add(new Stretch(a.line(), a.value().start(), a.value().end())));
        existing.forEach(a -> all.add(new Stretch(null, a.start(), a.end())));
        all.sort(Comparator.comparing(Stretch::start)
                .thenComparing(Stretch::line, Comparator.nullsFirst(Comparator.naturalOrder())));
        Set<Integer> named = new HashSet<>();
        Stretch latest = null;
        for (Stretch stretch : all) {
            if (latest != null && latest.endsAfter(stretch.start())) {
                if (stretch.line() != null) {
                    overlap(stretch.line(), latest, zone, named, problems);
                } else if (latest.line() != null) {
                    overlap(latest.line(), stretch, zone, named, problems);
                }
            }
            if (latest == null || stretch.endsLaterThan(latest)) {
                latest = stretch;
            }
        }
    }

    private static void overlap(int line, Stretch other, ZoneId zone, Set<Integer> named, ImportProblems problems) {
        if (!named.add(line)) {
            return;
        }
        if (other.line() != null) {
            problems.add(line, "start", "diary.import.overlaps-line", other.line());
        } else {
            problems.add(line, "start", "diary.attack.overlaps", LocalDateTime.ofInstant(other.start(), zone)
                    .truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' '));
        }
    }

    /**
     * Names every day given twice, already checked in, or headache-free while an attack touches it; answers the
     * diary's headache-free days that an attack of the file turns into headache days.
     */
    private static Set<LocalDate> checkDays(List<Line<DiaryDay>> days, List<Line<AttackEntry>> attacks,
                                            Existing existing, ZoneId zone, Instant now, ImportProblems problems) {
        Map<LocalDate, Integer> given = new HashMap<>();
        Set<LocalDate> headacheFree = new HashSet<>();
        for (Line<DiaryDay> day : days) {
            LocalDate date = day.value().day();
            Integer earlier = given.putIfAbsent(date, day.line());
            if (earlier != null) {
                problems.add(day.line(), "date", "diary.import.day-repeated", earlier);
            } else if (existing.days().containsKey(date)) {
                problems.add(day.line(), "date", "diary.import.day-recorded");
            } else if (day.value().status() == DayStatus.HEADACHE_FREE) {
                headacheFree.add(date);
            }
        }
        Set<LocalDate> touchedInFile = new HashSet<>();
        Set<LocalDate> turned = new TreeSet<>();
        for (Line<AttackEntry> attack : attacks) {
            touched(attack.value(), zone, now, date -> {
                touchedInFile.add(date);
                if (existing.days().get(date) == DayStatus.HEADACHE_FREE) {
                    turned.add(date);
                }
            });
        }
        Set<LocalDate> touched = new HashSet<>(touchedInFile);
        if (!headacheFree.isEmpty()) {
            existing.attacks().forEach(a -> touched(a, zone, now, touched::add));
        }
        for (Line<DiaryDay> day : days) {
            LocalDate date = day.value().day();
            if (headacheFree.contains(date) && given.get(date) == day.line() && touched.contains(date)) {
                // the same as a headache-free check-in on a day with an attack (Diary#checkIn)
                problems.add(day.line(), "status", "diary.day.has-attack");
            }
        }
        return turned;
    }

    /** The calendar days an attack touches (one that began later than now touches none). */
    private static void touched(AttackEntry attack, ZoneId zone, Instant now,
                                java.util.function.Consumer<LocalDate> day) {
        if (attack.start().isAfter(now)) {
            return;
        }
        LocalDate last = DayRules.lastDay(attack, zone, now);
        for (LocalDate d = DayRules.firstDay(attack, zone); !d.isAfter(last); d = d.plusDays(1)) {
            day.accept(d);
        }
    }
}
