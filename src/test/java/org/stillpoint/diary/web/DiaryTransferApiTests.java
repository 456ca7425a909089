package org.stillpoint.diary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stillpoint.diary.web.DiaryRequests.as;
import static org.stillpoint.diary.web.DiaryRequests.id;
import static org.stillpoint.diary.web.DiaryRequests.postAttack;
import static org.stillpoint.diary.web.DiaryRequests.putDay;
import static org.stillpoint.diary.web.DiaryRequests.signUp;
import static org.stillpoint.diary.web.DiaryRequests.summary;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import tools.jackson.databind.json.JsonMapper;

/**
 * The diary as a CSV file through the API (docs/diary-csv.md): a diary with every field in use goes out and back in
 * without losing anything; a file with problems is refused whole with every problem by line; and who may export and
 * import.
 */
@DemoClinicTest
class DiaryTransferApiTests {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    ZoneId zoneOf(String client) {
        return DiaryRequests.zoneOf(mvc, client);
    }

    MvcTestResult export(String client, RequestPostProcessor caller) {
        return mvc.get().uri("/api/v1/clients/{id}/diary/export.csv", client).with(caller).exchange();
    }

    MvcTestResult importCsv(String client, RequestPostProcessor caller, String csv, boolean dryRun) {
        return mvc.post().uri("/api/v1/clients/{id}/diary/import?dryRun={dry}", client, dryRun).with(caller)
                .contentType(CSV).content(csv.getBytes(StandardCharsets.UTF_8)).exchange();
    }

    long rowsOf(String client) {
        return DiaryRequests.entriesOf(jdbc, client);
    }

    static String json(Map<String, Object> attack) {
        return JSON.writeValueAsString(attack);
    }

    static Map<String, Object> attack(ZonedDateTime start, ZonedDateTime end, Object... fields) {
        Map<String, Object> attack = new LinkedHashMap<>();
        attack.put("start", start.toOffsetDateTime().toString());
        if (end != null) {
            attack.put("end", end.toOffsetDateTime().toString());
        }
        for (int i = 0; i < fields.length; i += 2) {
            attack.put((String) fields[i], fields[i + 1]);
        }
        return attack;
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** A diary with every field in use, texts that a CSV file and its lists must escape, an attack still going. */
    void keepAFullDiary(String client) {
        ZoneId zone = zoneOf(client);
        assertThat(mvc.put().uri("/api/v1/clients/{id}/diary/settings", id(client)).with(as(client))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"zone":"%s","reminder":false,"reminderAt":"20:00","tracksMenstruation":true}"""
                        .formatted(zone.getId())).exchange()).hasStatusOk();
        LocalDate today = LocalDate.now(zone);
        ZonedDateTime tenDaysAgo = today.minusDays(10).atTime(8, 0).atZone(zone);
        List<Map<String, Object>> attacks = new ArrayList<>();
        attacks.add(attack(tenDaysAgo, tenDaysAgo.plusHours(7).plusMinutes(30), "fellAsleep", false,
                "peakPain", 7, "intensity", "SEVERE", "side", "LEFT", "areas", List.of("SUBOCCIPITALS", "NECK"),
                "quality", "PULSATING", "worseWithActivity", true, "nausea", "MODERATE", "vomiting", false,
                "photophobia", true, "phonophobia", true,
                "aura", List.of(map("type", "VISUAL", "positive", true, "minutes", 20, "side", "LEFT"),
                        map("type", "SENSORY", "positive", false), map("type", "SPEECH")),
                "medicines", List.of(
                        map("product", "sumatriptan 50 mg", "drugClass", "TRIPTAN",
                                "takenAt", tenDaysAgo.plusHours(1).toOffsetDateTime().toString(),
                                "effect", "PARTIAL"),
                        map("product", "Ibuprofen 400", "drugClass", "NON_OPIOID_ANALGESIC"),
                        map("product", "Tropfen; \"Hausmarke\" | 5 ml \\ täglich", "drugClass", "OTHER",
                                "effect", "NONE")),
                "triggers", List.of("POOR_SLEEP", "SKIPPED_MEAL"),
                "ownTriggers", List.of("=SUM(A1)", "red wine, then cheese", "the \"big\" meeting",
                        "line one\nline two", "Föhn wind ☁ 偏头痛", "pipe | semicolon ; backslash \\", "'quoted"),
                "selfCare", List.of("COLD_PACK", "DARK_ROOM", "SKULL_BASE_PRESSURE"),
                "stopped", List.of("WORK_OR_SCHOOL", "SOCIAL"),
                "notes", "She said \"rest\", so I did.\r\nSecond line, with a comma; a | pipe\nThird — 😴"));
        ZonedDateTime sevenNightsAgo = today.minusDays(7).atTime(23, 0).atZone(zone);
        attacks.add(attack(sevenNightsAgo, sevenNightsAgo.plusHours(8), "fellAsleep", true,
                "intensity", "MODERATE", "side", "BOTH", "quality", "PRESSING", "worseWithActivity", false,
                "nausea", "NONE", "vomiting", false, "photophobia", false, "phonophobia", true,
                "notes", "-began after the late shift"));
        ZonedDateTime fourDaysAgo = today.minusDays(4).atTime(14, 0).atZone(zone);
        attacks.add(attack(fourDaysAgo, fourDaysAgo.plusHours(4), "peakPain", 3,
                "medicines", List.of(map("drugClass", "TRIPTAN", "effect", "NONE"))));
        attacks.add(attack(ZonedDateTime.now(zone).minusHours(2).minusNanos(123_456_000), null, "peakPain", 6));
        for (Map<String, Object> attack : attacks) {
            assertThat(postAttack(mvc, id(client), as(client), json(attack))).as(json(attack)).hasStatus(201);
        }
        for (int back : new int[] {20, 19, 18, 15}) {
            assertThat(putDay(mvc, id(client), as(client), today.minusDays(back).toString(), json(map(
                    "status", "HEADACHE_FREE", "menstruation", back == 20 ? false : null,
                    "note", back == 15 ? "+1 good day, \"really\"" : null)))).hasStatusOk();
        }
        for (int back : new int[] {12, 10, 7}) {
            assertThat(putDay(mvc, id(client), as(client), today.minusDays(back).toString(), json(map(
                    "status", "HEADACHE", "menstruation", back == 12 ? true : null,
                    "note", back == 12 ? "Cramps, \"bad\"\nslept early" : null)))).hasStatusOk();
        }
    }

    @Nested
    class RoundTrip {

        @Test
        void aDiaryWithEveryFieldGoesOutAndBackInWithoutLosingAnything() {
            String first = signUp(mvc, "roundtrip");
            String second = signUp(mvc, "fresh");
            keepAFullDiary(first);

            MvcTestResult exported = export(id(first), as(first));
            assertThat(exported).hasStatusOk();
            assertThat(exported.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
            assertThat(exported.getResponse().getHeader("Content-Disposition"))
                    .startsWith("attachment; filename=\"headache-diary-").endsWith(".csv\"");
            String csv = Json.body(exported);
            assertThat(csv).startsWith("record,date,status,menstruation,start,end,").contains("偏头痛", "😴");
            assertThat(csv.split("\r\n", -1)).as("header, 4 attacks, 7 days and line breaks inside cells")
                    .hasSizeGreaterThan(12);

            MvcTestResult dryRun = importCsv(id(second), as(second), csv, true);
            assertThat(dryRun).hasStatusOk();
            assertThat(Json.<Boolean>read(dryRun, "$.imported")).isFalse();
            assertThat(Json.<Integer>read(dryRun, "$.attacks")).isEqualTo(4);
            assertThat(Json.<Integer>read(dryRun, "$.days")).isEqualTo(7);
            assertThat(rowsOf(second)).as("a dry run saves nothing").isZero();

            MvcTestResult imported = importCsv(id(second), as(second), csv, false);
            assertThat(imported).hasStatusOk();
            assertThat(Json.<Boolean>read(imported, "$.imported")).isTrue();
            LocalDate today = LocalDate.now(zoneOf(first));
            assertThat(Json.<String>read(imported, "$.from")).isEqualTo(today.minusDays(20).toString());
            assertThat(Json.<String>read(imported, "$.to")).isEqualTo(today.toString());

            assertThat(Json.body(export(id(second), as(second)))).isEqualTo(csv);
            String from = today.minusDays(27).toString();
            String summaryOfFirst = Json.body(summary(mvc, id(first), as(first), from, today.toString()));
            assertThat(Json.<Integer>read(summaryOfFirst, "$.headacheDays")).isPositive();
            assertThat(Json.body(summary(mvc, id(second), as(second), from, today.toString())))
                    .isEqualTo(summaryOfFirst);
            assertThat(Json.body(mvc.get().uri("/api/v1/clients/{id}/diary/days?from={f}&to={t}", id(second), from,
                    today).with(as(second)).exchange())).isEqualTo(Json.body(mvc.get()
                    .uri("/api/v1/clients/{id}/diary/days?from={f}&to={t}", id(first), from, today).with(as(first))
                    .exchange()));

            MvcTestResult again = importCsv(id(second), as(second), csv, false);
            assertThat(again).as("the same file twice overlaps itself").hasStatus(400);
            assertThat(Json.<List<Integer>>read(again, "$.errors[*].line")).hasSize(4 + 7);
        }
        @Test
        void headacheFreeDaysOfTheDiaryThatAnImportedAttackTouchesBecomeHeadacheDays() {
            String client = signUp(mvc, "markdays");
            ZoneId zone = zoneOf(client);
            LocalDate first = LocalDate.now(zone).minusDays(4);
            for (LocalDate day : List.of(first, first.plusDays(1), first.plusDays(2))) {
                assertThat(putDay(mvc, id(client), as(client), day.toString(), "{\"status\":\"HEADACHE_FREE\"}"))
                        .hasStatusOk();
            }
            ZonedDateTime start = first.atTime(20, 0).atZone(zone);
            String csv = "record,start,end,peakPain\n"
                    + "ATTACK,%s,%s,4\n".formatted(start.toOffsetDateTime(), start.plusHours(8).toOffsetDateTime());

            assertThat(importCsv(id(client), as(client), csv, false)).hasStatusOk();

            assertThat(jdbc.sql("""
                            SELECT status FROM diary_day WHERE client_id = CAST(? AS UUID) ORDER BY diary_date""")
                    .param(id(client)).query(String.class).list())
                    .containsExactly("HEADACHE", "HEADACHE", "HEADACHE_FREE");
        }
    }

    @Nested
    class Refusals {

        @Test
        void everyBadRowIsReportedByLineAndReasonAndNothingIsStored() {
            String client = signUp(mvc, "badfile");
            OffsetDateTime start = OffsetDateTime.now().minusDays(3).withNano(0);
            String csv = "record,date,status,start,end,peakPain,medicines,notes\r\n"
                    + "ATTACK,,,%s,%s,5,,fine\r\n".formatted(start, start.plusHours(2))
                    + "ATTACK,,,%s,,11,,\r\n".formatted(start.minusDays(1))
                    + "ATTACK,,,%s,,4,drugClass=HERBAL,\"a note\r\nover two lines\"\r\n".formatted(start.minusDays(2))
                    + "DAY,2026-13-01,HEADACHE,,,,,\r\n"
                    + "SNACK,,,,,,,\r\n"
                    + "DAY,%s,HEADACHE,,,,,\r\n".formatted(LocalDate.now().plusDays(5));

            MvcTestResult refused = importCsv(id(client), as(client), csv, false);

            assertThat(refused).hasStatus(400);
            assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(Json.<String>read(refused, "$.type")).isEqualTo("urn:stillpoint:problem:invalid-diary-import");
            assertThat(Json.<List<Integer>>read(refused, "$.errors[*].line")).containsExactly(3, 4, 6, 7, 8);
            assertThat(Json.<List<String>>read(refused, "$.errors[*].field")).containsExactly("peakPain",
                    "medicines[0].drugClass", "date", "record", "date");
            assertThat(Json.<String>read(refused, "$.errors[0].message")).isEqualTo("Must be between 0 and 10.");
            assertThat(Json.<String>read(refused, "$.errors[1].message")).contains("TRIPTAN", "OTHER");
            assertThat(Json.<String>read(refused, "$.detail")).contains("5 problems", "Nothing was saved");
            assertThat(rowsOf(client)).isZero();

            assertThat(importCsv(id(client), as(client), csv, true)).hasStatus(400);
            assertThat(rowsOf(client)).isZero();
        }

        @Test
        void overlappingAttacksAreRefusedWithinTheFileAndAgainstTheDiary() {
            String client = signUp(mvc, "overlapfile");
            ZoneId zone = zoneOf(client);
            ZonedDateTime noon = LocalDate.now(zone).minusDays(2).atTime(12, 0).atZone(zone);
            assertThat(postAttack(mvc, id(client), as(client), json(attack(noon, noon.plusHours(2), "peakPain", 5))))
                    .hasStatus(201);
            String csv = "record,start,end,peakPain\n"
                    + "ATTACK,%s,%s,4\n".formatted(noon.minusDays(1).toOffsetDateTime(),
                    noon.minusDays(1).plusHours(3).toOffsetDateTime())
                    + "ATTACK,%s,%s,4\n".formatted(noon.minusDays(1).plusHours(1).toOffsetDateTime(),
                    noon.minusDays(1).plusHours(5).toOffsetDateTime())
                    + "ATTACK,%s,%s,4\n".formatted(noon.plusHours(1).toOffsetDateTime(),
                    noon.plusHours(4).toOffsetDateTime());

            MvcTestResult refused = importCsv(id(client), as(client), csv, false);

            assertThat(refused).hasStatus(400);
            assertThat(Json.<List<Integer>>read(refused, "$.errors[*].line")).containsExactly(3, 4);
            assertThat(Json.<String>read(refused, "$.errors[0].message")).contains("line 2");
            assertThat(Json.<String>read(refused, "$.errors[1].message"))
                    .contains(noon.toLocalDate() + " 12:00");
            assertThat(rowsOf(client)).as("only the attack recorded before").isEqualTo(1);
        }

        @Test
        void aDayAlreadyCheckedInIsAConflictOfItsLine() {
            String client = signUp(mvc, "dayconflict");
            LocalDate day = LocalDate.now(zoneOf(client)).minusDays(3);
            assertThat(putDay(mvc, id(client), as(client), day.toString(), "{\"status\":\"HEADACHE\"}"))
                    .hasStatusOk();

            MvcTestResult refused = importCsv(id(client), as(client),
                    "record,date,status\nDAY,%s,HEADACHE\nDAY,%s,HEADACHE\n".formatted(day.minusDays(1), day), false);

            assertThat(refused).hasStatus(400);
            assertThat(Json.<List<Integer>>read(refused, "$.errors[*].line")).containsExactly(3);
            assertThat(Json.<String>read(refused, "$.errors[0].message")).contains("checked in this day already");
            assertThat(rowsOf(client)).isEqualTo(1);
        }

        @Test
        void aFileTooLargeIsRefusedWithoutReadingItAll() {
            String client = signUp(mvc, "large");
            byte[] large = new byte[2 * 1024 * 1024 + 100];
            java.util.Arrays.fill(large, (byte) 'x');

            MvcTestResult refused = mvc.post().uri("/api/v1/clients/{id}/diary/import", id(client))
                    .with(as(client)).contentType(CSV).content(large).exchange();

            assertThat(refused).hasStatus(400);
            assertThat(Json.<List<String>>read(refused, "$.errors[*].field")).containsExactly("file");
            assertThat(Json.<String>read(refused, "$.errors[0].message")).contains("2 MB");
            assertThat(Json.<Object>read(refused, "$.errors[0].line")).isNull();
        }

        @Test
        void aBodyThatIsNotCsvIsRefusedWith415() {
            String client = signUp(mvc, "json");
            assertThat(mvc.post().uri("/api/v1/clients/{id}/diary/import", id(client)).with(as(client))
                    .contentType(MediaType.APPLICATION_JSON).content("{}").exchange()).hasStatus(415);
        }
    }

    @Nested
    class WhoMay {

        @Test
        void anotherClientGets404ForTheExportAndTheImport() {
            String owner = signUp(mvc, "owner");
            String other = signUp(mvc, "other");

            assertThat(export(id(owner), as(other))).hasStatus(404);
            assertThat(importCsv(id(owner), as(other), "record,date,status\nDAY,2026-01-01,HEADACHE\n", false))
                    .hasStatus(404);
            assertThat(importCsv(id(owner), as(other), "record,date,status\nDAY,2026-01-01,HEADACHE\n", true))
                    .hasStatus(404);
            assertThat(rowsOf(owner)).isZero();
        }

        @Test
        void staffWhoMayReadTheDiaryExportItAuditedButNeverImport() {
            String client = signUp(mvc, "staffread");
            LocalDate day = LocalDate.now(zoneOf(client)).minusDays(1);
            assertThat(putDay(mvc, id(client), as(client), day.toString(), "{\"status\":\"HEADACHE_FREE\"}"))
                    .hasStatusOk();
            long audited = audited(client);

            MvcTestResult exported = export(id(client), Demo.basic(Demo.OWNER));
            assertThat(exported).hasStatusOk();
            assertThat(Json.body(exported)).contains("DAY," + day + ",HEADACHE_FREE");
            assertThat(audited(client)).isEqualTo(audited + 1);

            String csv = "record,date,status\nDAY,%s,HEADACHE\n".formatted(day.minusDays(1));
            assertThat(importCsv(id(client), Demo.basic(Demo.OWNER), csv, false)).hasStatus(403);
            assertThat(importCsv(id(client), Demo.basic(Demo.OWNER), csv, true)).hasStatus(403);
            assertThat(export(id(client), Demo.basic(Demo.DESK))).hasStatus(404);
            assertThat(export(id(client), Demo.basic(Demo.THERAPIST))).as("no care relationship").hasStatus(404);
            assertThat(rowsOf(client)).isEqualTo(1);
        }

        private long audited(String client) {
            return jdbc.sql("""
                            SELECT COUNT(*) FROM audit_log WHERE record_type = 'diary' AND record_id = ?
                               AND action = 'READ' AND outcome = 'SUCCESS'""")
                    .param(id(client)).query(Long.class).single();
        }
    }
}
