package org.stillpoint.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stillpoint.scheduling.SchedulingFixtures.MEDICAL_MASSAGE;
import static org.stillpoint.scheduling.SchedulingFixtures.THEO;
import static org.stillpoint.scheduling.SchedulingFixtures.at;
import static org.stillpoint.scheduling.SchedulingFixtures.booked;
import static org.stillpoint.scheduling.SchedulingFixtures.demoClientId;
import static org.stillpoint.scheduling.SchedulingFixtures.newClient;
import static org.stillpoint.scheduling.SchedulingFixtures.sessionType;
import static org.stillpoint.scheduling.SchedulingFixtures.therapist;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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

/** The pre-session check and the session plan through the API: who may, what is refused, and what is screened. */
@SchedulingTest
class SessionCheckAndPlanApiTests {

    private static final String CALM_CHECK = """
            {"fever":false,"attackInProgress":false,"newMedicine":false,"newInjury":false,
             "headOrNeckInjury":false,"newSymptom":false}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theClientAnswersTheirCheckAndAMissingAnswerIs400WithNothingSaved() {
        String id = appointment();

        MvcTestResult missing = put("/api/v1/appointments/{id}/check", id, Demo.CLIENT, """
                {"fever":false,"attackInProgress":true,"newMedicine":true,"newInjury":false,
                 "headOrNeckInjury":false,"newSymptom":false}""");
        assertThat(missing).hasStatus(400);
        assertThat(Json.<List<String>>read(missing, "$.errors[*].field"))
                .contains("attackHoursAgo", "attackSeverity", "touchHurts", "newMedicineName", "bloodThinner");
        assertThat(checks(id)).isZero();

        MvcTestResult answered = put("/api/v1/appointments/{id}/check", id, Demo.CLIENT, CALM_CHECK);
        assertThat(answered).hasStatusOk();
        assertThat(Json.<Boolean>read(answered, "$.emergency")).isFalse();
        assertThat(checks(id)).isEqualTo(1);
    }

    @Test
    void aNewRedFlagThatCallsForEmergencyCareStopsTheSession() {
        String id = appointment();

        MvcTestResult answered = put("/api/v1/appointments/{id}/check", id, Demo.THERAPIST, """
                {"fever":false,"attackInProgress":false,"newMedicine":false,"newInjury":false,
                 "headOrNeckInjury":false,"newSymptom":false,"redFlags":{"NEUROLOGIC_SYMPTOMS":true}}""");

        assertThat(answered).hasStatusOk();
        assertThat(Json.<String>read(answered, "$.tier")).isEqualTo("EMERGENCY");
        assertThat(Json.<Boolean>read(answered, "$.emergency")).isTrue();
        MvcTestResult proposal = mvc.post().uri("/api/v1/appointments/{id}/plan/proposal", id)
                .with(Demo.basic(Demo.THERAPIST)).exchange();
        assertThat(proposal).hasStatusOk();
        assertThat(Json.<String>read(proposal, "$.verdict.outcome")).isEqualTo("EMERGENCY");
        assertThat(Json.<List<Object>>read(proposal, "$.blocks")).isEmpty();
    }

    @Test
    void answeringTheCheckAgainWithTheSameEmergencyDoesNotMailStaffAgain() {
        String id = appointment();
        String emergency = """
                {"fever":false,"attackInProgress":false,"newMedicine":false,"newInjury":false,
                 "headOrNeckInjury":false,"newSymptom":false,"redFlags":{"NEUROLOGIC_SYMPTOMS":true}}""";
        int before = emergencyMails();

        assertThat(put("/api/v1/appointments/{id}/check", id, Demo.THERAPIST, emergency)).hasStatusOk();
        int afterFirst = emergencyMails();
        assertThat(put("/api/v1/appointments/{id}/check", id, Demo.THERAPIST, emergency)).hasStatusOk();

        assertThat(afterFirst).isGreaterThan(before);
        assertThat(emergencyMails()).isEqualTo(afterFirst);
    }

    @Test
    void aTemplateNeedsANameAndAtLeastOneWholeBlock() {
        MvcTestResult empty = mvc.post().uri("/api/v1/plan-templates").with(Demo.basic(Demo.THERAPIST))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Neck\",\"blocks\":[]}").exchange();
        assertThat(empty).hasStatus(400);
        assertThat(Json.<List<String>>read(empty, "$.errors[*].field")).containsExactly("blocks");
        MvcTestResult holes = mvc.post().uri("/api/v1/plan-templates").with(Demo.basic(Demo.THERAPIST))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\",\"blocks\":[null]}").exchange();
        assertThat(holes).hasStatus(400);
        assertThat(Json.<List<String>>read(holes, "$.errors[*].field"))
                .contains("name", "blocks[0].technique", "blocks[0].area");
        MvcTestResult saved = mvc.post().uri("/api/v1/plan-templates").with(Demo.basic(Demo.THERAPIST))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Gentle neck","blocks":[{"technique":"SWEDISH","area":"SHOULDERS","minutes":20,
                         "pressure":2},{"technique":"TRIGGER_POINT","area":"SUBOCCIPITALS","minutes":10,
                         "pressure":2}]}""").exchange();
        assertThat(saved).hasStatus(201);
        assertThat(Json.<List<String>>read(mvc.get().uri("/api/v1/plan-templates")
                .with(Demo.basic(Demo.THERAPIST)).exchange(), "$[?(@.name == 'Gentle neck')].blocks[*].area"))
                .containsExactly("SHOULDERS", "SUBOCCIPITALS");
    }

    @Test
    void anUnknownRedFlagQuestionIsNamedAndAnotherClientsAppointmentIs404() {
        String id = appointment();
        MvcTestResult unknown = put("/api/v1/appointments/{id}/check", id, Demo.CLIENT, """
                {"fever":false,"attackInProgress":false,"newMedicine":false,"newInjury":false,
                 "headOrNeckInjury":false,"newSymptom":false,"redFlags":{"FEELS_FINE":true}}""");
        assertThat(unknown).hasStatus(400);
        assertThat(Json.<List<String>>read(unknown, "$.errors[*].field")).containsExactly("redFlags.FEELS_FINE");

        String someoneElses = booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), sessionType(mvc, MEDICAL_MASSAGE),
                therapist(mvc, THEO), at(TestDays.next(), "15:00"));
        assertThat(put("/api/v1/appointments/{id}/check", someoneElses, Demo.CLIENT, CALM_CHECK)).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/appointments/{id}/plan/summary", someoneElses)
                .with(Demo.basic(Demo.CLIENT)).exchange()).hasStatus(404);
        assertThat(mvc.post().uri("/api/v1/appointments/{id}/plan/proposal", id).with(Demo.basic(Demo.DESK))
                .exchange()).hasStatus(403);
    }

    @Test
    void aProposalFitsTheSessionAndIsSavedAndAgreedTo() {
        String id = appointment();
        MvcTestResult proposal = mvc.post().uri("/api/v1/appointments/{id}/plan/proposal", id)
                .with(Demo.basic(Demo.THERAPIST)).exchange();
        assertThat(proposal).hasStatusOk();
        List<Integer> minutes = Json.read(proposal, "$.blocks[*].minutes");
        int session = Json.<Integer>read(proposal, "$.sessionMinutes");
        assertThat(minutes).isNotEmpty();
        assertThat(minutes.stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(session);
        assertThat(Json.<List<String>>read(proposal, "$.verdict.blocks[*].outcome")).containsOnly("OK");

        String plan = """
                {"blocks":%s,"lighting":"DIMMED","sound":"QUIET","temperature":"NEUTRAL","pack":"NONE",
                 "position":"SUPINE"}""".formatted(blocksJson(Json.read(proposal, "$.blocks")));
        MvcTestResult saved = put("/api/v1/appointments/{id}/plan", id, Demo.THERAPIST, plan);
        assertThat(saved).hasStatusOk();
        long version = Json.<Number>read(saved, "$.version").longValue();
        assertThat(put("/api/v1/appointments/{id}/plan", id, Demo.THERAPIST, plan)).hasStatus(409);

        MvcTestResult summary = mvc.get().uri("/api/v1/appointments/{id}/plan/summary", id)
                .with(Demo.basic(Demo.CLIENT)).exchange();
        assertThat(summary).hasStatusOk();
        assertThat(Json.<Boolean>read(summary, "$.agreed")).isFalse();
        MvcTestResult agreed = mvc.post().uri("/api/v1/appointments/{id}/plan/agreement", id)
                .with(Demo.basic(Demo.CLIENT)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + "}").exchange();
        assertThat(agreed).hasStatusOk();
        assertThat(Json.<Boolean>read(agreed, "$.agreed")).isTrue();
    }

    @Test
    void blocksThatOverrunTheSessionOrPressureOutOfRangeAreRefusedAndNothingIsSaved() {
        String id = appointment();
        MvcTestResult overrun = put("/api/v1/appointments/{id}/plan", id, Demo.THERAPIST, """
                {"blocks":[{"technique":"SWEDISH","area":"SHOULDERS","minutes":50,"pressure":2},
                           {"technique":"SWEDISH","area":"SCALP","minutes":50,"pressure":2}],
                 "lighting":"DIMMED","sound":"QUIET","temperature":"NEUTRAL","pack":"NONE","position":"SUPINE"}""");
        assertThat(overrun).hasStatus(422);
        MvcTestResult pressure = put("/api/v1/appointments/{id}/plan", id, Demo.THERAPIST, """
                {"blocks":[{"technique":"SWEDISH","area":"SHOULDERS","minutes":20,"pressure":7}],
                 "lighting":"DIMMED","sound":"QUIET","temperature":"NEUTRAL","pack":"NONE","position":"SUPINE"}""");
        assertThat(pressure).hasStatus(400);
        assertThat(Json.<List<String>>read(pressure, "$.errors[*].field")).containsExactly("blocks[0].pressure");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM session_plan WHERE appointment_id = :id")
                .param("id", UUID.fromString(id)).query(Integer.class).single()).isZero();
    }

    private static String blocksJson(List<java.util.Map<String, Object>> blocks) {
        return blocks.stream().map(b -> "{\"technique\":\"%s\",\"area\":\"%s\",\"minutes\":%s,\"pressure\":%s,\"heat\":%s}"
                .formatted(b.get("technique"), b.get("area"), b.get("minutes"), b.get("pressure"), b.get("heat")))
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private String appointment() {
        LocalDate day = TestDays.next();
        return booked(mvc, Demo.basic(Demo.DESK), demoClientId(mvc), sessionType(mvc, MEDICAL_MASSAGE),
                therapist(mvc, THEO), at(day, "10:00"));
    }

    private int emergencyMails() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE subject LIKE '%emergency care%'")
                .query(Integer.class).single();
    }

    private int checks(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM pre_session_check WHERE appointment_id = :id")
                .param("id", UUID.fromString(id)).query(Integer.class).single();
    }

    private MvcTestResult put(String uri, String id, String who, String body) {
        return mvc.put().uri(uri, id).with(Demo.basic(who)).contentType(MediaType.APPLICATION_JSON).content(body)
                .exchange();
    }
}
