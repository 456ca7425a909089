package org.stillpoint.diary.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stillpoint.diary.AttackEntry;
import org.stillpoint.diary.DayStatus;
import org.stillpoint.diary.DiaryImport;
import org.stillpoint.diary.DiaryImport.Problem;
import org.stillpoint.diary.DrugClass;
import org.stillpoint.diary.domain.DiaryImportRules.Checked;
import org.stillpoint.diary.domain.DiaryImportRules.Existing;

/** Whether the rows of a diary file may join a diary: each row's own rules, overlaps and days, all by line. */
class DiaryImportRulesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Tuesday 10 March 2026, 12:00 in Berlin. */
    static final Instant NOW = Instant.parse("2026-03-10T11:00:00Z");
    static final Set<String> AREAS = Set.of("NECK", "SCALP");
    static final Set<String> TRIGGERS = Set.of("STRESS", "POOR_SLEEP");
    static final String HEADER = "record,date,status,start,end,peakPain,triggers,medicines,notes\n";
    static final Existing EMPTY = new Existing(List.of(), Map.of());

    static Checked check(String rows, Existing existing) {
        ImportProblems problems = new ImportProblems();
        List<DiaryCsv.Row> read = DiaryCsv.read((HEADER + rows).getBytes(StandardCharsets.UTF_8), problems);
        return DiaryImportRules.check(read, problems, existing, NOW, BERLIN, AREAS, TRIGGERS);
    }

    static String attack(String start, String end, String rest) {
        return "ATTACK,,,2026-03-" + start + ":00+01:00," + (end == null ? "" : "2026-03-" + end + ":00+01:00") + ","
                + rest + "\n";
    }

    /** An attack already in the diary. */
    static AttackEntry existing(String start, String end) {
        return new AttackEntry(Instant.parse(start), Instant.parse(end), null, 4, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void aGoodFileIsCountedWithTheDaysItCoversAndCheckedAsTheDiaryKeepsIt() {
        Checked checked = check(attack("02T08:00", "02T12:00", "5,stress,product=Ibuprofen 400,\"  tired  \"")
                + "DAY,2026-03-01,HEADACHE_FREE,,,,,,\n"
                + "DAY,2026-03-04,HEADACHE,,,,,,\n", EMPTY);

        DiaryImport result = checked.result();
        assertThat(result.valid()).isTrue();
        assertThat(result.attacks()).isEqualTo(1);
        assertThat(result.days()).isEqualTo(2);
        assertThat(result.from()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(result.to()).isEqualTo(LocalDate.parse("2026-03-04"));
        AttackEntry kept = checked.attacks().get(0);
        assertThat(kept.triggers()).containsExactly("STRESS");
        assertThat(kept.medicines().get(0).drugClass()).as("the class of a known product")
                .isEqualTo(DrugClass.NON_OPIOID_ANALGESIC);
        assertThat(kept.notes()).isEqualTo("tired");
        assertThat(checked.days()).extracting(d -> d.day().toString()).containsExactly("2026-03-01", "2026-03-04");
    }

    @Test
    void eachRowIsCheckedByTheAttackAndDayRulesAndNamedByLineAndColumn() {
        Checked checked = check(attack("02T08:00", "02T07:00", "11,FULL_MOON,product=something unusual,")
                + "ATTACK,,,not a time,,4,,,\n"
                + "DAY,2026-03-11,HEADACHE,,,,,,\n"
                + "DAY,2026-03-05,,,,,,," + "x".repeat(501) + "\n", EMPTY);

        assertThat(checked.result().valid()).isFalse();
        assertThat(checked.result().problems()).extracting(Problem::line, Problem::field, Problem::messageKey)
                .containsExactly(
                        tuple(2, "end", "diary.attack.end-before-start"),
                        tuple(2, "peakPain", "field.range"),
                        tuple(2, "triggers[0]", "diary.attack.unknown-value"),
                        tuple(2, "medicines[0].drugClass", "diary.medicine.class-unknown"),
                        tuple(3, "start", "diary.csv.wrong-time"),
                        tuple(4, "date", "diary.day.future"),
                        tuple(5, "status", "field.required"),
                        tuple(5, "notes", "field.too-long"));
        assertThat(checked.attacks()).isEmpty();
        assertThat(checked.days()).isEmpty();
    }

    @Nested
    class Overlaps {

        @Test
        void anAttackOverlappingAnEarlierOneOfTheFileIsNamedWithThatOnesLine() {
            Checked checked = check(attack("02T08:00", "02T12:00", "5,,,")
                    + attack("05T08:00", "05T09:00", "5,,,")
                    + attack("02T11:00", "02T13:00", "5,,,")
                    + attack("02T12:00", "02T14:00", "5,,,"), EMPTY);

            assertThat(checked.result().problems()).extracting(Problem::line, Problem::messageKey, Problem::args)
                    .containsExactly(tuple(4, "diary.import.overlaps-line", List.of(2)),
                            tuple(5, "diary.import.overlaps-line", List.of(4)));
        }

        @Test
        void anAttackStillGoingOverlapsEverythingAfterItsStart() {
            Checked checked = check(attack("08T08:00", null, "5,,,") + attack("09T08:00", "09T09:00", "5,,,"),
                    EMPTY);

            assertThat(checked.result().problems()).extracting(Problem::line, Problem::field)
                    .containsExactly(tuple(3, "start"));
        }

        @Test
        void anAttackOverlappingOneOfTheDiaryIsNamedWhicheverBeganFirst() {
            Existing diary = new Existing(List.of(
                    existing("2026-03-02T09:00:00Z", "2026-03-02T10:00:00Z"),
                    existing("2026-03-06T09:00:00Z", "2026-03-06T10:00:00Z")), Map.of());

            Checked checked = check(attack("02T10:30", "02T11:30", "5,,,")
                    + attack("06T09:00", "06T10:30", "5,,,")
                    + attack("07T08:00", "07T09:00", "5,,,"), diary);

            assertThat(checked.result().problems()).extracting(Problem::line, Problem::messageKey, Problem::args)
                    .containsExactly(tuple(2, "diary.attack.overlaps", List.of("2026-03-02 10:00")),
                            tuple(3, "diary.attack.overlaps", List.of("2026-03-06 10:00")));
        }

        @Test
        void attacksThatOnlyMeetDoNotOverlap() {
            assertThat(check(attack("02T08:00", "02T12:00", "5,,,") + attack("02T12:00", "02T13:00", "5,,,"),
                    new Existing(List.of(existing("2026-03-02T12:00:00Z", "2026-03-02T14:00:00Z")), Map.of()))
                    .result().valid()).isTrue();
        }
    }

    @Nested
    class Days {

        @Test
        void aDayTwiceOrOneTheDiaryHasIsNamed() {
            Checked checked = check("DAY,2026-03-03,HEADACHE,,,,,,\n"
                            + "DAY,2026-03-03,HEADACHE_FREE,,,,,,\n"
                            + "DAY,2026-03-04,HEADACHE,,,,,,\n",
                    new Existing(List.of(), Map.of(LocalDate.parse("2026-03-04"), DayStatus.HEADACHE_FREE)));

            assertThat(checked.result().problems()).extracting(Problem::line, Problem::field, Problem::messageKey,
                    Problem::args).containsExactly(
                    tuple(3, "date", "diary.import.day-repeated", List.of(2)),
                    tuple(4, "date", "diary.import.day-recorded", List.of()));
        }

        @Test
        void aHeadacheFreeDayCannotHaveAnAttackOfTheFileOrOfTheDiary() {
            Checked checked = check(attack("02T23:00", "03T02:00", "5,,,")
                            + "DAY,2026-03-03,HEADACHE_FREE,,,,,,\n"
                            + "DAY,2026-03-06,HEADACHE_FREE,,,,,,\n"
                            + "DAY,2026-03-07,HEADACHE_FREE,,,,,,\n",
                    new Existing(List.of(existing("2026-03-06T21:00:00Z", "2026-03-06T23:00:00Z")), Map.of()));

            assertThat(checked.result().problems()).extracting(Problem::line, Problem::field, Problem::messageKey)
                    .containsExactly(tuple(3, "status", "diary.day.has-attack"),
                            tuple(4, "status", "diary.day.has-attack"));
        }

        @Test
        void aHeadacheFreeDayOfTheDiaryThatAnImportedAttackTouchesBecomesAHeadacheDay() {
            Checked checked = check(attack("04T22:00", "05T03:00", "5,,,"), new Existing(List.of(), Map.of(
                    LocalDate.parse("2026-03-05"), DayStatus.HEADACHE_FREE,
                    LocalDate.parse("2026-03-04"), DayStatus.HEADACHE,
                    LocalDate.parse("2026-03-06"), DayStatus.HEADACHE_FREE)));

            assertThat(checked.result().valid()).isTrue();
            assertThat(checked.headacheDays()).containsExactly(LocalDate.parse("2026-03-05"));
        }
    }

    @Test
    void aFileOfNothingButProblemsListsTheFirstLinesAndCountsTheRest() {
        Checked checked = check("DAY,2026-02-30,HEADACHE,,,,,,\n".repeat(DiaryImport.MAX_LISTED + 5), EMPTY);

        DiaryImport result = checked.result();
        assertThat(result.problems()).hasSize(DiaryImport.MAX_LISTED);
        assertThat(result.unlisted()).isEqualTo(5);
        assertThat(result.problems().get(0).line()).isEqualTo(2);
        assertThat(result.problems().get(DiaryImport.MAX_LISTED - 1).line()).isEqualTo(DiaryImport.MAX_LISTED + 1);
        assertThat(result.valid()).isFalse();
    }
}
