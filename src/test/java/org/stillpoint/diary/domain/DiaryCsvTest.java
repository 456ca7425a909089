package org.stillpoint.diary.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stillpoint.diary.AttackEntry;
import org.stillpoint.diary.AuraSymptom;
import org.stillpoint.diary.AuraType;
import org.stillpoint.diary.DayStatus;
import org.stillpoint.diary.DiaryDay;
import org.stillpoint.diary.DiaryImport.Problem;
import org.stillpoint.diary.Disruption;
import org.stillpoint.diary.DrugClass;
import org.stillpoint.diary.Intensity;
import org.stillpoint.diary.MedicineEffect;
import org.stillpoint.diary.MedicineTaken;
import org.stillpoint.diary.Nausea;
import org.stillpoint.diary.PainQuality;
import org.stillpoint.diary.SelfCare;
import org.stillpoint.diary.Side;
import org.stillpoint.diary.domain.DiaryCsv.AttackRow;
import org.stillpoint.diary.domain.DiaryCsv.DayRow;
import org.stillpoint.diary.domain.DiaryCsv.Row;

/** The diary file of docs/diary-csv.md: what is written, that reading it gives back the same, and the bad files. */
class DiaryCsvTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String HEADER = String.join(",", DiaryCsv.COLUMNS) + "\r\n";

    static final AttackEntry FULL = new AttackEntry(Instant.parse("2026-02-03T07:00:00Z"),
            Instant.parse("2026-02-03T14:30:00.123456789Z"), false, 7, Intensity.SEVERE, Side.LEFT,
            List.of("SUBOCCIPITALS", "TEMPORALIS_LEFT"), PainQuality.PULSATING, true, Nausea.MODERATE, false, true,
            true, List.of(new AuraSymptom(AuraType.VISUAL, true, 20, Side.LEFT),
                    new AuraSymptom(AuraType.SENSORY, null, null, null)),
            List.of(new MedicineTaken("sumatriptan 50 mg", DrugClass.TRIPTAN, Instant.parse("2026-02-03T08:00:00Z"),
                            MedicineEffect.PARTIAL),
                    new MedicineTaken("drops; \"x\" | y \\ z = w", DrugClass.OTHER, null, null)),
            List.of("POOR_SLEEP", "SKIPPED_MEAL"),
            List.of("=1+1", "wine, then cheese", "the \"big\" meeting", "one\ntwo", "Föhn ☁", "a|b;c\\d", "'q"),
            List.of(SelfCare.COLD_PACK, SelfCare.DARK_ROOM), List.of(Disruption.WORK_OR_SCHOOL),
            "She said \"rest\", so I did.\r\nSecond line, with a | and a ;\nThird — 😴");

    static final AttackEntry GOING = AttackEntry.quick(Instant.parse("2026-02-10T21:15:00Z"), null, Intensity.MILD);

    static final List<DiaryDay> DAYS = List.of(
            new DiaryDay(LocalDate.parse("2026-02-01"), DayStatus.HEADACHE_FREE, true, "-good day, \"really\"",
                    Instant.EPOCH),
            new DiaryDay(LocalDate.parse("2026-02-03"), DayStatus.HEADACHE, null, null, Instant.EPOCH));

    static List<Row> read(String csv, ImportProblems problems) {
        return DiaryCsv.read(csv.getBytes(StandardCharsets.UTF_8), problems);
    }

    @Nested
    class Writing {

        @Test
        void writesAHeaderThenARowPerAttackAndPerDayWithTimesInTheClientsZone() {
            String csv = DiaryCsv.write(List.of(GOING), DAYS.subList(1, 2), BERLIN);

            assertThat(csv).isEqualTo(HEADER
                    + "ATTACK,,,,2026-02-10T22:15:00+01:00,,,,MILD,,,,,,,,,,,,,,,\r\n"
                    + "DAY,2026-02-03,HEADACHE,,,,,,,,,,,,,,,,,,,,,\r\n");
        }

        @Test
        void quotesCellsWithCommasQuotesAndLineBreaksAndGuardsTextThatLooksLikeAFormula() {
            String csv = DiaryCsv.write(List.of(FULL), DAYS.subList(0, 1), BERLIN);

            assertThat(csv).contains(",type=VISUAL;positive=true;minutes=20;side=LEFT|type=SENSORY,",
                    "\"product=sumatriptan 50 mg;drugClass=TRIPTAN;takenAt=2026-02-03T09:00:00+01:00;effect=PARTIAL"
                            + "|product=drops\\; \"\"x\"\" \\| y \\\\ z = w;drugClass=OTHER\"",
                    "\"'=1+1|wine, then cheese|the \"\"big\"\" meeting|one\ntwo|Föhn ☁|a\\|b\\;c\\\\d|'q\"",
                    "2026-02-03T15:30:00.123456789+01:00",
                    "DAY,2026-02-01,HEADACHE_FREE,true,", "\"'-good day, \"\"really\"\"\"\r\n");
        }
    }

    @Nested
    class Reading {

        @Test
        void readsBackExactlyWhatWasWritten() {
            ImportProblems problems = new ImportProblems();
            List<Row> rows = read(DiaryCsv.write(List.of(FULL, GOING), DAYS, BERLIN), problems);

            assertThat(problems.listed()).isEmpty();
            assertThat(rows).hasSize(4);
            assertThat(((AttackRow) rows.get(0)).entry()).isEqualTo(FULL);
            assertThat(((AttackRow) rows.get(1)).entry()).isEqualTo(GOING);
            assertThat(rows.get(2)).isEqualTo(new DayRow(rows.get(2).line(), DAYS.get(0).day(), DayStatus.HEADACHE_FREE,
                    true, "-good day, \"really\"", java.util.Set.of()));
            assertThat(rows.get(3)).isEqualTo(new DayRow(rows.get(3).line(), DAYS.get(1).day(), DayStatus.HEADACHE,
                    null, null, java.util.Set.of()));
        }

        @Test
        void numbersEachRowByTheLineItBeginsOnAcrossLineBreaksInsideCells() {
            ImportProblems problems = new ImportProblems();
            List<Row> rows = read(DiaryCsv.write(List.of(FULL, GOING), DAYS, BERLIN), problems);

            // FULL's cells hold three line breaks (one own trigger, two in the notes).
            assertThat(rows).extracting(Row::line).containsExactly(2, 6, 7, 8);
        }

        @Test
        void takesColumnsInAnyOrderAndLeftOutAByteOrderMarkLowerCaseWordsAndLoneLineFeeds() {
            ImportProblems problems = new ImportProblems();
            List<Row> rows = read("\uFEFFstart,peakPain,record,triggers\n"
                    + "2026-02-03T08:00:00+01:00,5,attack,poor_sleep|stress\n\n", problems);

            assertThat(problems.listed()).isEmpty();
            AttackEntry entry = ((AttackRow) rows.get(0)).entry();
            assertThat(entry.start()).isEqualTo(Instant.parse("2026-02-03T07:00:00Z"));
            assertThat(entry.peakPain()).isEqualTo(5);
            assertThat(entry.triggers()).containsExactly("POOR_SLEEP", "STRESS");
        }

        @Test
        void namesEveryUnreadableCellByLineAndColumn() {
            ImportProblems problems = new ImportProblems();
            List<Row> rows = read("record,date,status,start,peakPain,side,aura,medicines,selfCare,fellAsleep\n"
                    + "ATTACK,,,yesterday,seven,UP,type=VISUAL;colour=red,drugClass=HERBAL,NAP,maybe\n"
                    + "DAY,2026-02-30,SORT_OF,,3,,,,,\n"
                    + "NOTE,,,,,,,,,\n"
                    + "ATTACK,,,2026-02-03T08:00:00+01:00,5\n", problems);

            assertThat(rows).hasSize(2);
            assertThat(problems.listed()).extracting(Problem::line, Problem::field, Problem::messageKey)
                    .containsExactly(
                            tuple(2, "start", "diary.csv.wrong-time"),
                            tuple(2, "fellAsleep", "diary.csv.wrong-boolean"),
                            tuple(2, "peakPain", "diary.csv.wrong-number"),
                            tuple(2, "side", "diary.csv.unknown-value"),
                            tuple(2, "aura[0]", "diary.csv.unknown-part"),
                            tuple(2, "medicines[0].drugClass", "diary.csv.unknown-value"),
                            tuple(2, "selfCare[0]", "diary.csv.unknown-value"),
                            tuple(3, "peakPain", "diary.csv.not-for-day"),
                            tuple(3, "date", "diary.csv.wrong-date"),
                            tuple(3, "status", "diary.csv.unknown-value"),
                            tuple(4, "record", "diary.csv.unknown-record"),
                            tuple(5, "record", "diary.csv.cell-count"));
            assertThat(rows.get(0).unreadable()).contains("start", "aura[0]", "medicines[0].drugClass");
        }

        @Test
        void theExampleOfTheDocumentationReadsWithoutAProblem() throws java.io.IOException {
            String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/diary-csv.md"));
            int start = doc.indexOf("```csv\n") + "```csv\n".length();
            String example = doc.substring(start, doc.indexOf("```", start));
            ImportProblems problems = new ImportProblems();

            List<Row> rows = read(example, problems);

            assertThat(problems.listed()).isEmpty();
            assertThat(rows).hasSize(4);
            AttackEntry first = ((AttackRow) rows.get(0)).entry();
            assertThat(first.aura()).containsExactly(new AuraSymptom(AuraType.VISUAL, true, 20, Side.LEFT));
            assertThat(first.medicines().get(0).takenAt()).isEqualTo(Instant.parse("2026-02-03T08:00:00Z"));
            assertThat(first.ownTriggers()).containsExactly("red wine, then cheese");
            assertThat(first.notes()).isEqualTo("She said \"rest\", so I did.");
            assertThat(((AttackRow) rows.get(1)).entry().end()).isNull();
        }

        @Test
        void refusesAnUnknownOrRepeatedColumnAndAHeaderWithoutRecord() {
            ImportProblems unknown = new ImportProblems();
            assertThat(read("record,start,mood\nATTACK,2026-02-03T08:00:00+01:00,calm\n", unknown)).hasSize(1);
            assertThat(unknown.listed()).extracting(Problem::line, Problem::field)
                    .containsExactly(tuple(1, "mood"));

            ImportProblems repeated = new ImportProblems();
            assertThat(read("record,start,start\n", repeated)).isEmpty();
            assertThat(repeated.listed()).extracting(Problem::messageKey)
                    .containsExactly("diary.csv.repeated-column");

            ImportProblems noRecord = new ImportProblems();
            assertThat(read("start,peakPain\n2026-02-03T08:00:00+01:00,4\n", noRecord)).isEmpty();
            assertThat(noRecord.listed()).extracting(Problem::messageKey)
                    .containsExactly("diary.csv.no-record-column");
        }

        @Test
        void namesQuotesOutOfPlaceAndAQuoteNeverClosed() {
            ImportProblems problems = new ImportProblems();
            List<Row> rows = read("record,notes\nATTACK,say \"hi\"\nATTACK,\"closed\" then more\n"
                    + "DAY,\"never closed\nDAY,x\n", problems);

            assertThat(rows).isEmpty();
            assertThat(problems.listed()).extracting(Problem::line, Problem::messageKey).containsExactly(
                    tuple(2, "diary.csv.stray-quote"), tuple(3, "diary.csv.stray-quote"),
                    tuple(4, "diary.csv.open-quote"));
        }

        @Test
        void refusesAFileTooLargeNotUtf8WithTooManyRowsOrEmpty() {
            ImportProblems large = new ImportProblems();
            assertThat(DiaryCsv.read(new byte[DiaryCsv.MAX_BYTES + 1], large)).isEmpty();
            assertThat(large.listed()).extracting(Problem::line, Problem::field, Problem::messageKey)
                    .containsExactly(tuple(null, "file", "diary.csv.too-large"));

            ImportProblems latin1 = new ImportProblems();
            assertThat(DiaryCsv.read("record,notes\nDAY,F\u00f6hn\n".getBytes(StandardCharsets.ISO_8859_1),
                    latin1)).isEmpty();
            assertThat(latin1.listed()).extracting(Problem::messageKey).containsExactly("diary.csv.not-utf8");

            ImportProblems many = new ImportProblems();
            assertThat(read("record,date\n" + "DAY,2026-01-01\n".repeat(DiaryCsv.MAX_ROWS + 1), many)).isEmpty();
            assertThat(many.listed()).extracting(Problem::messageKey).containsExactly("diary.csv.too-many-rows");

            ImportProblems empty = new ImportProblems();
            assertThat(read(HEADER, empty)).isEmpty();
            assertThat(empty.listed()).extracting(Problem::messageKey).containsExactly("diary.csv.empty");
        }
    }

    @Nested
    class Cells {

        @Test
        void aBackslashMakesSeparatorsPlainAndSplittingKeepsItsEscapes() {
            assertThat(DiaryCsv.escape("a|b;c\\d")).isEqualTo("a\\|b\\;c\\\\d");
            assertThat(DiaryCsv.split("x\\|y|z", '|')).containsExactly("x\\|y", "z");
            assertThat(DiaryCsv.unescape("x\\|y\\\\")).isEqualTo("x|y\\");
            assertThat(DiaryCsv.split(null, '|')).isEmpty();
        }

        @Test
        void theFormulaGuardIsTakenAwayExactlyOnce() {
            for (String text : List.of("=A1", "+1", "-1", "@x", "\tx", "'x", "''=x", "plain", "'")) {
                assertThat(DiaryCsv.unguard(DiaryCsv.guard(text))).as(text).isEqualTo(text);
            }
            assertThat(DiaryCsv.guard("=A1")).isEqualTo("'=A1");
            assertThat(DiaryCsv.guard("plain")).isEqualTo("plain");
            assertThat(DiaryCsv.unguard("'plain")).isEqualTo("'plain");
        }
    }
}
