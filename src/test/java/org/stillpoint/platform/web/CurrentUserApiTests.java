package org.stillpoint.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;

/** {@code GET /api/v1/me}: who the caller is (DESIGN §6). */
@DemoClinicTest
class CurrentUserApiTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void tellsTheOwnerTheirEmailAndRole() {
        assertThat(mvc.get().uri("/api/v1/me").with(Demo.basic(Demo.OWNER))).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("{\"email\":\"owner@demo.stillpoint.test\",\"role\":\"OWNER\"}");
    }

    @Test
    void tellsTheFrontDeskTheirEmailAndRole() {
        assertThat(mvc.get().uri("/api/v1/me").with(Demo.basic(Demo.DESK))).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("{\"email\":\"desk@demo.stillpoint.test\",\"role\":\"FRONT_DESK\"}");
    }

    @Test
    void tellsTheClientTheirEmailAndRoleWithoutATherapistId() {
        MvcTestResult me = mvc.get().uri("/api/v1/me").with(Demo.basic(Demo.CLIENT)).exchange();
        assertThat(me).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("{\"email\":\"client@demo.stillpoint.test\",\"role\":\"CLIENT\"}");
        assertThat(Json.keysIn(Json.body(me))).doesNotContain("therapistId");
    }

    @Test
    void givesATherapistTheIdOfTheirOwnTherapistProfile() {
        MvcTestResult me = mvc.get().uri("/api/v1/me").with(Demo.basic(Demo.THERAPIST)).exchange();
        assertThat(me).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("{\"email\":\"therapist@demo.stillpoint.test\",\"role\":\"THERAPIST\"}");
        String therapistId = Json.read(me, "$.therapistId");

        // The demo therapist account belongs to Theo Marsh, the medical massage therapist.
        assertThat(mvc.get().uri("/api/v1/therapists/{id}", therapistId)).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("{\"name\":\"Theo Marsh\",\"providerType\":\"MEDICAL_MASSAGE_THERAPIST\"}");
    }

    @Test
    void answersUnauthorizedProblemWithoutCredentials() {
        assertThat(mvc.get().uri("/api/v1/me")).hasStatus(401)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader("WWW-Authenticate", "Basic realm=\"Stillpoint\"")
                .bodyJson().extractingPath("$.type").isEqualTo("urn:stillpoint:problem:unauthenticated");
    }

    @Test
    void answersUnauthorizedProblemForAWrongPassword() {
        assertThat(mvc.get().uri("/api/v1/me").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic(Demo.CLIENT, "not-the-password")))
                .hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:stillpoint:problem:unauthenticated");
    }
}
