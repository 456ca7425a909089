package org.stillpoint.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stillpoint.intake.web.IntakeRequests.clearance;
import static org.stillpoint.intake.web.IntakeRequests.complete;
import static org.stillpoint.intake.web.IntakeRequests.recordClearance;
import static org.stillpoint.intake.web.IntakeRequests.registerClient;
import static org.stillpoint.intake.web.IntakeRequests.submit;
import static org.stillpoint.intake.web.IntakeRequests.submitted;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.intake.Intake;
import org.stillpoint.intake.domain.RedFlagQuestion;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import tools.jackson.databind.node.ObjectNode;

/** The intake API on the demo clinic: submitting, the history, the draft, screening and clearances. */
@DemoClinicTest
class IntakeApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Intake intake;

    @Nested
    class Submitting {

        @Test
        void answersTheVersionAndTheScreeningInTheContractShape() {
            String client = registerClient(mvc);

            MvcTestResult result = submitted(mvc, client, complete(RedFlagQuestion.POSITIONAL,
                    RedFlagQuestion.PAINKILLERS_OFTEN));

            assertThat(result).bodyJson().isLenientlyEqualTo("""
                    {"version": 1,
                     "screening": {"tier": "URGENT",
                                   "flags": [{"code": "POSITIONAL", "item": "POSITIONAL", "tier": "URGENT"},
                                             {"code": "MEDICATION_OVERUSE_PATTERN",
                                              "item": "PAINKILLER_OVERUSE_OR_NEW_DRUG", "tier": "ROUTINE"}]}}""");
            assertThat(Json.<String>read(result, "$.submittedAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)");
            assertThat(Json.<String>read(result, "$.screening.flags[0].reason"))
                    .isEqualTo(messages("intake.red-flag.positional"));
        }

        @Test
        void answersNoFlagsWhenNoRedFlagIsRaised() {
            MvcTestResult result = submitted(mvc, registerClient(mvc), complete());

            assertThat(result).bodyJson().extractingPath("$.screening.tier").isEqualTo("NONE");
            assertThat(Json.<List<Object>>read(result, "$.screening.flags")).isEmpty();
        }

        @Test
        void keepsEverySubmissionAsANewVersionWithAReadableHistory() {
            String client = registerClient(mvc);
            submitted(mvc, client, complete());
            ObjectNode changed = complete(RedFlagQuestion.PAINKILLERS_OFTEN);
            changed.put("goals", "Sleep better");
            submitted(mvc, client, changed);

            assertThat(Json.<List<Integer>>read(get(client, "/intake/versions"), "$[*].version"))
                    .containsExactly(2, 1);
            assertThat(Json.<List<String>>read(get(client, "/intake/versions"), "$[*].tier"))
                    .containsExactly("ROUTINE", "NONE");
            assertThat(get(client, "/intake/versions/1")).bodyJson().isLenientlyEqualTo("""
                    {"version": 1, "screening": {"tier": "NONE"}, "answers": {"goals": "Fewer headache days"},
                     "submittedBy": "Olivia Owner", "submittedByRole": "OWNER"}""");
            assertThat(get(client, "/intake")).bodyJson().isLenientlyEqualTo("""
                    {"version": 2, "screening": {"tier": "ROUTINE"}, "answers": {"goals": "Sleep better"}}""");
            assertThat(get(client, "/intake/versions/3")).hasStatus(404);
        }

        @Test
        void takesTheDateOfBirthFromTheClientRecord() {
            String client = registerClient(mvc, LocalDate.of(1979, 11, 23));

            assertThat(get(client, "/intake/draft")).bodyJson().extractingPath("$.answers.dateOfBirth")
                    .isEqualTo("1979-11-23");
            submitted(mvc, client, complete());
            assertThat(get(client, "/intake")).bodyJson().extractingPath("$.answers.dateOfBirth")
                    .isEqualTo("1979-11-23");
        }

        @Test
        void refusesAnIncompleteIntakeNamingEveryFieldAndStoresNothing() {
            String client = registerClient(mvc);

            MvcTestResult refused = submit(mvc, client, IntakeRequests.JSON.createObjectNode(),
                    Demo.basic(Demo.OWNER));

            assertThat(refused).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(Json.<String>read(refused, "$.type")).isEqualTo("urn:stillpoint:problem:incomplete-intake");
            assertThat(Json.<List<String>>read(refused, "$.errors[*].field")).contains("headache.types",
                    "headache.usualDuration", "triggers.known", "medicines", "medical.anticoagulants",
                    "medical.pregnancy.status", "painAreas", "massageExperience.hadMassageBefore",
                    "redFlags.answers[ONSET_SUDDEN]", "redFlags.answers[POSITIONAL]");
            assertThat(get(client, "/intake")).hasStatus(404);
            assertThat(Json.<List<Object>>read(get(client, "/intake/versions"), "$")).isEmpty();
        }

        @Test
        void refusesValuesOutOfRangeOrInTheFutureByField() {
            String client = registerClient(mvc);
            ObjectNode answers = complete();
            answers.put("dateOfBirth", LocalDate.now().plusYears(1).toString());
            ((ObjectNode) answers.withArray("medicines").get(0)).put("daysPerMonth", 40);

            MvcTestResult refused = submit(mvc, client, answers, Demo.basic(Demo.OWNER));

            assertThat(refused).hasStatus(400);
            assertThat(Json.<List<String>>read(refused, "$.errors[*].field"))
                    .contains("dateOfBirth", "medicines[0].daysPerMonth");
            assertThat(Json.<List<String>>read(refused, "$.errors[?(@.field == 'medicines[0].daysPerMonth')].message"))
                    .containsExactly(messages("field.range", 0, 31));
        }

        @Test
        void answersUnknownOptionsAndBrokenJsonWith400NamingTheField() {
            String client = registerClient(mvc);
            ObjectNode answers = complete();
            answers.putArray("painAreas").add("NECK").add("ELBOW");

            MvcTestResult unknown = submit(mvc, client, answers, Demo.basic(Demo.OWNER));
            assertThat(unknown).hasStatus(400);
            assertThat(Json.<List<String>>read(unknown, "$.errors[*].field")).containsExactly("painAreas[1]");

            MvcTestResult broken = mvc.put().uri("/api/v1/clients/{id}/intake", client).with(Demo.basic(Demo.OWNER))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"goals\": ").exchange();
            assertThat(broken).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Nested
    class Drafts {

        @Test
        void keepsADraftWithBadValuesAndNamesWhatStandsInTheWay() {
            String client = registerClient(mvc);
            ObjectNode draft = IntakeRequests.JSON.createObjectNode();
            draft.putArray("medicines").addObject().put("name", "ibuprofen").put("daysPerMonth", 45);
            draft.put("goals", "Fewer attacks");

            MvcTestResult saved = mvc.put().uri("/api/v1/clients/{id}/intake/draft", client)
                    .with(Demo.basic(Demo.OWNER)).contentType(MediaType.APPLICATION_JSON)
                    .content(IntakeRequests.json(draft)).exchange();

            assertThat(saved).hasStatusOk().bodyJson().extractingPath("$.submittable").isEqualTo(false);
            assertThat(Json.<List<String>>read(saved, "$.problems[*].field"))
                    .contains("medicines[0].daysPerMonth", "medicines[0].use", "headache.types");
            assertThat(get(client, "/intake/draft")).bodyJson().isLenientlyEqualTo("""
                    {"answers": {"goals": "Fewer attacks", "medicines": [{"name": "ibuprofen", "daysPerMonth": 45}]}}""");
        }

        @Test
        void becomesTheSubmittedAnswersAfterASubmission() {
            String client = registerClient(mvc);
            submitted(mvc, client, complete());

            assertThat(get(client, "/intake/draft")).bodyJson().isLenientlyEqualTo("""
                    {"submittable": true, "latestVersion": 1, "answers": {"goals": "Fewer headache days"}}""");
        }
    }

    @Nested
    class Emergency {

        @Test
        void queuesAMailToEveryActiveOwnerAndFrontDeskAccountNamingNoClient() {
            String client = registerClient(mvc);
            List<String> staff = jdbc.sql("""
                    SELECT email FROM account WHERE active = TRUE AND role IN ('OWNER', 'FRONT_DESK')""")
                    .query(String.class).list();

            submitted(mvc, client, complete(RedFlagQuestion.ONSET_SUDDEN));

            List<Map<String, Object>> mails = jdbc.sql("""
                    SELECT recipient, subject, body FROM mail_outbox WHERE body LIKE :link""")
                    .param("link", "%/desk/clients/" + client + "/clearances%").query().listOfRows();
            assertThat(mails).extracting(m -> m.get("recipient")).containsExactlyInAnyOrderElementsOf(staff);
            assertThat(mails).extracting(m -> m.get("subject"))
                    .containsOnly(messages("intake.mail.emergency.subject"));
            assertThat(mails).extracting(m -> (String) m.get("body")).noneMatch(body -> body.contains("Robin"));
        }

        @Test
        void queuesNoMailForAnUrgentScreening() {
            String client = registerClient(mvc);

            submitted(mvc, client, complete(RedFlagQuestion.POSITIONAL));

            assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE body LIKE :link")
                    .param("link", "%/desk/clients/" + client + "/%").query(Long.class).single()).isZero();
        }
    }

    @Nested
    class TreatmentClearance {

        @Test
        void withoutAnIntakeNoTreatment() {
            assertThat(treatment(registerClient(mvc))).bodyJson().isLenientlyEqualTo("""
                    {"status": "NO_INTAKE", "allowed": false, "blockingReasons": [{"kind": "NO_INTAKE"}]}""");
        }

        @Test
        void noneAllowsTreatment() {
            String client = registerClient(mvc);
            submitted(mvc, client, complete());

            assertThat(treatment(client)).bodyJson().isLenientlyEqualTo("""
                    {"status": "ALLOWED", "allowed": true, "tier": "NONE", "doctorReviewRecommended": false,
                     "blockingReasons": [], "limit": "ALL_TREATMENT"}""");
        }

        @Test
        void routineAllowsTreatmentWithADoctorReviewRecommended() {
            String client = registerClient(mvc);
            submitted(mvc, client, complete(RedFlagQuestion.NEW_MEDICINE_AT_ONSET));

            assertThat(treatment(client)).bodyJson().isLenientlyEqualTo("""
                    {"status": "ALLOWED", "allowed": true, "tier": "ROUTINE", "doctorReviewRecommended": true,
                     "redFlags": [{"code": "NEW_MEDICINE_AT_ONSET"}]}""");
        }

        @Test
        void urgentBlocksUntilAClearanceIsRecordedAndThenItsScopeLimitsTreatment() {
            String client = registerClient(mvc);
            submitted(mvc, client, complete(RedFlagQuestion.POSITIONAL));
            assertThat(treatment(client)).bodyJson().isLenientlyEqualTo("""
                    {"status": "BLOCKED", "allowed": false, "tier": "URGENT",
                     "blockingReasons": [{"kind": "RED_FLAG", "code": "POSITIONAL"}],
                     "contraindications": [{"condition": "RED_FLAG_SCREENING", "cleared": false}]}""");

            MvcTestResult recorded = recordClearance(mvc, client, clearance(intake.today(), "GENTLE_WORK_ONLY",
                    intake.today().plusMonths(3)));

            assertThat(recorded).hasStatus(201).bodyJson().isLenientlyEqualTo("""
                    {"clinicianName": "Dr. Mei Chen", "scope": "GENTLE_WORK_ONLY", "intakeVersion": 1,
                     "recordedBy": "Dana Desk"}""");
            assertThat(treatment(client)).bodyJson().isLenientlyEqualTo("""
                    {"status": "CLEARED", "allowed": true, "blockingReasons": [], "limit": "GENTLE_WORK_ONLY",
                     "clearance": {"clinicianName": "Dr. Mei Chen"},
                     "contraindications": [{"condition": "RED_FLAG_SCREENING", "cleared": true}]}""");
        }

        @Test
        void emergencyBlocksWithItsOwnStatus() {
            String client = registerClient(mvc);
            submitted(mvc, client, complete(RedFlagQuestion.VISUAL_LOSS));

            assertThat(treatment(client)).bodyJson().isLenientlyEqualTo("""
                    {"status": "EMERGENCY", "allowed": false, "tier": "EMERGENCY",
                     "blockingReasons": [{"code": "SUDDEN_VISUAL_LOSS"}]}""");
        }

        @Test
        void aClearanceCarriesOverToANewerIntakeOnlyForTheFlagsTheClinicianSaw() {
            String client = registerClient(mvc);
            submitted(mvc, client, complete(RedFlagQuestion.POSITIONAL));
            assertThat(recordClearance(mvc, client, clearance(intake.today(), "ALL_TREATMENT", null)))
                    .hasStatus(201);

            ObjectNode sameFlags = complete(RedFlagQuestion.POSITIONAL);
            sameFlags.put("goals", "Fewer attacks at work");
            submitted(mvc, client, sameFlags);
            assertThat(treatment(client)).bodyJson().extractingPath("$.status").isEqualTo("CLEARED");

            submitted(mvc, client, complete(RedFlagQuestion.POSITIONAL, RedFlagQuestion.PROGRESSIVE));
            assertThat(treatment(client)).bodyJson().isLenientlyEqualTo("""
                    {"status": "BLOCKED", "intakeVersion": 3,
                     "blockingReasons": [{"kind": "RED_FLAG", "code": "PROGRESSIVE"}]}""");
            assertThat(Json.<List<Object>>read(treatment(client), "$.blockingReasons")).hasSize(1);
        }
    }

    @Nested
    class Clearances {

        @Test
        void listsTheClearancesNewestFirst() {
            String client = registerClient(mvc);
            submitted(mvc, client, complete(RedFlagQuestion.POSITIONAL));
            recordClearance(mvc, client, clearance(intake.today().minusDays(3), "NO_NECK_WORK", null));
            recordClearance(mvc, client, clearance(intake.today(), "ALL_TREATMENT", null));

            assertThat(Json.<List<String>>read(get(client, "/clearances"), "$[*].scope"))
                    .containsExactly("ALL_TREATMENT", "NO_NECK_WORK");
        }

        @Test
        void refusesMissingOrImpossibleDetailsNamingEachField() {
            String client = registerClient(mvc);

            MvcTestResult empty = recordClearance(mvc, client, "{}");
            assertThat(empty).hasStatus(400);
            assertThat(Json.<List<String>>read(empty, "$.errors[*].field"))
                    .containsExactlyInAnyOrder("clinicianName", "clinicianProfession", "clearedOn", "scope");

            MvcTestResult impossible = recordClearance(mvc, client, clearance(intake.today().plusDays(2),
                    "ALL_TREATMENT", intake.today().plusDays(1)));
            assertThat(impossible).hasStatus(400);
            assertThat(Json.<List<String>>read(impossible, "$.errors[*].field"))
                    .containsExactlyInAnyOrder("clearedOn", "expiresOn");

            MvcTestResult expired = recordClearance(mvc, client, clearance(intake.today().minusDays(30),
                    "ALL_TREATMENT", intake.today().minusDays(1)));
            assertThat(Json.<List<String>>read(expired, "$.errors[*].message"))
                    .containsExactly(messages("intake.clearance.expired-already"));

            MvcTestResult unknownScope = recordClearance(mvc, client, clearance(intake.today(), "SOME_WORK", null));
            assertThat(unknownScope).hasStatus(400);
            assertThat(Json.<List<String>>read(unknownScope, "$.errors[*].field")).containsExactly("scope");
            assertThat(Json.<List<Object>>read(get(client, "/clearances"), "$")).isEmpty();
        }

        @Test
        void areRecordedByTheOwnerAndTheFrontDeskOnly() {
            String client = registerClient(mvc);
            String body = clearance(intake.today(), "ALL_TREATMENT", null);

            assertThat(mvc.post().uri("/api/v1/clients/{id}/clearances", client).with(Demo.basic(Demo.OWNER))
                    .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(201);
            assertThat(mvc.post().uri("/api/v1/clients/{id}/clearances", client).with(Demo.basic(Demo.THERAPIST))
                    .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(404);
        }

        @Test
        void aClientMayReadButNotRecordTheirOwn() {
            String email = IntakeRequests.uniqueEmail("own-clearance");
            String client = IntakeRequests.signUp(mvc, email);

            assertThat(mvc.post().uri("/api/v1/clients/{id}/clearances", client).with(IntakeRequests.as(email))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(clearance(intake.today(), "ALL_TREATMENT", null))).hasStatus(403);
            assertThat(mvc.get().uri("/api/v1/clients/{id}/clearances", client).with(IntakeRequests.as(email)))
                    .hasStatusOk();
        }
    }

    private MvcTestResult get(String client, String path) {
        return mvc.get().uri("/api/v1/clients/" + client + path).with(Demo.basic(Demo.OWNER)).exchange();
    }

    private MvcTestResult treatment(String client) {
        MvcTestResult result = get(client, "/treatment-clearance");
        assertThat(result).hasStatusOk();
        return result;
    }

    @Autowired
    org.springframework.context.MessageSource messageSource;

    private String messages(String key, Object... args) {
        return messageSource.getMessage(key, args, java.util.Locale.ENGLISH);
    }
}
