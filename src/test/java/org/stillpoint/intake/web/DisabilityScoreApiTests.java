package org.stillpoint.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stillpoint.intake.web.IntakeRequests.registerClient;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.intake.Intake;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * MIDAS and HIT-6 through the API (clinical-reference §3): day counts 0–92, item B 0–10, HIT-6 totals 36–78; a
 * number outside its range is a 400 naming the field, and nothing is stored.
 */
@DemoClinicTest
class DisabilityScoreApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Intake intake;

    @ParameterizedTest
    @CsvSource({"item1, -1", "item1, 93", "item3, 93", "item5, -1", "itemA, 93", "itemB, 11", "itemB, -1"})
    void refusesAMidasDayCountOutOfRangeNamingTheItem(String item, int value) {
        String client = registerClient(mvc);

        ObjectNode body = IntakeRequests.JSON.createObjectNode().put("administeredOn", intake.today().toString())
                .put("item1", 1).put("item2", 1).put("item3", 1).put("item4", 1).put("item5", 1).put(item, value);

        MvcTestResult refused = midas(client, IntakeRequests.json(body));

        assertThat(refused).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Json.<List<String>>read(refused, "$.errors[*].field")).containsExactly(item);
        assertThat(Json.<List<Object>>read(scores(client), "$.midas")).isEmpty();
    }

    @Test
    void acceptsTheEdgesAndGradesTheScore() {
        String client = registerClient(mvc);

        assertThat(midas(client, midasBody(intake.today().minusDays(1), 0, 0, 0, 0, 0))).hasStatus(201).bodyJson()
                .isLenientlyEqualTo("""
                        {"scored": true, "score": 0, "grade": "I"}""");
        assertThat(midas(client, midasBody(intake.today(), 92, 92, 92, 92, 92).replace("}",
                ",\"itemA\":92,\"itemB\":10}"))).hasStatus(201).bodyJson().isLenientlyEqualTo("""
                        {"scored": true, "score": 460, "grade": "IV", "itemA": 92, "itemB": 10}""");
        assertThat(scores(client)).bodyJson().extractingPath("$.midasRepeatDue")
                .isEqualTo(intake.today().plusMonths(3).toString());
    }

    @Test
    void keepsAPartialFormWithoutScoringIt() {
        String client = registerClient(mvc);

        MvcTestResult partial = midas(client, """
                {"administeredOn":"%s","item1":3,"item2":2,"item3":1,"item4":0}""".formatted(intake.today()));

        assertThat(partial).hasStatus(201).bodyJson().isLenientlyEqualTo("""
                {"scored": false, "score": null, "grade": null, "repeatDue": null, "item5": null}""");
        assertThat(scores(client)).bodyJson().extractingPath("$.midasRepeatDue").isNull();
    }

    @ParameterizedTest
    @CsvSource({"35", "79", "0"})
    void refusesAHit6TotalOutOfRange(int total) {
        String client = registerClient(mvc);

        MvcTestResult refused = hit6(client, intake.today(), total);

        assertThat(refused).hasStatus(400);
        assertThat(Json.<List<String>>read(refused, "$.errors[*].field")).containsExactly("total");
        assertThat(Json.<List<Object>>read(scores(client), "$.hit6")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"36, LITTLE_OR_NONE", "49, LITTLE_OR_NONE", "50, SOME", "56, SUBSTANTIAL", "60, SEVERE",
            "78, SEVERE"})
    void acceptsATotalAndGivesItsImpactBand(int total, String impact) {
        String client = registerClient(mvc);

        assertThat(hit6(client, intake.today(), total)).hasStatus(201).bodyJson().isLenientlyEqualTo("""
                {"total": %d, "impact": "%s"}""".formatted(total, impact));
    }

    @Test
    void refusesAFormFilledInTomorrow() {
        String client = registerClient(mvc);

        MvcTestResult refused = hit6(client, intake.today().plusDays(1), 50);

        assertThat(refused).hasStatus(400);
        assertThat(Json.<List<String>>read(refused, "$.errors[*].field")).containsExactly("administeredOn");
    }

    @Test
    void areEnteredByTheOwnerOrACaringTherapistNeverTheFrontDeskOrTheClient() {
        String email = IntakeRequests.uniqueEmail("scores");
        String client = IntakeRequests.signUp(mvc, email);
        String body = "{\"administeredOn\":\"%s\",\"total\":50}".formatted(intake.today());

        assertThat(mvc.post().uri("/api/v1/clients/{id}/hit6", client).with(Demo.basic(Demo.DESK))
                .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(404);
        assertThat(mvc.post().uri("/api/v1/clients/{id}/hit6", client).with(IntakeRequests.as(email))
                .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(403);
        assertThat(Json.<List<Object>>read(mvc.get().uri("/api/v1/clients/{id}/scores", client)
                .with(IntakeRequests.as(email)).exchange(), "$.hit6")).isEmpty();
    }

    private MvcTestResult midas(String client, String body) {
        return mvc.post().uri("/api/v1/clients/{id}/midas", client).with(Demo.basic(Demo.OWNER))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult hit6(String client, LocalDate on, int total) {
        return mvc.post().uri("/api/v1/clients/{id}/hit6", client).with(Demo.basic(Demo.OWNER))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"administeredOn\":\"%s\",\"total\":%d}".formatted(on, total)).exchange();
    }

    private MvcTestResult scores(String client) {
        return mvc.get().uri("/api/v1/clients/{id}/scores", client).with(Demo.basic(Demo.OWNER)).exchange();
    }

    private static String midasBody(LocalDate on, int i1, int i2, int i3, int i4, int i5) {
        return "{\"administeredOn\":\"%s\",\"item1\":%d,\"item2\":%d,\"item3\":%d,\"item4\":%d,\"item5\":%d}"
                .formatted(on, i1, i2, i3, i4, i5);
    }
}
