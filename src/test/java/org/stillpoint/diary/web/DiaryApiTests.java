package org.stillpoint.diary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stillpoint.diary.web.DiaryRequests.as;
import static org.stillpoint.diary.web.DiaryRequests.id;
import static org.stillpoint.diary.web.DiaryRequests.postAttack;
import static org.stillpoint.diary.web.DiaryRequests.putDay;
import static org.stillpoint.diary.web.DiaryRequests.signUp;
import static org.stillpoint.diary.web.DiaryRequests.summary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;

/**
 * The diary API on the demo clinic (DESIGN §6): recording attacks and days, the refusals (which save nothing), the
 * figures, and who may see a diary.
 */
@DemoClinicTest
class DiaryApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    /** An attack of the shape DESIGN §6 gives, {@code daysAgo} days back in the client's zone, 08:00–15:30. */
    static String fullAttack(ZoneId zone, int daysAgo) {
        ZonedDateTime start = LocalDate.now(zone).minusDays(daysAgo).atTime(8, 0).atZone(zone);
        return """
                { "start": "%s", "end": "%s", "fellAsleep": false,
                  "peakPain": 7, "side": "LEFT", "quality": "PULSATING", "worseWithActivity": true,
                  "nausea": "MODERATE", "vomiting": false, "photophobia": true, "phonophobia": true,
                  "aura": [ { "type": "VISUAL", "positive": true, "minutes": 20, "side": "LEFT" } ],
                  "medicines": [ { "product": "sumatriptan 50 mg", "drugClass": "TRIPTAN",
                                   "takenAt": "%s", "effect": "PARTIAL" } ],
                  "triggers": ["POOR_SLEEP", "SKIPPED_MEAL"], "selfCare": ["COLD_PACK", "DARK_ROOM"], "notes": "" }"""
                .formatted(start.toOffsetDateTime(), start.plusHours(7).plusMinutes(30).toOffsetDateTime(),
                        start.plusHours(1).toOffsetDateTime());
    }

    ZoneId zoneOf(String client) {
        return ZoneId.of(Json.read(mvc.get().uri("/api/v1/clients/{id}/diary/settings", id(client))
                .with(as(client)).exchange(), "$.zone"));
    }

    long attacksOf(String client) {
        return jdbc.sql("SELECT COUNT(*) FROM diary_attack WHERE client_id = CAST(? AS UUID) AND deleted_at IS NULL")
                .param(id(client)).query(Long.class).single();
    }

    @Nested
    class Attacks {

        @Test
        void theClientRecordsAnAttackWithEveryDetailAndReadsItBack() {
            String client = signUp(mvc, "full");
            MvcTestResult created = postAttack(mvc, id(client), as(client), fullAttack(zoneOf(client), 3));

            assertThat(created).hasStatus(201);
            String attack = Json.read(created, "$.id");
            assertThat(created.getResponse().getHeader("Location")).endsWith("/diary/attacks/" + attack);
            assertThat(Json.<Boolean>read(created, "$.complete")).isTrue();
            assertThat(Json.<String>read(created, "$.intensity")).isEqualTo("SEVERE");
            assertThat(Json.<String>read(created, "$.medicines[0].drugClass")).isEqualTo("TRIPTAN");
            assertThat(Json.<List<String>>read(created, "$.triggers")).containsExactly("POOR_SLEEP", "SKIPPED_MEAL");

            MvcTestResult read = mvc.get().uri("/api/v1/clients/{id}/diary/attacks/{a}", id(client), attack)
                    .with(as(client)).exchange();
            assertThat(read).hasStatusOk();
            assertThat(Json.<Integer>read(read, "$.aura[0].minutes")).isEqualTo(20);
            assertThat(Json.<List<String>>read(read, "$.selfCare")).containsExactly("COLD_PACK", "DARK_ROOM");
        }

        @Test
        void aThreeTapEntryIsKeptAsStillGoingAndIncomplete() {
            String client = signUp(mvc, "quick");
            MvcTestResult created = postAttack(mvc, id(client), as(client), """
                    {"start":"%s","peakPain":6}""".formatted(OffsetDateTime.now().minusMinutes(30)));

            assertThat(created).hasStatus(201);
            assertThat(Json.<Boolean>read(created, "$.stillGoing")).isTrue();
            assertThat(Json.<Boolean>read(created, "$.complete")).isFalse();
            assertThat(Json.<List<String>>read(created, "$.missing")).contains("end", "side", "nausea");
            assertThat(Json.<String>read(created, "$.intensity")).isEqualTo("MODERATE");
        }

        @Test
        void anOverlappingAttackIsRefusedWith409AndNothingIsSaved() {
            String client = signUp(mvc, "overlap");
            ZoneId zone = zoneOf(client);
            assertThat(postAttack(mvc, id(client), as(client), fullAttack(zone, 2))).hasStatus(201);
            ZonedDateTime noon = LocalDate.now(zone).minusDays(2).atTime(12, 0).atZone(zone);

            MvcTestResult refused = postAttack(mvc, id(client), as(client), """
                    {"start":"%s","end":"%s","peakPain":5}""".formatted(noon.toOffsetDateTime(),
                    noon.plusHours(6).toOffsetDateTime()));

            assertThat(refused).hasStatus(409);
            assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(Json.<String>read(refused, "$.type")).endsWith("attack-overlaps");
            assertThat(attacksOf(client)).isEqualTo(1);
        }

        @Test
        void aStillGoingAttackOverlapsEverythingAfterItsStart() {
            String client = signUp(mvc, "going");
            assertThat(postAttack(mvc, id(client), as(client), """
                    {"start":"%s","intensity":"MILD"}""".formatted(OffsetDateTime.now().minusHours(5))))
                    .hasStatus(201);

            assertThat(postAttack(mvc, id(client), as(client), """
                    {"start":"%s","end":"%s","peakPain":3}""".formatted(OffsetDateTime.now().minusHours(2),
                    OffsetDateTime.now().minusHours(1)))).hasStatus(409);
            assertThat(attacksOf(client)).isEqualTo(1);
        }

        @Test
        void badInputIsRefusedWith400NamingEachFieldAndNothingIsSaved() {
            String client = signUp(mvc, "bad");
            OffsetDateTime start = OffsetDateTime.now().minusDays(1);
            MvcTestResult refused = postAttack(mvc, id(client), as(client), """
                    {"start":"%s","end":"%s","peakPain":11,"triggers":["FULL_MOON"],"areas":["ELBOW"],
                     "medicines":[{"product":"something unusual"}]}""".formatted(start, start.minusHours(1)));

            assertThat(refused).hasStatus(400);
            assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(Json.<List<String>>read(refused, "$.errors[*].field")).contains("end", "peakPain",
                    "triggers[0]", "areas[0]", "medicines[0].drugClass");
            assertThat(attacksOf(client)).isZero();

            assertThat(postAttack(mvc, id(client), as(client), """
                    {"start":"%s","peakPain":4}""".formatted(OffsetDateTime.now().plusHours(3)))).hasStatus(400);
            assertThat(postAttack(mvc, id(client), as(client), """
                    {"start":"%s","peakPain":4,"medicines":[{"product":"x","drugClass":"HERBAL"}]}"""
                    .formatted(start))).hasStatus(400);
            assertThat(postAttack(mvc, id(client), as(client), "{\"start\":\"yesterday\"}")).hasStatus(400);
            assertThat(attacksOf(client)).isZero();
        }

        @Test
        void aKnownProductGetsItsDrugClassWhenTheClientGivesNone() {
            String client = signUp(mvc, "product");
            OffsetDateTime start = OffsetDateTime.now().minusDays(1);
            MvcTestResult created = postAttack(mvc, id(client), as(client), """
                    {"start":"%s","end":"%s","peakPain":5,
                     "medicines":[{"product":"Ibuprofen 400","takenAt":"%s","effect":"PAIN_FREE"}]}"""
                    .formatted(start, start.plusHours(3), start.plusMinutes(20)));

            assertThat(created).hasStatus(201);
            assertThat(Json.<String>read(created, "$.medicines[0].drugClass")).isEqualTo("NON_OPIOID_ANALGESIC");
        }

        @Test
        void anEditKeepsTheEarlierVersionAndAStaleEditIsRefused() {
            String client = signUp(mvc, "edit");
            MvcTestResult created = postAttack(mvc, id(client), as(client), """
                    {"start":"%s","peakPain":6}""".formatted(OffsetDateTime.now().minusHours(4)));
            String attack = Json.read(created, "$.id");
            String changed = """
                    {"version":1,"start":"%s","end":"%s","peakPain":8,"side":"RIGHT"}"""
                    .formatted(OffsetDateTime.now().minusHours(4), OffsetDateTime.now().minusHours(1));

            MvcTestResult edited = mvc.put().uri("/api/v1/clients/{id}/diary/attacks/{a}", id(client), attack)
                    .with(as(client)).contentType(MediaType.APPLICATION_JSON).content(changed).exchange();
            assertThat(edited).hasStatusOk();
            assertThat(Json.<Integer>read(edited, "$.version")).isEqualTo(2);
            assertThat(Json.<Integer>read(edited, "$.peakPain")).isEqualTo(8);

            MvcTestResult revisions = mvc.get().uri("/api/v1/clients/{id}/diary/attacks/{a}/revisions", id(client),
                    attack).with(as(client)).exchange();
            assertThat(Json.<List<Integer>>read(revisions, "$[*].version")).containsExactly(1);
            assertThat(Json.<Integer>read(revisions, "$[0].entry.peakPain")).isEqualTo(6);

            assertThat(mvc.put().uri("/api/v1/clients/{id}/diary/attacks/{a}", id(client), attack).with(as(client))
                    .contentType(MediaType.APPLICATION_JSON).content(changed).exchange()).hasStatus(409);
        }

        @Test
        void aDeletedAttackIsGoneFromTheDiaryButItsVersionsAreKept() {
            String client = signUp(mvc, "delete");
            String attack = Json.read(postAttack(mvc, id(client), as(client), """
                    {"start":"%s","end":"%s","peakPain":6}""".formatted(OffsetDateTime.now().minusHours(4),
                    OffsetDateTime.now().minusHours(3))), "$.id");

            assertThat(mvc.delete().uri("/api/v1/clients/{id}/diary/attacks/{a}", id(client), attack)
                    .with(as(client)).exchange()).hasStatus(204);
            assertThat(mvc.get().uri("/api/v1/clients/{id}/diary/attacks/{a}", id(client), attack)
                    .with(as(client)).exchange()).hasStatus(404);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM diary_attack_revision WHERE attack_id = CAST(? AS UUID)"
                    + " AND deleted").param(attack).query(Long.class).single()).isEqualTo(1);
        }
    }

    @Nested
    class Days {

        @Test
        void theClientChecksInADayAndAFutureDayIsRefused() {
            String client = signUp(mvc, "days");
            LocalDate today = LocalDate.now(zoneOf(client));

            MvcTestResult day = putDay(mvc, id(client), as(client), today.toString(),
                    "{\"status\":\"HEADACHE_FREE\"}");
            assertThat(day).hasStatusOk();
            assertThat(Json.<String>read(day, "$.status")).isEqualTo("HEADACHE_FREE");

            MvcTestResult future = putDay(mvc, id(client), as(client), today.plusDays(1).toString(),
                    "{\"status\":\"HEADACHE\"}");
            assertThat(future).hasStatus(400);
            assertThat(Json.<List<String>>read(future, "$.errors[*].field")).containsExactly("day");
            assertThat(putDay(mvc, id(client), as(client), today.toString(), "{}")).hasStatus(400);
            assertThat(putDay(mvc, id(client), as(client), today.toString(), "{\"status\":\"SORT_OF\"}"))
                    .hasStatus(400);
        }

        @Test
        void aDayWithAnAttackCannotBeHeadacheFreeAndAnAttackTurnsAHeadacheFreeDayIntoAHeadacheDay() {
            String client = signUp(mvc, "attackday");
            ZoneId zone = zoneOf(client);
            LocalDate day = LocalDate.now(zone).minusDays(2);
            assertThat(putDay(mvc, id(client), as(client), day.toString(), "{\"status\":\"HEADACHE_FREE\"}"))
                    .hasStatusOk();

            assertThat(postAttack(mvc, id(client), as(client), fullAttack(zone, 2))).hasStatus(201);

            assertThat(jdbc.sql("SELECT status FROM diary_day WHERE client_id = CAST(? AS UUID) AND diary_date = ?")
                    .params(id(client), day).query(String.class).single()).isEqualTo("HEADACHE");
            MvcTestResult refused = putDay(mvc, id(client), as(client), day.toString(),
                    "{\"status\":\"HEADACHE_FREE\"}");
            assertThat(refused).hasStatus(409);
            assertThat(Json.<String>read(refused, "$.type")).endsWith("day-has-attack");
        }
    }

    @Nested
    class Figures {

        @Test
        void theSummaryCountsHeadacheMigraineAndMedicationDaysPer28WhenEnoughDaysAreRecorded() {
            String client = signUp(mvc, "figures");
            ZoneId zone = zoneOf(client);
            LocalDate to = LocalDate.now(zone).minusDays(1);
            LocalDate from = to.minusDays(27);
            // 24 of 28 days recorded (86 %): 21 headache-free, three with a full migraine attack.
            for (int back = 0; back < 24; back++) {
                if (back != 3 && back != 10 && back != 17) {
                    assertThat(putDay(mvc, id(client), as(client), to.minusDays(back).toString(),
                            "{\"status\":\"HEADACHE_FREE\"}")).hasStatusOk();
                }
            }
            for (int back : new int[] {3, 10, 17}) {
                assertThat(postAttack(mvc, id(client), as(client), fullAttack(zone, back + 1))).hasStatus(201);
            }

            MvcTestResult figures = summary(mvc, id(client), as(client), from.toString(), to.toString());

            assertThat(figures).hasStatusOk();
            assertThat(Json.<Integer>read(figures, "$.days")).isEqualTo(28);
            assertThat(Json.<Integer>read(figures, "$.recordedDays")).isEqualTo(24);
            assertThat(Json.<Integer>read(figures, "$.headacheDays")).isEqualTo(3);
            assertThat(Json.<Integer>read(figures, "$.migraineDays")).isEqualTo(3);
            assertThat(Json.<Integer>read(figures, "$.acuteMedicationDays")).isEqualTo(3);
            assertThat(Json.<Integer>read(figures, "$.acuteMedicationDaysByClass.TRIPTAN")).isEqualTo(3);
            assertThat(Json.<Double>read(figures, "$.migraineDaysPer28")).isEqualTo(3.5);
            assertThat(Json.<Double>read(figures, "$.headacheDaysPer28")).isEqualTo(3.5);
            assertThat(Json.<Boolean>read(figures, "$.sufficient")).isTrue();
            assertThat(Json.<Object>read(figures, "$.insufficientData")).isNull();
        }

        @Test
        void tooFewRecordedDaysGiveNoPer28FiguresAndSaySo() {
            String client = signUp(mvc, "sparse");
            ZoneId zone = zoneOf(client);
            LocalDate to = LocalDate.now(zone).minusDays(1);
            for (int back = 0; back < 20; back++) {
                putDay(mvc, id(client), as(client), to.minusDays(back).toString(), "{\"status\":\"HEADACHE\"}");
            }

            MvcTestResult figures = summary(mvc, id(client), as(client), to.minusDays(27).toString(), to.toString());

            assertThat(figures).hasStatusOk();
            assertThat(Json.<Integer>read(figures, "$.recordedDays")).isEqualTo(20);
            assertThat(Json.<Integer>read(figures, "$.headacheDays")).isEqualTo(20);
            assertThat(Json.<Object>read(figures, "$.headacheDaysPer28")).isNull();
            assertThat(Json.<Object>read(figures, "$.migraineDaysPer28")).isNull();
            assertThat(Json.<Boolean>read(figures, "$.sufficient")).isFalse();
            assertThat(Json.<String>read(figures, "$.insufficientData")).contains("20 of 28", "80 %");
        }

        @Test
        void aWindowBackwardsOrTooLongIsRefused() {
            String client = signUp(mvc, "window");
            assertThat(summary(mvc, id(client), as(client), "2026-03-10", "2026-03-01")).hasStatus(400);
            assertThat(summary(mvc, id(client), as(client), "2019-01-01", "2026-03-01")).hasStatus(400);
            assertThat(summary(mvc, id(client), as(client), "2026-13-01", "2026-03-01")).hasStatus(400);
        }

        @Test
        void aLastDayFurtherBackThanTheDiaryKeepsIsRefusedNamingIt() {
            String client = signUp(mvc, "ancient");
            for (String what : List.of("summary", "days", "attacks")) {
                MvcTestResult answer = mvc.get().uri("/api/v1/clients/{id}/diary/" + what + "?to=-999999999-01-01",
                        id(client)).with(as(client)).exchange();
                assertThat(answer).as(what).hasStatus(400);
                assertThat(Json.<List<String>>read(answer, "$.errors[*].field")).as(what).containsExactly("to");
            }
        }
    }

    @Nested
    class WhoMaySee {

        @Test
        void anotherClientGets404ForEverythingAndLearnsNothing() {
            String owner = signUp(mvc, "mine");
            String other = signUp(mvc, "nosy");
            String attack = Json.read(postAttack(mvc, id(owner), as(owner), """
                    {"start":"%s","end":"%s","peakPain":6}""".formatted(OffsetDateTime.now().minusHours(4),
                    OffsetDateTime.now().minusHours(3))), "$.id");

            assertThat(summary(mvc, id(owner), as(other), "2026-01-01", "2026-01-28")).hasStatus(404);
            assertThat(mvc.get().uri("/api/v1/clients/{id}/diary/attacks/{a}", id(owner), attack).with(as(other))
                    .exchange()).hasStatus(404);
            assertThat(mvc.get().uri("/api/v1/clients/{id}/diary/attacks", id(owner)).with(as(other)).exchange())
                    .hasStatus(404);
            assertThat(postAttack(mvc, id(owner), as(other), "{\"start\":\"%s\",\"peakPain\":3}"
                    .formatted(OffsetDateTime.now().minusDays(3)))).hasStatus(404);
            assertThat(putDay(mvc, id(owner), as(other), LocalDate.now().minusDays(5).toString(),
                    "{\"status\":\"HEADACHE\"}")).hasStatus(404);
            assertThat(mvc.get().uri("/api/v1/clients/{id}/diary/attacks/{a}", id(other), attack).with(as(other))
                    .exchange()).as("someone else's attack under one's own diary").hasStatus(404);
            assertThat(attacksOf(owner)).isEqualTo(1);
        }

        @Test
        void theFrontDeskAndATherapistWithoutCareGet404() {
            String client = signUp(mvc, "private");
            assertThat(summary(mvc, id(client), Demo.basic(Demo.DESK), "2026-01-01", "2026-01-28")).hasStatus(404);
            assertThat(summary(mvc, id(client), Demo.basic(Demo.THERAPIST), "2026-01-01", "2026-01-28"))
                    .hasStatus(404);
        }

        @Test
        void theTherapistSeesTheDiaryOnlyWhileTheClientSharesItAndEveryReadIsAudited() {
            String claire = Json.read(mvc.get().uri("/api/v1/me").with(Demo.basic(Demo.CLIENT)).exchange(),
                    "$.clientId");
            try {
                share(claire, false);
                assertThat(summary(mvc, claire, Demo.basic(Demo.THERAPIST), "2026-01-01", "2026-01-28"))
                        .hasStatus(404);

                share(claire, true);
                long before = audited(claire);
                assertThat(summary(mvc, claire, Demo.basic(Demo.THERAPIST), "2026-01-01", "2026-01-28"))
                        .hasStatusOk();
                assertThat(audited(claire)).isEqualTo(before + 1);
                assertThat(postAttack(mvc, claire, Demo.basic(Demo.THERAPIST), "{\"start\":\"%s\",\"peakPain\":3}"
                        .formatted(OffsetDateTime.now().minusDays(400)))).as("staff do not write a diary")
                        .hasStatus(403);
            } finally {
                share(claire, true);
            }
        }

        @Test
        void listingTheAttacksWithoutAWindowIsOneAuditedRead() {
            String claire = Json.read(mvc.get().uri("/api/v1/me").with(Demo.basic(Demo.CLIENT)).exchange(),
                    "$.clientId");
            long before = audited(claire);
            assertThat(mvc.get().uri("/api/v1/clients/{id}/diary/attacks", claire).with(Demo.basic(Demo.OWNER))
                    .exchange()).hasStatusOk();
            assertThat(audited(claire)).as("one request, one read").isEqualTo(before + 1);
        }

        @Test
        void theOwnerReadsTheDiaryAudited() {
            String client = signUp(mvc, "owned");
            assertThat(summary(mvc, id(client), Demo.basic(Demo.OWNER), "2026-01-01", "2026-01-28"))
                    .hasStatusOk();
            assertThat(jdbc.sql("""
                            SELECT COUNT(*) FROM audit_log WHERE record_type = 'diary' AND record_id = ?""")
                    .param(id(client)).query(Long.class).single()).isPositive();
        }

        private void share(String client, boolean share) {
            DiaryRequests.claireShares(mvc, share);
        }

        private long audited(String client) {
            return DiaryRequests.auditedReads(jdbc, client);
        }
    }
}
