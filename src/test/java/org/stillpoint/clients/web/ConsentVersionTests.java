package org.stillpoint.clients.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.stillpoint.clients.web.ClientFixtures.PASSWORD;
import static org.stillpoint.clients.web.ClientFixtures.clientIdOf;
import static org.stillpoint.clients.web.ClientFixtures.signUp;
import static org.stillpoint.clients.web.ClientFixtures.signedUpClient;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.SignIn;
import org.stillpoint.support.StaffAccounts;

/**
 * A new version of a consent text: clients see that it waits for them, accept exactly that version, and keep the
 * history of what they accepted. This context is its own, because the new version changes what is current.
 */
@DemoClinicTest
@TestPropertySource(properties = {"stillpoint.test.context=consent-versions",
        "spring.datasource.hikari.minimum-idle=2"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsentVersionTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    private String email;
    private String clientId;
    private String apiClient;
    private String pageClient;

    @BeforeAll
    void clientsAcceptedVersion1AndTheOwnerPublishesVersion2() {
        email = signedUpClient(mvc);
        clientId = clientIdOf(mvc, email);
        apiClient = signedUpClient(mvc);
        pageClient = signedUpClient(mvc);
        MvcTestResult published = mvc.post().uri("/api/v1/consent-texts").with(Demo.basic(Demo.OWNER))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"TREATMENT","title":"Consent to treatment",
                         "body":"Version two, with the same calm promise: Stillpoint does not replace a doctor."}""")
                .exchange();
        assertThat(published).hasStatus(201).bodyJson().isLenientlyEqualTo("{\"kind\":\"TREATMENT\",\"version\":2}");
    }

    @Test
    void theClientSeesThatTheNewVersionWaitsAndWhatTheyAcceptedBefore() {
        MvcTestResult consents = consents(httpBasic(email, PASSWORD));

        assertThat(consents).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                [{"kind":"TREATMENT","currentVersion":2,"currentAccepted":false,"accepted":[{"version":1}]},
                 {"kind":"PRIVACY","currentVersion":1,"currentAccepted":true,"accepted":[{"version":1}]}]""");

        Document page = Jsoup.parse(Json.body(mvc.get().uri("/me/consents").with(SignIn.as(accounts, email)).exchange()));
        assertThat(page.select("#consent-TREATMENT .consent-status").text())
                .isEqualTo("There is a new version (2). Please read it and accept it.");
        assertThat(page.select("#consent-TREATMENT form button").text()).isEqualTo("I accept version 2");
        assertThat(page.select("#consent-PRIVACY form")).isEmpty();
    }

    @Test
    void onlyTheCurrentVersionCanBeAcceptedAndTheHistoryStays() {
        String otherId = clientIdOf(mvc, apiClient);

        assertThat(accept(httpBasic(apiClient, PASSWORD), otherId, "TREATMENT", 1)).hasStatus(422).bodyJson()
                .isLenientlyEqualTo("""
                        {"type":"urn:stillpoint:problem:consent-outdated","errors":[{"field":"version"}]}""");
        assertThat(accept(httpBasic(apiClient, PASSWORD), otherId, "TREATMENT", 2)).hasStatus(201).bodyJson()
                .isLenientlyEqualTo("{\"kind\":\"TREATMENT\",\"version\":2}");
        assertThat(accept(httpBasic(apiClient, PASSWORD), otherId, "TREATMENT", 2)).hasStatus(201);

        MvcTestResult consents = mvc.get().uri("/api/v1/clients/{id}/consents", otherId)
                .with(httpBasic(apiClient, PASSWORD)).exchange();
        assertThat(Json.<List<Integer>>read(consents, "$[0].accepted[*].version")).containsExactly(2, 1);
        assertThat(Json.<Boolean>read(consents, "$[0].currentAccepted")).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE record_type = 'consent' AND record_id = ?")
                .param(otherId).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void acceptingOnThePageRecordsTheVersionAndTheTime() {
        MvcTestResult accepted = mvc.post().uri("/me/consents").with(SignIn.as(accounts, pageClient)).with(csrf())
                .param("kind", "TREATMENT").param("version", "2").exchange();

        assertThat(accepted).hasStatus3xxRedirection().hasRedirectedUrl("/me/consents");
        assertThat(accepted).flash().containsEntry("flash", "clients.consent.accepted");
        List<String> rows = jdbc.sql("""
                SELECT a.kind || ' v' || a.version FROM consent_acceptance a JOIN client c ON c.id = a.client_id
                 WHERE c.email = ? AND a.accepted_at IS NOT NULL ORDER BY a.kind, a.version""").param(pageClient)
                .query(String.class).list();
        assertThat(rows).containsExactly("PRIVACY v1", "TREATMENT v1", "TREATMENT v2");
        assertThat(Jsoup.parse(Json.body(mvc.get().uri("/me/consents").with(SignIn.as(accounts, pageClient))
                .exchange())).select("#consent-TREATMENT .consent-status").text()).startsWith("You accepted version 2 on ");
    }

    @Test
    void aSignUpWithTheOldVersionIsRefused() {
        String stale = StaffAccounts.uniqueEmail("stale");
        assertThat(signUp(mvc, stale, PASSWORD, "{\"TREATMENT\":1,\"PRIVACY\":1}"))
                .hasStatus(422).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:stillpoint:problem:consent-outdated");
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(stale, PASSWORD))).hasStatus(401);
    }

    @Test
    void staffSeeWhatWasAcceptedButOnlyTheClientAccepts() {
        assertThat(consents(Demo.basic(Demo.DESK))).hasStatusOk();
        assertThat(accept(Demo.basic(Demo.DESK), clientId, "TREATMENT", 2)).hasStatus(403);
        assertThat(accept(Demo.basic(Demo.OWNER), clientId, "TREATMENT", 2)).hasStatus(403);
        assertThat(accept(Demo.basic(Demo.CLIENT), clientId, "TREATMENT", 2)).hasStatus(404);
        assertThat(consents(Demo.basic(Demo.CLIENT))).hasStatus(404);
        assertThat(Json.<Boolean>read(consents(httpBasic(email, PASSWORD)), "$[0].currentAccepted")).isFalse();
    }

    @Test
    void onlyTheOwnerPublishesConsentTexts() {
        for (String who : List.of(Demo.DESK, Demo.THERAPIST, Demo.CLIENT)) {
            assertThat(mvc.post().uri("/api/v1/consent-texts").with(Demo.basic(who))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"kind":"PRIVACY","title":"Sneaky","body":"Changed."}""")).as(who).hasStatus(403);
        }
        assertThat(Json.<List<Integer>>read(mvc.get().uri("/api/v1/consent-texts").exchange(), "$[*].version"))
                .containsExactlyInAnyOrder(2, 1);
    }

    private MvcTestResult consents(org.springframework.test.web.servlet.request.RequestPostProcessor who) {
        return mvc.get().uri("/api/v1/clients/{id}/consents", clientId).with(who).exchange();
    }

    private MvcTestResult accept(org.springframework.test.web.servlet.request.RequestPostProcessor who, String id,
                                 String kind, int version) {
        return mvc.post().uri("/api/v1/clients/{id}/consents", id).with(who).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"%s\",\"version\":%d}".formatted(kind, version)).exchange();
    }
}
