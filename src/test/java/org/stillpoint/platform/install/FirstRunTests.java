package org.stillpoint.platform.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stillpoint.support.EmptyDatabaseTest;
import org.stillpoint.support.Json;

/**
 * A Stillpoint on an empty database, before anyone has set it up: every page leads to setup, the API says so, and
 * a setup that is refused leaves the database as empty as it was. Nothing here completes a setup.
 */
@EmptyDatabaseTest
class FirstRunTests {

    private static final String[] TABLES = {"installation", "clinic", "session_type", "room", "account",
            "therapist", "audit_log"};

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void theDatabaseIsStillEmpty() {
        for (String table : TABLES) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()).as(table).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/admin/rooms", "/admin/clinic", "/account/password", "/no-such-page"})
    void everyPageLeadsToSetup(String page) {
        assertThat(mvc.get().uri(page)).hasStatus3xxRedirection().hasRedirectedUrl("/setup");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/session-types", "/api/v1/rooms", "/api/v1/therapists", "/api/v1/me",
            "/api/v1/clinic", "/api/v1/nope"})
    void theApiAnswersThatItIsNotSetUp(String uri) {
        assertThat(mvc.get().uri(uri)).hasStatus(503).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:stillpoint:problem:not-set-up","status":503}""");
    }

    @Test
    void anApiWriteIsRefusedAsNotSetUp() {
        assertThat(mvc.post().uri("/api/v1/rooms").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"X\"}"))
                .hasStatus(503).bodyJson().extractingPath("$.type").isEqualTo("urn:stillpoint:problem:not-set-up");
    }

    @Test
    void healthIsUp() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyJson().extractingPath("$.status")
                .isEqualTo("UP");
    }

    @Test
    void theSetupPageOffersTheClinicFormAndTheDemo() {
        MvcTestResult page = mvc.get().uri("/setup").exchange();

        assertThat(page).hasStatusOk();
        Document html = Jsoup.parse(Json.body(page));
        assertThat(html.select("form[action=/setup] input[name=clinicName]")).hasSize(1);
        assertThat(html.select("form[action=/setup] input[name=ownerPassword]")).hasSize(1);
        assertThat(html.select("form[action=/setup/demo] button").text()).isEqualTo("Explore with demo data");
    }

    @Test
    void aSetupWithBlankFieldsComesBackWithEachReason() {
        MvcTestResult result = submitSetup(Map.of("clinicName", "", "timeZone", "", "currency", "dollars",
                "ownerName", "", "ownerEmail", "not-an-email", "ownerPassword", "", "repeatPassword", ""));

        assertThat(result).hasStatusOk().hasViewName("clinic/setup");
        Document page = Jsoup.parse(Json.body(result));
        assertThat(page.select("#clinicName-error").text()).isEqualTo("Please fill this in.");
        assertThat(page.select("#timeZone-error").text()).isEqualTo("Please fill this in.");
        assertThat(page.select("#currency-error").text())
                .isEqualTo("Please enter a three-letter currency code, for example USD.");
        assertThat(page.select("#ownerName-error").text()).isEqualTo("Please fill this in.");
        assertThat(page.select("#ownerEmail-error").text()).isEqualTo("Please enter a valid e-mail address.");
        assertThat(page.select("#ownerPassword-error").text()).isEqualTo("Please fill this in.");
        assertThat(mvc.get().uri("/")).hasRedirectedUrl("/setup");
    }

    @Test
    void aShortOwnerPasswordComesBackWithTheReasonAndCreatesNothing() {
        MvcTestResult result = submitSetup(valid("short pass", "short pass"));

        assertThat(result).hasStatusOk();
        assertThat(Jsoup.parse(Json.body(result)).select("#ownerPassword-error").text())
                .isEqualTo("The password needs at least 12 characters.");
        // The clinic and its menu were written before the owner account was refused: all of it is rolled back,
        // and the installation is not remembered as set up.
        assertThat(mvc.get().uri("/")).hasRedirectedUrl("/setup");
        assertThat(mvc.get().uri("/api/v1/session-types")).hasStatus(503);
    }

    @Test
    void theEmailAsOwnerPasswordComesBackWithTheReason() {
        MvcTestResult result = submitSetup(valid("maya@quiet-clinic.example", "maya@quiet-clinic.example"));

        assertThat(result).hasStatusOk();
        assertThat(Jsoup.parse(Json.body(result)).select("#ownerPassword-error").text())
                .isEqualTo("The password cannot be your e-mail address.");
    }

    @Test
    void passwordsThatDifferComeBackWithTheReason() {
        MvcTestResult result = submitSetup(valid("a calm and long password", "a calm and long passworD"));

        assertThat(result).hasStatusOk();
        assertThat(Jsoup.parse(Json.body(result)).select("#repeatPassword-error").text())
                .isEqualTo("The two passwords are not the same.");
    }

    @Test
    void anUnknownTimeZoneComesBackWithTheReason() {
        Map<String, String> form = new java.util.HashMap<>(valid("a calm and long password",
                "a calm and long password"));
        form.put("timeZone", "Mars/Olympus_Mons");

        MvcTestResult result = submitSetup(form);

        assertThat(result).hasStatusOk();
        assertThat(Jsoup.parse(Json.body(result)).select("#timeZone-error").text())
                .isEqualTo("Please choose a time zone from the list.");
    }

    @Test
    void aSetupWithoutACsrfTokenIsRefused() {
        var request = mvc.post().uri("/setup");
        valid("a calm and long password", "a calm and long password").forEach((k, v) -> request.param(k, v));

        assertThat(request).hasStatus(403);
    }

    private MvcTestResult submitSetup(Map<String, String> fields) {
        var request = mvc.post().uri("/setup").with((RequestPostProcessor) csrf());
        fields.forEach((name, value) -> request.param(name, value));
        return request.exchange();
    }

    private static Map<String, String> valid(String password, String repeated) {
        return Map.of("clinicName", "Quiet Clinic", "address", "1 Calm Street", "phone", "+1 555 0100",
                "timeZone", "Europe/Berlin", "currency", "EUR", "ownerName", "Maya Quiet",
                "ownerEmail", "maya@quiet-clinic.example", "ownerPassword", password, "repeatPassword", repeated);
    }
}
