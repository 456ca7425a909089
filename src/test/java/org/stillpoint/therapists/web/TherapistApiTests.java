package org.stillpoint.therapists.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.StaffAccounts;

/**
 * Therapists through the API: public profiles without account data, owner-only writes that open the therapist's
 * account with the profile, all or nothing. These tests add therapists, so the shared demo clinic is thrown away
 * afterwards.
 */
@DemoClinicTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TherapistApiTests {

    private static final String PASSWORD = "first password for Rosa";

    @Autowired
    MockMvcTester mvc;

    @Test
    void theDemoClinicHasOneTherapistOfEachProviderTypeWithPublicProfiles() {
        MvcTestResult list = mvc.get().uri("/api/v1/therapists").exchange();

        assertThat(list).hasStatusOk();
        assertThat(Json.<List<String>>read(list, "$[*].providerType")).contains("MEDICAL_MASSAGE_THERAPIST",
                "NEUROMUSCULAR_THERAPIST", "CRANIOSACRAL_THERAPIST", "SPA_MASSAGE_THERAPIST", "PHYSICAL_THERAPIST");
        assertThat(list).bodyJson().extractingPath("$[?(@.name == 'Theo Marsh')]").asArray().singleElement()
                .satisfies(theo -> assertThat(theo.toString()).contains("LMT-48213", "HOT_STONE"));
        assertThat(Json.keysIn(Json.body(list))).doesNotContain("accountId", "email", "password", "account");
    }

    @Test
    void theOwnerAddsATherapistWithTheirAccount() {
        String email = StaffAccounts.uniqueEmail("rosa");

        MvcTestResult created = post(Demo.OWNER, newTherapist(email, PASSWORD, "CRANIOSACRAL_THERAPIST"));

        assertThat(created).hasStatus(201).bodyJson().isLenientlyEqualTo("""
                {"name":"Rosa Lind","providerType":"CRANIOSACRAL_THERAPIST","licenceNumber":"CST-1234",
                 "techniques":["CRANIOSACRAL","LYMPHATIC_DRAINAGE"],"active":true}""");
        String id = Json.read(created, "$.id");
        assertThat(created).hasHeader("Location", "/api/v1/therapists/" + id);
        assertThat(Json.keysIn(Json.body(created))).doesNotContain("email", "accountId", "initialPassword");
        assertThat(staff()).bodyJson().extractingPath("$[?(@.email == '" + email + "')].role")
                .asArray().containsExactly("THERAPIST");
        // The new therapist signs in with the first password and must choose their own before using the API.
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(email, PASSWORD))).hasStatus(403)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:stillpoint:problem:password-change-required");
    }

    @Test
    void theOwnerChangesATherapistsProfile() {
        String id = create(StaffAccounts.uniqueEmail("edit"));

        MvcTestResult changed = mvc.put().uri("/api/v1/therapists/{id}", id).with(Demo.basic(Demo.OWNER))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"displayName":"Rosa Lind-Berg","providerType":"PHYSICAL_THERAPIST",
                         "techniques":["TRIGGER_POINT"],"bio":"Neck and jaw.","active":false}""").exchange();

        assertThat(changed).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"id":"%s","name":"Rosa Lind-Berg","providerType":"PHYSICAL_THERAPIST",
                 "techniques":["TRIGGER_POINT"],"bio":"Neck and jaw.","active":false}""".formatted(id));
        assertThat(therapistIds("/api/v1/therapists", null)).doesNotContain(id);
        assertThat(therapistIds("/api/v1/therapists?all=true", Demo.OWNER)).contains(id);
        assertThat(therapistIds("/api/v1/therapists?all=true", null)).doesNotContain(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {Demo.DESK, Demo.THERAPIST, Demo.CLIENT})
    void everyOtherRoleIsRefusedEveryWrite(String email) {
        String newEmail = StaffAccounts.uniqueEmail("refused");
        String theo = Json.<List<String>>read(mvc.get().uri("/api/v1/therapists").exchange(),
                "$[?(@.name == 'Theo Marsh')].id").get(0);

        assertForbidden(post(email, newTherapist(newEmail, PASSWORD, "SPA_MASSAGE_THERAPIST")));
        assertForbidden(mvc.put().uri("/api/v1/therapists/{id}", theo).with(Demo.basic(email))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"displayName":"Theo Renamed","providerType":"SPA_MASSAGE_THERAPIST",
                         "techniques":["SWEDISH"]}""").exchange());

        assertThat(mvc.get().uri("/api/v1/therapists/{id}", theo)).bodyJson().extractingPath("$.name")
                .isEqualTo("Theo Marsh");
        assertThat(Json.<List<String>>read(staff(), "$[*].email")).doesNotContain(newEmail);
    }

    @Test
    void missingFieldsAreRefusedNamingEachOfThem() {
        MvcTestResult refused = post(Demo.OWNER, "{}");

        assertThat(refused).hasStatus(400).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:stillpoint:problem:validation");
        assertThat(Json.<List<String>>read(refused, "$.errors[*].field"))
                .containsExactlyInAnyOrder("email", "initialPassword", "profile");
    }

    @Test
    void missingProfileFieldsAreRefusedNamingEachOfThem() {
        MvcTestResult refused = post(Demo.OWNER, """
                {"email":"%s","initialPassword":"%s","profile":{"displayName":" ","techniques":[]}}"""
                .formatted(StaffAccounts.uniqueEmail("blank"), PASSWORD));

        assertThat(refused).hasStatus(400);
        assertThat(Json.<List<String>>read(refused, "$.errors[*].field")).containsExactlyInAnyOrder(
                "profile.displayName", "profile.providerType", "profile.techniques");
    }

    @Test
    void anUnknownProviderTypeIsRefusedNamingTheField() {
        assertThat(post(Demo.OWNER, newTherapist(StaffAccounts.uniqueEmail("masseur"), PASSWORD, "MASSEUR")))
                .hasStatus(400).bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:stillpoint:problem:validation","errors":[{"field":"profile.providerType"}]}""");
    }

    @Test
    void anUnknownTechniqueIsRefusedNamingTheField() {
        MvcTestResult refused = post(Demo.OWNER, """
                {"email":"%s","initialPassword":"%s","profile":{"displayName":"Rosa Lind",
                 "providerType":"SPA_MASSAGE_THERAPIST","techniques":["MASSAGE"]}}"""
                .formatted(StaffAccounts.uniqueEmail("technique"), PASSWORD));

        assertThat(refused).hasStatus(400);
        assertThat(Json.<List<String>>read(refused, "$.errors[*].field")).singleElement().asString()
                .startsWith("profile.techniques");
    }

    @Test
    void aTrainingDateInTheFutureIsRefusedNamingTheField() {
        MvcTestResult refused = post(Demo.OWNER, """
                {"email":"%s","initialPassword":"%s","profile":{"displayName":"Rosa Lind",
                 "providerType":"SPA_MASSAGE_THERAPIST","techniques":["SWEDISH"],"trainingCompletedOn":"%s"}}"""
                .formatted(StaffAccounts.uniqueEmail("future"), PASSWORD, LocalDate.now().plusYears(1)));

        assertThat(refused).hasStatus(400).bodyJson().isLenientlyEqualTo("""
                {"errors":[{"field":"profile.trainingCompletedOn","message":"This date cannot be in the future."}]}""");
    }

    @Test
    void aWeakFirstPasswordIsRefusedNamingItAndLeavesNoAccountAndNoTherapist() {
        String email = StaffAccounts.uniqueEmail("weak");
        int therapistsBefore = therapistIds("/api/v1/therapists?all=true", Demo.OWNER).size();

        MvcTestResult refused = post(Demo.OWNER, newTherapist(email, "short", "SPA_MASSAGE_THERAPIST"));

        assertThat(refused).hasStatus(422).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:stillpoint:problem:weak-password","errors":[{"field":"initialPassword"}]}""");
        assertThat(Json.<List<String>>read(staff(), "$[*].email")).doesNotContain(email);
        assertThat(therapistIds("/api/v1/therapists?all=true", Demo.OWNER)).hasSize(therapistsBefore);
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(email, "short"))).hasStatus(401);
    }

    @Test
    void theEmailAsFirstPasswordIsRefusedAndSavesNothing() {
        String email = StaffAccounts.uniqueEmail("same");

        assertThat(post(Demo.OWNER, newTherapist(email, email, "SPA_MASSAGE_THERAPIST"))).hasStatus(422)
                .bodyJson().isLenientlyEqualTo("{\"errors\":[{\"field\":\"initialPassword\"}]}");
        assertThat(Json.<List<String>>read(staff(), "$[*].email")).doesNotContain(email);
    }

    @Test
    void anEmailThatAlreadyHasAnAccountIsAConflictAndAddsNoTherapist() {
        int therapistsBefore = therapistIds("/api/v1/therapists?all=true", Demo.OWNER).size();

        assertThat(post(Demo.OWNER, newTherapist(Demo.CLIENT, PASSWORD, "SPA_MASSAGE_THERAPIST"))).hasStatus(409)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:stillpoint:problem:email-taken");
        assertThat(therapistIds("/api/v1/therapists?all=true", Demo.OWNER)).hasSize(therapistsBefore);
    }

    @Test
    void anIdThatIsNotAUuidIsABadRequestAndAnUnknownIdIsNotFound() {
        String profile = """
                {"displayName":"Nobody","providerType":"SPA_MASSAGE_THERAPIST","techniques":["SWEDISH"]}""";

        assertThat(mvc.get().uri("/api/v1/therapists/theo")).hasStatus(400)
                .bodyJson().isLenientlyEqualTo("{\"errors\":[{\"field\":\"id\"}]}");
        assertThat(mvc.put().uri("/api/v1/therapists/theo").with(Demo.basic(Demo.OWNER))
                .contentType(MediaType.APPLICATION_JSON).content(profile)).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/therapists/{id}", UUID.randomUUID())).hasStatus(404)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:stillpoint:problem:not-found");
        assertThat(mvc.put().uri("/api/v1/therapists/{id}", UUID.randomUUID()).with(Demo.basic(Demo.OWNER))
                .contentType(MediaType.APPLICATION_JSON).content(profile)).hasStatus(404)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private String create(String email) {
        MvcTestResult created = post(Demo.OWNER, newTherapist(email, PASSWORD, "CRANIOSACRAL_THERAPIST"));
        assertThat(created).hasStatus(201);
        return Json.read(created, "$.id");
    }

    private MvcTestResult post(String caller, String json) {
        return mvc.post().uri("/api/v1/therapists").with(Demo.basic(caller)).contentType(MediaType.APPLICATION_JSON)
                .content(json).exchange();
    }

    private MvcTestResult staff() {
        return mvc.get().uri("/api/v1/staff").with(Demo.basic(Demo.OWNER)).exchange();
    }

    private List<String> therapistIds(String uri, String caller) {
        var request = mvc.get().uri(uri);
        return Json.read(caller == null ? request.exchange() : request.with(Demo.basic(caller)).exchange(),
                "$[*].id");
    }

    private static void assertForbidden(MvcTestResult result) {
        assertThat(result).hasStatus(403).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:stillpoint:problem:forbidden");
    }

    private static String newTherapist(String email, String password, String providerType) {
        return """
                {"email":"%s","initialPassword":"%s",
                 "profile":{"displayName":"Rosa Lind","providerType":"%s","licenceNumber":"CST-1234",
                            "headacheTraining":"Craniosacral therapy for migraine","trainingCompletedOn":"2022-05-01",
                            "techniques":["CRANIOSACRAL","LYMPHATIC_DRAINAGE"],"bio":"Light touch."}}"""
                .formatted(email, password, providerType);
    }
}
