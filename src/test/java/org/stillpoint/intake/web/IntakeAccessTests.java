package org.stillpoint.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stillpoint.intake.web.IntakeRequests.complete;
import static org.stillpoint.intake.web.IntakeRequests.recordClearance;
import static org.stillpoint.intake.web.IntakeRequests.submit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stillpoint.intake.Intake;
import org.stillpoint.intake.domain.RedFlagQuestion;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.SignIn;

/**
 * Who may see a client's intake (DESIGN §1, §5): the client themself and the owner; a therapist only with a care
 * relationship (none exists in the demo yet); the front desk only the clearance status, and 403 for the rest (it
 * knows the client, so a refusal tells it nothing new). Anyone else gets 404, as for a client that does not
 * exist, and every read by staff leaves an audit row.
 */
@DemoClinicTest
class IntakeAccessTests {

    /** Everything about a client's intake that only the client and those caring for them may read. */
    private static final List<String> CLINICAL_READS = List.of("/intake", "/intake/versions", "/intake/versions/1",
            "/intake/draft", "/intake/summary", "/scores");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Intake intake;

    String aliceEmail;
    String alice;
    String bobEmail;

    @BeforeEach
    void twoClientsOneWithAnIntake() {
        aliceEmail = IntakeRequests.uniqueEmail("alice");
        alice = IntakeRequests.signUp(mvc, aliceEmail);
        bobEmail = IntakeRequests.uniqueEmail("bob");
        IntakeRequests.signUp(mvc, bobEmail);
        assertThat(submit(mvc, alice, complete(RedFlagQuestion.POSITIONAL), IntakeRequests.as(aliceEmail)))
                .hasStatusOk();
        assertThat(recordClearance(mvc, alice, IntakeRequests.clearance(intake.today(), "ALL_TREATMENT", null)))
                .hasStatus(201);
    }

    @Test
    void theClientReadsEverythingAboutTheirOwnIntake() {
        for (String path : concat(CLINICAL_READS, "/clearances", "/treatment-clearance")) {
            assertThat(read(path, IntakeRequests.as(aliceEmail))).as(path).hasStatusOk();
        }
        assertThat(auditRows(null).stream().filter(row -> aliceEmail.equals(row.get("actor_email"))
                && "READ".equals(row.get("action")))).as("a client's reads of their own records are not staff reads")
                .isEmpty();
    }

    @Test
    void anotherClientGets404ForEveryPartOfTheIntakeAndCannotWriteIt() {
        RequestPostProcessor bob = IntakeRequests.as(bobEmail);
        for (String path : concat(CLINICAL_READS, "/clearances", "/treatment-clearance")) {
            assertThat(read(path, bob)).as(path).hasStatus(404);
        }
        assertThat(submit(mvc, alice, complete(), bob)).hasStatus(404);
        assertThat(mvc.put().uri("/api/v1/clients/{id}/intake/draft", alice).with(bob)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).hasStatus(404);
        assertThat(Json.<List<Integer>>read(read("/intake/versions", IntakeRequests.as(aliceEmail)), "$[*].version"))
                .containsExactly(1);
    }

    @Test
    void aTherapistWithoutACareRelationshipGets404() {
        for (String path : concat(CLINICAL_READS, "/clearances", "/treatment-clearance")) {
            assertThat(read(path, Demo.basic(Demo.THERAPIST))).as(path).hasStatus(404);
        }
        assertThat(mvc.post().uri("/api/v1/clients/{id}/hit6", alice).with(Demo.basic(Demo.THERAPIST))
                .contentType(MediaType.APPLICATION_JSON).content("{\"administeredOn\":\"2026-01-05\",\"total\":50}"))
                .hasStatus(404);
        assertThat(mvc.get().uri("/desk/clients/{id}/intake", alice).with(SignIn.as(accounts, Demo.THERAPIST)))
                .hasStatus(404);
        assertThat(auditRows("DENIED")).anySatisfy(row -> {
            assertThat(row.get("actor_email")).isEqualTo(Demo.THERAPIST);
            assertThat(row.get("record_type")).isEqualTo("intake");
        });
    }

    @Test
    void theFrontDeskSeesTheClearanceStatusButNeverTheAnswers() {
        for (String path : CLINICAL_READS) {
            // A refused read of clinical data is 404 for everyone (DESIGN §1), also for the desk who sees the contact.
            assertThat(read(path, Demo.basic(Demo.DESK))).as(path).hasStatus(404).bodyText()
                    .doesNotContain("POSITIONAL", "Fewer headache days");
        }
        MvcTestResult status = read("/treatment-clearance", Demo.basic(Demo.DESK));
        assertThat(status).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"status": "CLEARED", "allowed": true, "intakeVersion": 1,
                 "clearance": {"clinicianName": "Dr. Mei Chen", "scope": "ALL_TREATMENT"}}""");
        assertThat(Json.keysIn(Json.body(status))).doesNotContain("tier", "redFlags", "blockingReasons",
                "contraindications", "answers");
        assertThat(read("/clearances", Demo.basic(Demo.DESK))).hasStatusOk();
        assertThat(mvc.get().uri("/desk/clients/{id}/intake", alice).with(SignIn.as(accounts, Demo.DESK)))
                .hasStatus(404).bodyText().doesNotContain("Fewer headache days");
        assertThat(mvc.get().uri("/desk/clients/{id}/intake/versions/1", alice)
                .with(SignIn.as(accounts, Demo.DESK))).hasStatus(404);
    }

    @Test
    void everyReadByStaffLeavesAnAuditRow() {
        Map<String, String> recordTypes = Map.of("/intake", "intake", "/intake/versions", "intake",
                "/intake/versions/1", "intake", "/intake/draft", "intake-draft", "/intake/summary",
                "intake-summary", "/scores", "disability-score", "/clearances", "clearance", "/treatment-clearance",
                "treatment-clearance");
        recordTypes.forEach((path, type) -> {
            long before = count(Demo.OWNER, type);
            assertThat(read(path, Demo.basic(Demo.OWNER))).as(path).hasStatusOk();
            assertThat(count(Demo.OWNER, type)).as("audit rows of %s after %s", type, path)
                    .isGreaterThan(before);
        });
        long deskBefore = count(Demo.DESK, "treatment-clearance");
        read("/treatment-clearance", Demo.basic(Demo.DESK));
        assertThat(count(Demo.DESK, "treatment-clearance")).isEqualTo(deskBefore + 1);

        long pageBefore = count(Demo.OWNER, "intake-summary");
        assertThat(mvc.get().uri("/desk/clients/{id}/intake", alice).with(SignIn.as(accounts, Demo.OWNER)))
                .hasStatusOk();
        assertThat(count(Demo.OWNER, "intake-summary")).isEqualTo(pageBefore + 1);
    }

    @Test
    void writesByStaffAreAuditedToo() {
        assertThat(auditRows("SUCCESS")).anySatisfy(row -> {
            assertThat(row.get("actor_email")).isEqualTo(Demo.DESK);
            assertThat(row.get("action")).isEqualTo("CREATE");
            assertThat(row.get("record_type")).isEqualTo("clearance");
        });
    }

    private MvcTestResult read(String path, RequestPostProcessor who) {
        return mvc.get().uri("/api/v1/clients/" + alice + path).with(who).exchange();
    }

    private long count(String actor, String recordType) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM audit_log WHERE actor_email = ? AND record_type = ? AND record_id = ?
                   AND action = 'READ' AND outcome = 'SUCCESS'""")
                .params(actor, recordType, alice).query(Long.class).single();
    }

    private List<Map<String, Object>> auditRows(String outcome) {
        return jdbc.sql("SELECT * FROM audit_log WHERE record_id = ?" + (outcome == null ? "" : " AND outcome = ?"))
                .params(outcome == null ? List.of(alice) : List.of(alice, outcome)).query().listOfRows();
    }

    private static List<String> concat(List<String> paths, String... more) {
        return java.util.stream.Stream.concat(paths.stream(), java.util.Arrays.stream(more)).toList();
    }
}
