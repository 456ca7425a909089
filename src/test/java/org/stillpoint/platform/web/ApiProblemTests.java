package org.stillpoint.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;

/**
 * What the API answers when a program sends something it cannot use: always {@code application/problem+json} with a
 * stable type, never a 500 and never exception text.
 */
@DemoClinicTest
class ApiProblemTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void answersNotFoundProblemForAnUnmatchedApiAddress() {
        assertThat(mvc.get().uri("/api/v1/nope").with(Demo.basic(Demo.OWNER))).hasStatus(404)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:stillpoint:problem:not-found","status":404}""");
    }

    @Test
    void answersMethodNotAllowedProblemForAWrongMethod() {
        assertThat(mvc.delete().uri("/api/v1/rooms").with(Demo.basic(Demo.OWNER))).hasStatus(405)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:stillpoint:problem:method-not-allowed","status":405}""");
    }

    @Test
    void answersMethodNotAllowedProblemForPatchOnTheClinic() {
        assertThat(mvc.patch().uri("/api/v1/clinic").with(Demo.basic(Demo.OWNER))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).hasStatus(405)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answersBadRequestProblemForMalformedJson() {
        assertThat(mvc.post().uri("/api/v1/rooms").with(Demo.basic(Demo.OWNER))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Lotus\", "))
                .hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:stillpoint:problem:unreadable","status":400}""");
    }

    @Test
    void answersUnsupportedMediaTypeProblemForABodyThatIsNotJson() {
        assertThat(mvc.post().uri("/api/v1/rooms").with(Demo.basic(Demo.OWNER))
                .contentType(MediaType.TEXT_PLAIN).content("name=Lotus"))
                .hasStatus(415).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:stillpoint:problem:unsupported-media-type");
    }

    @Test
    void answersBadRequestNamingTheIdWhenAPathIdIsNotAUuid() {
        assertThat(mvc.get().uri("/api/v1/rooms/not-a-uuid")).hasStatus(400)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:stillpoint:problem:validation","errors":[{"field":"id"}]}""");
    }

    @Test
    void answersBadRequestNamingTheParameterWhenAQueryParameterHasTheWrongType() {
        assertThat(mvc.get().uri("/api/v1/audit?page=first").with(Demo.basic(Demo.OWNER))).hasStatus(400)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:stillpoint:problem:validation","errors":[{"field":"page"}]}""");
    }

    @Test
    void neverShowsExceptionTextInAProblem() {
        assertThat(mvc.post().uri("/api/v1/rooms").with(Demo.basic(Demo.OWNER))
                .contentType(MediaType.APPLICATION_JSON).content("[1, 2"))
                .hasStatus(400).bodyText()
                .doesNotContain("Exception").doesNotContain("tools.jackson").doesNotContain("at [Source");
    }
}
