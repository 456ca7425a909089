package org.stillpoint.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stillpoint.scheduling.SchedulingFixtures.MEDICAL_MASSAGE;
import static org.stillpoint.scheduling.SchedulingFixtures.NINA_ACCOUNT;
import static org.stillpoint.scheduling.SchedulingFixtures.THEO;
import static org.stillpoint.scheduling.SchedulingFixtures.at;
import static org.stillpoint.scheduling.SchedulingFixtures.availability;
import static org.stillpoint.scheduling.SchedulingFixtures.sessionType;
import static org.stillpoint.scheduling.SchedulingFixtures.therapist;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.scheduling.SchedulingTest;
import org.stillpoint.scheduling.TestDays;
import org.stillpoint.support.Demo;
import org.stillpoint.support.Json;
import tools.jackson.databind.json.JsonMapper;

/** Weekly hours, time off and closures through the API: who reads and changes them, and what availability makes of them. */
@SchedulingTest
class WorkingTimeApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Nested
    class WeeklyHours {

        @Test
        void theTherapistChangesTheirOwnWeekAndTheOwnerAnyoneElsesAudited() {
            String theo = therapist(mvc, THEO);
            MvcTestResult before = mvc.get().uri("/api/v1/therapists/{id}/working-hours", theo)
                    .with(Demo.basic(Demo.DESK)).exchange();
            assertThat(before).hasStatusOk();
            String original = "{\"hours\":" + JSON.writeValueAsString(Json.<List<Object>>read(before, "$.hours"))
                    + "}";
            assertThat(Json.<List<Object>>read(before, "$.hours")).hasSize(10);

            try {
                MvcTestResult changed = put(Demo.THERAPIST, theo, """
                        {"hours":[{"day":"SUNDAY","start":"10:00","end":"14:00"},
                                  {"day":"MONDAY","start":"13:00","end":"17:00"},
                                  {"day":"MONDAY","start":"08:00","end":"13:00"}]}""");

                assertThat(changed).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                        {"therapistId":"%s","hours":[{"day":"MONDAY","start":"08:00","end":"13:00"},
                         {"day":"MONDAY","start":"13:00","end":"17:00"},
                         {"day":"SUNDAY","start":"10:00","end":"14:00"}]}""".formatted(theo));
            } finally {
                assertThat(put(Demo.OWNER, theo, original)).hasStatusOk();
            }
            assertThat(Json.<List<Object>>read(mvc.get().uri("/api/v1/therapists/{id}/working-hours", theo)
                    .with(Demo.basic(Demo.THERAPIST)).exchange(), "$.hours")).hasSize(10);
            assertThat(jdbc.sql("""
                    SELECT COUNT(*) FROM audit_log WHERE record_type = 'working-hours' AND record_id = ?
                       AND action = 'UPDATE' AND actor_email IN (?, ?)""")
                    .params(theo, Demo.THERAPIST, Demo.OWNER).query(Long.class).single()).isEqualTo(2);
        }

        @Test
        void otherStaffReadTheWeekButDoNotChangeItAndClientsDoNotSeeIt() {
            String theo = therapist(mvc, THEO);
            String week = "{\"hours\":[{\"day\":\"SUNDAY\",\"start\":\"10:00\",\"end\":\"14:00\"}]}";

            assertThat(mvc.get().uri("/api/v1/therapists/{id}/working-hours", theo).with(Demo.basic(NINA_ACCOUNT)))
                    .hasStatusOk();
            assertThat(put(NINA_ACCOUNT, theo, week)).hasStatus(403);
            assertThat(put(Demo.DESK, theo, week)).hasStatus(403);
            assertThat(mvc.get().uri("/api/v1/therapists/{id}/working-hours", theo).with(Demo.basic(Demo.CLIENT)))
                    .hasStatus(403);
            assertThat(mvc.get().uri("/api/v1/therapists/{id}/working-hours", theo)).hasStatus(401);
            assertThat(Json.<List<Object>>read(mvc.get().uri("/api/v1/therapists/{id}/working-hours", theo)
                    .with(Demo.basic(Demo.DESK)).exchange(), "$.hours")).hasSize(10);
        }

        @Test
        void overlappingOrReversedEntriesAre400NamingEachOne() {
            String theo = therapist(mvc, THEO);

            MvcTestResult overlapping = put(Demo.OWNER, theo, """
                    {"hours":[{"day":"MONDAY","start":"09:00","end":"12:00"},
                              {"day":"TUESDAY","start":"09:00","end":"12:00"},
                              {"day":"MONDAY","start":"11:30","end":"13:00"}]}""");
            MvcTestResult reversed = put(Demo.OWNER, theo, """
                    {"hours":[{"day":"MONDAY","start":"12:00","end":"09:00"}]}""");
            MvcTestResult unknownDay = put(Demo.OWNER, theo, """
                    {"hours":[{"day":"SOMEDAY","start":"09:00","end":"12:00"}]}""");

            assertThat(overlapping).hasStatus(400);
            assertThat(Json.<List<String>>read(overlapping, "$.errors[*].field")).containsExactly("hours[2]");
            assertThat(Json.<List<String>>read(reversed, "$.errors[*].field")).containsExactly("hours[0].end");
            assertThat(unknownDay).hasStatus(400);
            assertThat(put(Demo.OWNER, "00000000-0000-0000-0000-000000000001", "{\"hours\":[]}")).hasStatus(404);
            assertThat(Json.<List<Object>>read(mvc.get().uri("/api/v1/therapists/{id}/working-hours", theo)
                    .with(Demo.basic(Demo.DESK)).exchange(), "$.hours")).hasSize(10);
        }

        private MvcTestResult put(String who, String therapist, String json) {
            return mvc.put().uri("/api/v1/therapists/{id}/working-hours", therapist).with(Demo.basic(who))
                    .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
        }
    }

    @Nested
    class TimeOff {

        @Test
        void wholeDaysAndLocalTimesReadBackInTheClinicsZoneAndCanBeRemoved() {
            String theo = therapist(mvc, THEO);

            MvcTestResult days = add(Demo.THERAPIST, theo, """
                    {"firstDay":"2027-05-16","lastDay":"2027-05-16","reason":"Family"}""");
            MvcTestResult hours = add(Demo.OWNER, theo, """
                    {"start":"2027-05-23T10:00","end":"2027-05-23T12:00"}""");

            assertThat(days).hasStatus(201).bodyJson().isLenientlyEqualTo("""
                    {"therapistId":"%s","start":"2027-05-16T00:00:00-07:00","end":"2027-05-17T00:00:00-07:00",
                     "firstDay":"2027-05-16","lastDay":"2027-05-16","reason":"Family"}""".formatted(theo));
            assertThat(hours).hasStatus(201).bodyJson().isLenientlyEqualTo("""
                    {"start":"2027-05-23T10:00:00-07:00","end":"2027-05-23T12:00:00-07:00"}""");
            MvcTestResult listed = mvc.get().uri("/api/v1/therapists/{id}/time-off", theo)
                    .param("from", "2027-05-01").param("to", "2027-05-31").with(Demo.basic(Demo.DESK)).exchange();
            assertThat(Json.<List<String>>read(listed, "$[*].id"))
                    .containsExactly(Json.read(days, "$.id"), Json.read(hours, "$.id"));

            String id = Json.read(days, "$.id");
            assertThat(mvc.delete().uri("/api/v1/therapists/{t}/time-off/{id}", theo, id)
                    .with(Demo.basic(Demo.THERAPIST))).hasStatus(204);
            assertThat(mvc.delete().uri("/api/v1/therapists/{t}/time-off/{id}", theo, id)
                    .with(Demo.basic(Demo.THERAPIST))).hasStatus(404);
            assertThat(mvc.delete().uri("/api/v1/therapists/{t}/time-off/{id}", theo, Json.read(hours, "$.id"))
                    .with(Demo.basic(Demo.OWNER))).hasStatus(204);
        }

        @Test
        void anotherTherapistNeitherReadsNorAddsTimeOff() {
            String theo = therapist(mvc, THEO);

            assertThat(mvc.get().uri("/api/v1/therapists/{id}/time-off", theo).with(Demo.basic(NINA_ACCOUNT)))
                    .hasStatus(403);
            assertThat(add(NINA_ACCOUNT, theo, "{\"firstDay\":\"2027-05-30\",\"lastDay\":\"2027-05-30\"}"))
                    .hasStatus(403);
            assertThat(add(Demo.DESK, theo, "{\"firstDay\":\"2027-05-30\",\"lastDay\":\"2027-05-30\"}"))
                    .hasStatus(403);
        }

        @Test
        void timeOffTakesItsHoursOutOfAvailability() {
            String theo = therapist(mvc, THEO);
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            LocalDate day = TestDays.next();

            MvcTestResult added = add(Demo.THERAPIST, theo, """
                    {"start":"%s","end":"%s","reason":"Dentist"}""".formatted(at(day, "10:00"), at(day, "12:00")));

            assertThat(added).hasStatus(201);
            List<OffsetDateTime> starts = theosStarts(massage, theo, day);
            assertThat(starts).contains(at(day, "09:00"), at(day, "13:30"))
                    .noneMatch(start -> start.isAfter(at(day, "09:00")) && start.isBefore(at(day, "13:30")));
        }

        @Test
        void badPeriodsAreRefusedNamingTheField() {
            String theo = therapist(mvc, THEO);

            MvcTestResult reversed = add(Demo.OWNER, theo, "{\"firstDay\":\"2027-05-02\",\"lastDay\":\"2027-05-01\"}");
            MvcTestResult both = add(Demo.OWNER, theo, """
                    {"firstDay":"2027-05-02","lastDay":"2027-05-02","start":"2027-05-02T10:00","end":"2027-05-02T11:00"}""");
            MvcTestResult mixed = add(Demo.OWNER, theo, """
                    {"start":"2027-05-02T10:00","end":"2027-05-02T11:00:00-07:00"}""");
            MvcTestResult nothing = add(Demo.OWNER, theo, "{}");

            assertThat(reversed).hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("lastDay");
            assertThat(both).hasStatus(400);
            assertThat(mixed).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("end");
            assertThat(Json.<List<String>>read(nothing, "$.errors[*].field")).containsExactly("start", "end");
        }

        private MvcTestResult add(String who, String therapist, String json) {
            return mvc.post().uri("/api/v1/therapists/{id}/time-off", therapist).with(Demo.basic(who))
                    .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
        }
    }

    @Nested
    class Closures {

        @Test
        void theOwnerClosesADayEveryoneSeesItAndNothingIsOfferedThen() {
            LocalDate day = TestDays.next();
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            assertThat(availability(mvc, null, massage, day, day)).isNotEmpty();

            MvcTestResult closed = mvc.post().uri("/api/v1/closures").with(Demo.basic(Demo.OWNER))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"date\":\"%s\",\"reason\":\"Staff training\"}".formatted(day)).exchange();

            assertThat(closed).hasStatus(201);
            assertThat(mvc.get().uri("/api/v1/closures").param("from", day.toString()).param("to", day.toString()))
                    .hasStatusOk().bodyJson().isLenientlyEqualTo("""
                            [{"date":"%s","reason":"Staff training"}]""".formatted(day));
            assertThat(availability(mvc, null, massage, day, day)).isEmpty();
            assertThat(mvc.post().uri("/api/v1/closures").with(Demo.basic(Demo.OWNER))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"%s\"}".formatted(day)))
                    .hasStatus(409);

            assertThat(mvc.delete().uri("/api/v1/closures/{date}", day).with(Demo.basic(Demo.OWNER))).hasStatus(204);
            assertThat(mvc.delete().uri("/api/v1/closures/{date}", day).with(Demo.basic(Demo.OWNER))).hasStatus(404);
            assertThat(availability(mvc, null, massage, day, day)).isNotEmpty();
        }

        @Test
        void onlyTheOwnerClosesTheClinic() {
            assertThat(mvc.post().uri("/api/v1/closures").with(Demo.basic(Demo.DESK))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2027-05-31\"}")).hasStatus(403);
            assertThat(mvc.post().uri("/api/v1/closures").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"date\":\"2027-05-31\"}")).hasStatus(401);
        }
    }

    private List<OffsetDateTime> theosStarts(String type, String theo, LocalDate day) {
        List<Map<String, Object>> slots = availability(mvc, null, type, day, day, "therapist", theo);
        return slots.stream().map(s -> OffsetDateTime.parse((String) s.get("start"))).toList();
    }
}
