package org.stillpoint.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stillpoint.intake.web.IntakeRequests.clearance;
import static org.stillpoint.intake.web.IntakeRequests.complete;
import static org.stillpoint.intake.web.IntakeRequests.recordClearance;
import static org.stillpoint.intake.web.IntakeRequests.registerClient;
import static org.stillpoint.intake.web.IntakeRequests.submitted;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.clients.CareRelationships;
import org.stillpoint.clients.ClientId;
import org.stillpoint.intake.Intake;
import org.stillpoint.intake.domain.RedFlagQuestion;
import org.stillpoint.platform.AccountId;
import org.stillpoint.support.AdjustableClock;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.MovableTime;
import org.stillpoint.support.SignIn;
import tools.jackson.databind.node.ObjectNode;

/**
 * What changes with the calendar (a clearance runs out, answers about the day of the intake stop counting, MIDAS
 * falls due) and what a therapist who cares for a client may do. The clock of this context can be moved, and the
 * therapists' care relationships are the test's to give, until the scheduling module provides them.
 */
@DemoClinicTest
@Import({MovableTime.class, IntakeOverTimeTests.Care.class})
class IntakeOverTimeTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AdjustableClock clock;

    @Autowired
    Intake intake;

    @Autowired
    GivenCare care;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aClearanceCountsUntilItsExpiryDateAndNotAfter() {
        String client = registerClient(mvc);
        submitted(mvc, client, complete(RedFlagQuestion.PRECIPITATED_BY_COUGH_OR_EXERTION));
        assertThat(recordClearance(mvc, client, clearance(intake.today(), "ALL_TREATMENT",
                intake.today().plusDays(2)))).hasStatus(201);
        assertThat(status(client)).isEqualTo("CLEARED");

        clock.advance(Duration.ofDays(2));
        assertThat(status(client)).as("on the expiry date").isEqualTo("CLEARED");

        clock.advance(Duration.ofDays(1));
        assertThat(status(client)).as("the day after").isEqualTo("BLOCKED");
        assertThat(Json.<Object>read(mvc.get().uri("/api/v1/clients/{id}/treatment-clearance", client)
                .with(Demo.basic(Demo.OWNER)).exchange(), "$.clearance")).isNull();
    }

    @Test
    void aFeverReportedInTheIntakeBlocksOnThatDayOnly() {
        String client = registerClient(mvc);
        ObjectNode feverish = complete();
        ((ObjectNode) feverish.path("medical")).put("feverToday", true);
        submitted(mvc, client, feverish);
        assertThat(mvc.get().uri("/api/v1/clients/{id}/treatment-clearance", client).with(Demo.basic(Demo.OWNER)))
                .bodyJson().isLenientlyEqualTo("""
                        {"status": "BLOCKED", "tier": "NONE",
                         "blockingReasons": [{"kind": "CONTRAINDICATION", "code": "FEVER"}]}""");

        clock.advance(Duration.ofDays(1));

        assertThat(status(client)).isEqualTo("ALLOWED");
    }

    @Test
    void midasFallsDueThreeMonthsAfterACompleteForm() {
        String client = registerClient(mvc);
        submitted(mvc, client, complete());
        assertThat(mvc.post().uri("/api/v1/clients/{id}/midas", client).with(Demo.basic(Demo.OWNER))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"administeredOn":"%s","item1":1,"item2":1,"item3":1,"item4":1,"item5":1}"""
                        .formatted(intake.today()))).hasStatus(201);
        assertThat(card(client).contains("class=\"tag due\"")).isFalse();

        clock.advance(Duration.ofDays(93));

        assertThat(card(client)).contains("class=\"tag due\"");
    }

    @Test
    void aTherapistWhoCaresForTheClientReadsTheCardEntersScoresButRecordsNoClearance() {
        String client = registerClient(mvc);
        String stranger = registerClient(mvc);
        submitted(mvc, client, complete(RedFlagQuestion.POSITIONAL));
        submitted(mvc, stranger, complete());
        care.add(Demo.THERAPIST, client);

        MvcTestResult page = mvc.get().uri("/desk/clients/{id}/intake", client)
                .with(SignIn.as(accounts, Demo.THERAPIST)).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("Fewer headache days");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_log WHERE actor_email = ? AND record_type = 'intake-summary'
                   AND record_id = ? AND outcome = 'SUCCESS'""").params(Demo.THERAPIST, client)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(mvc.get().uri("/api/v1/clients/{id}/treatment-clearance", client)
                .with(Demo.basic(Demo.THERAPIST))).hasStatusOk().bodyJson().extractingPath("$.status")
                .isEqualTo("BLOCKED");
        assertThat(mvc.post().uri("/api/v1/clients/{id}/hit6", client).with(Demo.basic(Demo.THERAPIST))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"administeredOn\":\"%s\",\"total\":57}".formatted(intake.today()))).hasStatus(201);
        assertThat(recordClearanceAs(Demo.THERAPIST, client)).hasStatus(403);
        assertThat(mvc.get().uri("/desk/clients/{id}/intake", stranger).with(SignIn.as(accounts, Demo.THERAPIST)))
                .hasStatus(404);
    }

    private MvcTestResult recordClearanceAs(String email, String client) {
        return mvc.post().uri("/api/v1/clients/{id}/clearances", client).with(Demo.basic(email))
                .contentType(MediaType.APPLICATION_JSON).content(clearance(intake.today(), "ALL_TREATMENT", null))
                .exchange();
    }

    private String status(String client) {
        return Json.read(mvc.get().uri("/api/v1/clients/{id}/treatment-clearance", client)
                .with(Demo.basic(Demo.DESK)).exchange(), "$.status");
    }

    private String card(String client) {
        MvcTestResult page = mvc.get().uri("/desk/clients/{id}/intake", client)
                .with(SignIn.as(accounts, Demo.OWNER)).exchange();
        assertThat(page).hasStatusOk();
        return Json.body(page);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Care {

        @Bean
        GivenCare givenCare(JdbcClient jdbc) {
            return new GivenCare(jdbc);
        }
    }

    /** Care relationships the test gives, by therapist account and client. */
    static final class GivenCare implements CareRelationships {

        private final Set<String> pairs = ConcurrentHashMap.newKeySet();
        private final JdbcClient jdbc;

        GivenCare(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public boolean caresFor(AccountId therapist, ClientId client) {
            return pairs.contains(therapist.value() + "/" + client.value());
        }

        void add(String therapistEmail, String client) {
            UUID account = jdbc.sql("SELECT id FROM account WHERE email = ?").param(therapistEmail)
                    .query(UUID.class).single();
            pairs.add(account + "/" + client);
        }
    }
}
