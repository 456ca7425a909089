package org.stillpoint.clients.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.stillpoint.clients.web.ClientFixtures.PASSWORD;
import static org.stillpoint.clients.web.ClientFixtures.auditRows;
import static org.stillpoint.clients.web.ClientFixtures.clientIdOf;
import static org.stillpoint.clients.web.ClientFixtures.demoClientId;
import static org.stillpoint.clients.web.ClientFixtures.register;
import static org.stillpoint.clients.web.ClientFixtures.signedUpClient;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.StaffAccounts;

/** The clients API: staff registration, who sees which client (DESIGN §1), audit rows, changes and refusals. */
@DemoClinicTest
class ClientApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Nested
    class Registering {

        @Test
        void theFrontDeskRegistersAClientAndGetsItsId() {
            String email = StaffAccounts.uniqueEmail("maya");

            MvcTestResult created = mvc.post().uri("/api/v1/clients").with(Demo.basic(Demo.DESK))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"firstName":"Maya","lastName":"Ortiz","email":"%s","dateOfBirth":"1990-05-01",
                             "phone":"+1 503 555 0120"}""".formatted(email.toUpperCase())).exchange();

            assertThat(created).hasStatus(201).bodyJson().isLenientlyEqualTo("""
                    {"firstName":"Maya","lastName":"Ortiz","email":"%s","dateOfBirth":"1990-05-01",
                     "phone":"+1 503 555 0120","hasAccount":false,"emailVerified":false,
                     "sharesDiaryWithTherapists":false}""".formatted(email));
            String id = Json.read(created, "$.id");
            assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/clients/" + id);
            assertThat(auditRows(jdbc, Demo.DESK, "CREATE", "client", id, "SUCCESS")).isEqualTo(1);
        }

        @Test
        void aDateOfBirthInTheFutureIsA400NamingTheField() {
            MvcTestResult refused = registerWith("\"dateOfBirth\":\"2999-01-01\"");

            assertThat(refused).hasStatus(400).bodyJson().isLenientlyEqualTo("""
                    {"type":"urn:stillpoint:problem:validation",
                     "errors":[{"field":"dateOfBirth","message":"This date cannot be in the future."}]}""");
        }

        @Test
        void aDateOfBirthBefore1900IsA400NamingTheField() {
            assertThat(registerWith("\"dateOfBirth\":\"1899-12-31\"")).hasStatus(400).bodyJson()
                    .extractingPath("$.errors[*].field").asArray().containsExactly("dateOfBirth");
        }

        @Test
        void blankNamesAreA400NamingEachField() {
            MvcTestResult refused = mvc.post().uri("/api/v1/clients").with(Demo.basic(Demo.DESK))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"firstName":" ","lastName":"","email":"%s","dateOfBirth":"1990-05-01"}"""
                            .formatted(StaffAccounts.uniqueEmail("blank"))).exchange();

            assertThat(refused).hasStatus(400);
            assertThat(Json.<List<String>>read(refused, "$.errors[*].field"))
                    .containsExactlyInAnyOrder("firstName", "lastName");
        }

        @Test
        void missingEmailAndDateOfBirthAreEachNamed() {
            MvcTestResult refused = mvc.post().uri("/api/v1/clients").with(Demo.basic(Demo.OWNER))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"firstName\":\"A\",\"lastName\":\"B\"}")
                    .exchange();

            assertThat(refused).hasStatus(400);
            assertThat(Json.<List<String>>read(refused, "$.errors[*].field"))
                    .containsExactlyInAnyOrder("email", "dateOfBirth");
        }

        @Test
        void aTakenEmailIsA409AndNothingIsSaved() {
            String email = StaffAccounts.uniqueEmail("twice");
            register(mvc, "First", "Person", email);

            MvcTestResult again = registerWith("\"email\":\"" + email.toUpperCase() + "\"");

            assertThat(again).hasStatus(409).bodyJson().isLenientlyEqualTo("""
                    {"type":"urn:stillpoint:problem:email-taken",
                     "detail":"A client with this e-mail address is already registered."}""");
            assertThat(Json.<List<String>>read(search(Demo.DESK, email), "$[*].email")).containsExactly(email);
        }

        @ParameterizedTest
        @ValueSource(strings = {Demo.CLIENT, Demo.THERAPIST})
        void onlyTheOwnerAndTheFrontDeskRegisterClients(String email) {
            String address = StaffAccounts.uniqueEmail("sneaky");

            assertThat(mvc.post().uri("/api/v1/clients").with(Demo.basic(email)).contentType(MediaType.APPLICATION_JSON)
                    .content("""
                            {"firstName":"Sneaky","lastName":"Client","email":"%s","dateOfBirth":"1990-05-01"}"""
                            .formatted(address))).hasStatus(403);
            assertThat(Json.<List<Object>>read(search(Demo.DESK, address), "$")).isEmpty();
        }

        private MvcTestResult registerWith(String override) {
            String json = """
                    {"firstName":"Maya","lastName":"Ortiz","email":"%s","dateOfBirth":"1990-05-01"}"""
                    .formatted(StaffAccounts.uniqueEmail("override"));
            String key = override.substring(0, override.indexOf(':'));
            json = json.replaceFirst(key + ":\"[^\"]*\"", java.util.regex.Matcher.quoteReplacement(override));
            return mvc.post().uri("/api/v1/clients").with(Demo.basic(Demo.DESK))
                    .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
        }
    }

    @Nested
    class WhoSeesWhichClient {

        @Test
        void aClientSeesThemself() {
            String id = demoClientId(mvc);

            assertThat(mvc.get().uri("/api/v1/clients/{id}", id).with(Demo.basic(Demo.CLIENT))).hasStatusOk()
                    .bodyJson().isLenientlyEqualTo("""
                            {"email":"client@demo.stillpoint.test","hasAccount":true,"emailVerified":true}""");
        }

        @Test
        void aClientReadingAnotherClientGetsTheSame404AsForNobody() {
            String other = register(mvc, "Other", "Person", StaffAccounts.uniqueEmail("other"));

            MvcTestResult someoneElses = mvc.get().uri("/api/v1/clients/{id}", other).with(Demo.basic(Demo.CLIENT))
                    .exchange();
            MvcTestResult nobodys = mvc.get().uri("/api/v1/clients/{id}", UUID.randomUUID())
                    .with(Demo.basic(Demo.CLIENT)).exchange();

            assertThat(someoneElses).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(nobodys).hasStatus(404);
            for (String part : List.of("$.type", "$.title", "$.detail")) {
                assertThat(Json.<String>read(someoneElses, part)).as(part).isEqualTo(Json.read(nobodys, part));
            }
            assertThat(auditRows(jdbc, Demo.CLIENT, "READ", "client", other, "DENIED")).isEqualTo(1);
        }

        @Test
        void aClientCannotReadAnotherClientsConsentsOrChangeTheirContact() {
            String other = register(mvc, "Other", "Person", StaffAccounts.uniqueEmail("other"));

            assertThat(mvc.get().uri("/api/v1/clients/{id}/consents", other).with(Demo.basic(Demo.CLIENT)))
                    .hasStatus(404);
            assertThat(mvc.put().uri("/api/v1/clients/{id}", other).with(Demo.basic(Demo.CLIENT))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"firstName":"Hacked","lastName":"Person","dateOfBirth":"1990-05-01"}"""))
                    .hasStatus(404);
            assertThat(mvc.get().uri("/api/v1/clients/{id}", other).with(Demo.basic(Demo.DESK))).bodyJson()
                    .extractingPath("$.firstName").isEqualTo("Other");
        }

        @Test
        void theFrontDeskSeesContactAndTheReadIsAudited() {
            String id = register(mvc, "Dana", "Reader", StaffAccounts.uniqueEmail("contact"));
            long before = auditRows(jdbc, Demo.DESK, "READ", "client", id, "SUCCESS");

            assertThat(mvc.get().uri("/api/v1/clients/{id}", id).with(Demo.basic(Demo.DESK))).hasStatusOk()
                    .bodyJson().isLenientlyEqualTo("""
                            {"firstName":"Dana","lastName":"Reader","phone":"+1 503 555 0199"}""");
            assertThat(auditRows(jdbc, Demo.DESK, "READ", "client", id, "SUCCESS")).isEqualTo(before + 1);
        }

        @Test
        void theOwnersReadIsAuditedToo() {
            String id = register(mvc, "Olga", "Read", StaffAccounts.uniqueEmail("owner-read"));

            assertThat(mvc.get().uri("/api/v1/clients/{id}", id).with(Demo.basic(Demo.OWNER))).hasStatusOk();
            assertThat(mvc.get().uri("/api/v1/clients/{id}", id).with(Demo.basic(Demo.OWNER))).hasStatusOk();

            assertThat(auditRows(jdbc, Demo.OWNER, "READ", "client", id, "SUCCESS")).isEqualTo(2);
        }

        @Test
        void aClientsReadOfTheirOwnRecordIsNotAStaffRead() {
            String email = signedUpClient(mvc);
            String id = clientIdOf(mvc, email);

            assertThat(mvc.get().uri("/api/v1/clients/{id}", id).with(httpBasic(email, PASSWORD))).hasStatusOk();

            assertThat(auditRows(jdbc, email, "READ", "client", id, "SUCCESS")).isZero();
        }

        @Test
        void aTherapistWithoutAnAppointmentGets404AndTheAttemptIsAudited() {
            // Newly registered: no therapist has an appointment with them (the demo client has some).
            String id = register(mvc, "Nora", "Newcomer", StaffAccounts.uniqueEmail("nora"));

            assertThat(mvc.get().uri("/api/v1/clients/{id}", id).with(Demo.basic(Demo.THERAPIST))).hasStatus(404);
            assertThat(mvc.get().uri("/api/v1/clients/{id}/consents", id).with(Demo.basic(Demo.THERAPIST)))
                    .hasStatus(404);
            assertThat(auditRows(jdbc, Demo.THERAPIST, "READ", "client", id, "DENIED")).isPositive();
        }

        @Test
        void anIdThatIsNotAUuidIsA400NamingIt() {
            assertThat(mvc.get().uri("/api/v1/clients/not-a-client").with(Demo.basic(Demo.DESK))).hasStatus(400)
                    .bodyJson().extractingPath("$.errors[0].field").isEqualTo("id");
        }

        @Test
        void withoutCredentialsTheApiAsksForThem() {
            assertThat(mvc.get().uri("/api/v1/clients/{id}", UUID.randomUUID())).hasStatus(401);
        }
    }

    @Nested
    class Searching {

        @Test
        void findsClientsByPartOfTheNameOrTheEmailAndIsAudited() {
            String tag = UUID.randomUUID().toString().substring(0, 6);
            register(mvc, "Ysolde", "Fairweather" + tag, StaffAccounts.uniqueEmail("ysolde"));

            assertThat(Json.<List<String>>read(search(Demo.DESK, "fairweather" + tag), "$[*].firstName"))
                    .containsExactly("Ysolde");
            assertThat(Json.<List<String>>read(search(Demo.OWNER, "YSOLDE FAIR"), "$[*].lastName"))
                    .contains("Fairweather" + tag);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE record_type = 'client-list' AND detail = ?")
                    .param("query: fairweather" + tag).query(Long.class).single()).isEqualTo(1);
        }

        @Test
        void treatsLikeWildcardsAsPlainCharacters() {
            assertThat(Json.<List<Object>>read(search(Demo.DESK, "%"), "$")).isEmpty();
            assertThat(Json.<List<Object>>read(search(Demo.DESK, "_"), "$")).isEmpty();
        }

        @Test
        void listsTheDemoClientsByLastNameWhenTheQueryIsEmpty() {
            List<String> lastNames = Json.read(search(Demo.DESK, ""), "$[*].lastName");

            assertThat(lastNames).hasSizeGreaterThanOrEqualTo(30).contains("Bennett", "Ortiz", "Quinn");
            assertThat(lastNames).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        }

        @ParameterizedTest
        @ValueSource(strings = {Demo.CLIENT, Demo.THERAPIST})
        void isForTheOwnerAndTheFrontDeskOnly(String email) {
            assertThat(mvc.get().uri("/api/v1/clients?query=a").with(Demo.basic(email))).hasStatus(403);
        }
    }

    @Nested
    class Changing {

        @Test
        void theClientChangesTheirContactAndBadInputNamesTheField() {
            String email = signedUpClient(mvc);
            String id = clientIdOf(mvc, email);

            assertThat(mvc.put().uri("/api/v1/clients/{id}", id).with(httpBasic(email, PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"firstName":"Rosa","lastName":"Lind","dateOfBirth":"1991-09-30","phone":"+1 503 555 0177",
                             "emergencyContactName":"Per Lind","emergencyContactPhone":"+1 503 555 0178",
                             "doctorName":"Dr. Mei Chen","doctorContact":"Headache clinic, Portland"}"""))
                    .hasStatusOk().bodyJson().isLenientlyEqualTo("""
                            {"phone":"+1 503 555 0177","emergencyContactName":"Per Lind","doctorName":"Dr. Mei Chen",
                             "email":"%s"}""".formatted(email));
            assertThat(mvc.put().uri("/api/v1/clients/{id}", id).with(httpBasic(email, PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"firstName":"Rosa","lastName":"Lind","dateOfBirth":"1991-09-30","phone":"call me"}"""))
                    .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("phone");
            assertThat(mvc.get().uri("/api/v1/clients/{id}", id).with(httpBasic(email, PASSWORD))).bodyJson()
                    .extractingPath("$.phone").isEqualTo("+1 503 555 0177");
        }

        @Test
        void theFrontDeskChangesContactAndTheChangeIsAudited() {
            String id = register(mvc, "Desk", "Changed", StaffAccounts.uniqueEmail("desk-change"));

            assertThat(mvc.put().uri("/api/v1/clients/{id}", id).with(Demo.basic(Demo.DESK))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"firstName":"Desk","lastName":"Changed","dateOfBirth":"1988-04-12",
                             "address":"3 Willow Road, Portland, OR"}""")).hasStatusOk();

            assertThat(auditRows(jdbc, Demo.DESK, "UPDATE", "client", id, "SUCCESS")).isEqualTo(1);
        }

        @Test
        void preferencesAreSavedAsGiven() {
            String email = signedUpClient(mvc);
            String id = clientIdOf(mvc, email);

            assertThat(mvc.put().uri("/api/v1/clients/{id}/preferences", id).with(httpBasic(email, PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"lightSensitive":true,"scentSensitive":true,"pressure":"VERY_LIGHT",
                             "areasToAvoid":"Front of the neck","quietSession":true}""")).hasStatusOk();

            assertThat(mvc.get().uri("/api/v1/clients/{id}", id).with(httpBasic(email, PASSWORD))).bodyJson()
                    .extractingPath("$.preferences").isEqualTo(java.util.Map.of("lightSensitive", true,
                            "soundSensitive", false, "scentSensitive", true, "touchSensitive", false,
                            "pressure", "VERY_LIGHT", "areasToAvoid", "Front of the neck", "quietSession", true));
        }

        @Test
        void anUnknownPressureIsA400NamingIt() {
            String id = demoClientId(mvc);

            assertThat(mvc.put().uri("/api/v1/clients/{id}/preferences", id).with(Demo.basic(Demo.CLIENT))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"pressure\":\"DEEP\"}")).hasStatus(400)
                    .bodyJson().extractingPath("$.errors[0].field").isEqualTo("pressure");
        }

        @Test
        void sharingTogglesAndOnlyTheClientDecides() {
            String email = signedUpClient(mvc);
            String id = clientIdOf(mvc, email);

            assertThat(share(httpBasic(email, PASSWORD), id, true)).hasStatusOk().bodyJson()
                    .extractingPath("$.sharesDiaryWithTherapists").isEqualTo(true);
            assertThat(mvc.get().uri("/api/v1/clients/{id}", id).with(Demo.basic(Demo.DESK))).bodyJson()
                    .extractingPath("$.sharesDiaryWithTherapists").isEqualTo(true);
            assertThat(share(httpBasic(email, PASSWORD), id, false)).hasStatusOk().bodyJson()
                    .extractingPath("$.sharesDiaryWithTherapists").isEqualTo(false);

            assertThat(share(Demo.basic(Demo.OWNER), id, true)).hasStatus(403);
            assertThat(share(Demo.basic(Demo.DESK), id, true)).hasStatus(403);
            assertThat(share(Demo.basic(Demo.CLIENT), id, true)).hasStatus(404);
            assertThat(share(Demo.basic(Demo.THERAPIST), id, true)).hasStatus(404);
            assertThat(mvc.get().uri("/api/v1/clients/{id}", id).with(httpBasic(email, PASSWORD))).bodyJson()
                    .extractingPath("$.sharesDiaryWithTherapists").isEqualTo(false);
            assertThat(auditRows(jdbc, email, "UPDATE", "client-sharing", id, "SUCCESS")).isEqualTo(2);
        }

        @Test
        void sharingWithoutAnAnswerIsA400() {
            assertThat(mvc.put().uri("/api/v1/clients/{id}/sharing", demoClientId(mvc)).with(Demo.basic(Demo.CLIENT))
                    .contentType(MediaType.APPLICATION_JSON).content("{}")).hasStatus(400).bodyJson()
                    .extractingPath("$.errors[0].field").isEqualTo("sharesDiaryWithTherapists");
        }

        private MvcTestResult share(org.springframework.test.web.servlet.request.RequestPostProcessor who, String id,
                                    boolean share) {
            return mvc.put().uri("/api/v1/clients/{id}/sharing", id).with(who).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"sharesDiaryWithTherapists\":" + share + "}").exchange();
        }
    }

    @Test
    void meTellsAClientTheirClientIdAndNobodyElseGetsOne() {
        assertThat(mvc.get().uri("/api/v1/me").with(Demo.basic(Demo.CLIENT))).bodyJson()
                .extractingPath("$.clientId").isNotNull();
        for (String staff : List.of(Demo.OWNER, Demo.DESK, Demo.THERAPIST)) {
            assertThat(Json.keysIn(Json.body(mvc.get().uri("/api/v1/me").with(Demo.basic(staff)).exchange())))
                    .as(staff).doesNotContain("clientId");
        }
    }

    private MvcTestResult search(String who, String query) {
        return mvc.get().uri("/api/v1/clients").param("query", query).with(Demo.basic(who)).exchange();
    }
}
