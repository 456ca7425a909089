package org.stillpoint.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.Pages;
import org.stillpoint.support.StaffAccounts;

/**
 * The owner opens and closes staff accounts; a new colleague picks their own password at first sign-in; a closed
 * account can neither sign in nor keep a session it already had.
 */
@DemoClinicTest
class StaffAccountsTests {

    private static final String FIRST_PASSWORD = "given in person at the desk";
    private static final String OWN_PASSWORD = "my own calm evening password";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void ownerOpensAFrontDeskAccount() {
        String email = StaffAccounts.uniqueEmail("desk");

        MvcTestResult created = openStaff("""
                {"displayName":"Frankie Desk","email":"%s","role":"FRONT_DESK","password":"%s"}"""
                .formatted(email, FIRST_PASSWORD));

        assertThat(created).hasStatus(201).bodyJson().isLenientlyEqualTo("""
                {"email":"%s","displayName":"Frankie Desk","role":"FRONT_DESK","active":true}""".formatted(email));
        String id = Json.read(created, "$.id");
        assertThat(created).hasHeader("Location", "/api/v1/staff/" + id);
        assertThat(Json.keysIn(Json.body(created))).noneMatch(key -> key.toLowerCase().contains("password"));
        assertThat(staffEmails()).contains(email);
    }

    @Test
    void refusesAPasswordShorterThanTwelveCharactersNamingThePassword() {
        String email = StaffAccounts.uniqueEmail("short");

        MvcTestResult refused = openStaff("""
                {"displayName":"Sam Short","email":"%s","role":"FRONT_DESK","password":"elevenchars"}"""
                .formatted(email));

        assertThat(refused).hasStatus(422).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:stillpoint:problem:weak-password","errors":[{"field":"password"}]}""");
        assertThat(staffEmails()).doesNotContain(email);
    }

    @Test
    void refusesThePasswordBeingTheEmailAddressNamingThePassword() {
        String email = StaffAccounts.uniqueEmail("same");

        MvcTestResult refused = openStaff("""
                {"displayName":"Sam Same","email":"%s","role":"FRONT_DESK","password":"%s"}"""
                .formatted(email, email.toUpperCase()));

        assertThat(refused).hasStatus(422).bodyJson().isLenientlyEqualTo("""
                {"type":"urn:stillpoint:problem:weak-password",
                 "errors":[{"field":"password","message":"The password cannot be your e-mail address."}]}""");
        assertThat(staffEmails()).doesNotContain(email);
    }

    @Test
    void refusesMissingFieldsNamingEachOfThem() {
        MvcTestResult refused = openStaff("{\"displayName\":\"  \"}");

        assertThat(refused).hasStatus(400).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:stillpoint:problem:validation");
        assertThat(Json.<List<String>>read(refused, "$.errors[*].field"))
                .containsExactlyInAnyOrder("displayName", "email", "role", "password");
    }

    @Test
    void refusesToOpenAClientOrAnOwnerAsStaff() {
        for (String role : List.of("CLIENT", "OWNER")) {
            String email = StaffAccounts.uniqueEmail(role.toLowerCase());
            assertThat(openStaff("""
                    {"displayName":"Not Staff","email":"%s","role":"%s","password":"%s"}"""
                    .formatted(email, role, FIRST_PASSWORD))).as(role).hasStatus(422).bodyJson()
                    .isLenientlyEqualTo("""
                            {"type":"urn:stillpoint:problem:invalid-role","errors":[{"field":"role"}]}""");
            assertThat(staffEmails()).doesNotContain(email);
        }
    }

    @Test
    void refusesAnEmailAddressThatAlreadyHasAnAccount() {
        assertThat(openStaff("""
                {"displayName":"Second Desk","email":"%s","role":"FRONT_DESK","password":"%s"}"""
                .formatted(Demo.DESK.toUpperCase(), FIRST_PASSWORD))).hasStatus(409)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:stillpoint:problem:email-taken");
    }

    @Test
    void aNewColleagueIsRefusedByTheApiUntilTheyChooseTheirOwnPassword() {
        String email = StaffAccounts.uniqueEmail("new");
        StaffAccounts.openFrontDesk(mvc, email, FIRST_PASSWORD);

        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(email, FIRST_PASSWORD))).hasStatus(403)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:stillpoint:problem:password-change-required");
    }

    @Test
    void aNewColleagueSignedInToThePagesIsSentToThePasswordPage() {
        String email = StaffAccounts.uniqueEmail("new");
        StaffAccounts.openFrontDesk(mvc, email, FIRST_PASSWORD);
        Cookie session = Pages.signIn(mvc, email, FIRST_PASSWORD);

        assertThat(mvc.get().uri("/").cookie(session)).hasStatus3xxRedirection()
                .hasRedirectedUrl("/account/password");
        assertThat(mvc.get().uri("/account/password").cookie(session)).hasStatusOk().bodyText()
                .contains("Choose your password");
    }

    @Test
    void afterChoosingTheirOwnPasswordTheColleagueCanWork() {
        String email = StaffAccounts.uniqueEmail("settled");
        StaffAccounts.openFrontDesk(mvc, email, FIRST_PASSWORD);
        Cookie session = Pages.signIn(mvc, email, FIRST_PASSWORD);

        assertThat(changePassword(session, FIRST_PASSWORD, OWN_PASSWORD, OWN_PASSWORD))
                .hasStatus3xxRedirection().hasRedirectedUrl("/");

        assertThat(mvc.get().uri("/").cookie(session)).as("the same session, after the change")
                .hasStatusOk().bodyText().contains("Hello, Frankie Desk");
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(email, OWN_PASSWORD))).hasStatusOk()
                .bodyJson().extractingPath("$.role").isEqualTo("FRONT_DESK");
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(email, FIRST_PASSWORD))).hasStatus(401);
        Cookie fresh = Pages.signIn(mvc, email, OWN_PASSWORD);
        assertThat(mvc.get().uri("/").cookie(fresh)).hasStatusOk();
    }

    @Test
    void thePasswordPageRefusesAShortNewPasswordWithTheReason() {
        String email = StaffAccounts.uniqueEmail("brief");
        StaffAccounts.openFrontDesk(mvc, email, FIRST_PASSWORD);
        Cookie session = Pages.signIn(mvc, email, FIRST_PASSWORD);

        MvcTestResult refused = changePassword(session, FIRST_PASSWORD, "too short", "too short");

        assertThat(refused).hasStatusOk();
        assertThat(Jsoup.parse(Json.body(refused)).select("#newPassword-error").text())
                .isEqualTo("The password needs at least 12 characters.");
        assertThat(mvc.get().uri("/").cookie(session)).hasRedirectedUrl("/account/password");
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(email, "too short"))).hasStatus(401);
    }

    @Test
    void aNewColleagueCanChooseTheirOwnPasswordThroughTheApi() {
        String email = StaffAccounts.uniqueEmail("api");
        StaffAccounts.openFrontDesk(mvc, email, FIRST_PASSWORD);

        assertThat(mvc.post().uri("/api/v1/me/password").with(httpBasic(email, FIRST_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"currentPassword":"%s","newPassword":"%s"}""".formatted(FIRST_PASSWORD, OWN_PASSWORD)))
                .hasStatus(204);

        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(email, OWN_PASSWORD))).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(email, FIRST_PASSWORD))).hasStatus(401);
    }

    @Test
    void theApiRefusesAWeakNewPasswordNamingTheField() {
        String email = StaffAccounts.uniqueEmail("api-weak");
        StaffAccounts.openFrontDesk(mvc, email, FIRST_PASSWORD);

        assertThat(mvc.post().uri("/api/v1/me/password").with(httpBasic(email, FIRST_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"currentPassword":"%s","newPassword":"%s"}""".formatted(FIRST_PASSWORD, email)))
                .hasStatus(422).bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:stillpoint:problem:weak-password","errors":[{"field":"newPassword"}]}""");
        assertThat(mvc.post().uri("/api/v1/me/password").with(httpBasic(email, FIRST_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"currentPassword":"a wrong current one","newPassword":"%s"}""".formatted(OWN_PASSWORD)))
                .hasStatus(422).bodyJson().isLenientlyEqualTo("""
                        {"errors":[{"field":"currentPassword"}]}""");
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(email, FIRST_PASSWORD))).hasStatus(403);
    }

    @Test
    void aDeactivatedAccountCannotSignIn() {
        String email = StaffAccounts.uniqueEmail("leaver");
        String id = StaffAccounts.openFrontDesk(mvc, email, FIRST_PASSWORD);
        changePassword(Pages.signIn(mvc, email, FIRST_PASSWORD), FIRST_PASSWORD, OWN_PASSWORD, OWN_PASSWORD);

        assertThat(deactivate(id)).hasStatusOk().bodyJson().extractingPath("$.active").isEqualTo(false);

        assertThat(Pages.submitLogin(mvc, email, OWN_PASSWORD)).hasRedirectedUrl("/login?failed");
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(email, OWN_PASSWORD))).hasStatus(401);
    }

    @Test
    void deactivatingAnAccountEndsTheSessionsItAlreadyHas() {
        String email = StaffAccounts.uniqueEmail("signed-in");
        String id = StaffAccounts.openFrontDesk(mvc, email, FIRST_PASSWORD);
        Cookie session = Pages.signIn(mvc, email, FIRST_PASSWORD);
        changePassword(session, FIRST_PASSWORD, OWN_PASSWORD, OWN_PASSWORD);
        assertThat(mvc.get().uri("/account/password").cookie(session)).hasStatusOk();
        assertThat(sessionsOf(email)).isPositive();

        assertThat(deactivate(id)).hasStatusOk();

        assertThat(sessionsOf(email)).isZero();
        assertThat(mvc.get().uri("/account/password").cookie(session)).hasStatus3xxRedirection()
                .redirectedUrl().endsWith("/login");
    }

    @Test
    void aReactivatedAccountCanSignInAgain() {
        String email = StaffAccounts.uniqueEmail("returner");
        String id = StaffAccounts.openFrontDesk(mvc, email, FIRST_PASSWORD);
        deactivate(id);

        assertThat(mvc.post().uri("/api/v1/staff/{id}/reactivate", id).with(Demo.basic(Demo.OWNER)))
                .hasStatusOk().bodyJson().extractingPath("$.active").isEqualTo(true);
        assertThat(Pages.submitLogin(mvc, email, FIRST_PASSWORD)).hasRedirectedUrl("/");
    }

    @Test
    void theOwnerCannotDeactivateThemself() {
        MvcTestResult staff = mvc.get().uri("/api/v1/staff").with(Demo.basic(Demo.OWNER)).exchange();
        List<String> ownerIds = Json.read(staff, "$[?(@.email == '" + Demo.OWNER + "')].id");
        assertThat(ownerIds).hasSize(1);

        assertThat(deactivate(ownerIds.get(0))).hasStatus(422).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:stillpoint:problem:cannot-deactivate-self");
        assertThat(mvc.get().uri("/api/v1/me").with(Demo.basic(Demo.OWNER))).hasStatusOk();
    }

    @Test
    void deactivatingAnUnknownAccountIsNotFound() {
        assertThat(deactivate(UUID.randomUUID().toString())).hasStatus(404)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:stillpoint:problem:not-found");
        assertThat(deactivate("someone")).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("id");
    }

    private MvcTestResult openStaff(String json) {
        return mvc.post().uri("/api/v1/staff").with(Demo.basic(Demo.OWNER))
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    private MvcTestResult deactivate(String id) {
        return mvc.post().uri("/api/v1/staff/{id}/deactivate", id).with(Demo.basic(Demo.OWNER)).exchange();
    }

    private MvcTestResult changePassword(Cookie session, String current, String chosen, String repeated) {
        return mvc.post().uri("/account/password").cookie(session).with(csrf())
                .param("currentPassword", current).param("newPassword", chosen).param("repeatPassword", repeated)
                .exchange();
    }

    private List<String> staffEmails() {
        return Json.read(mvc.get().uri("/api/v1/staff").with(Demo.basic(Demo.OWNER)).exchange(), "$[*].email");
    }

    private long sessionsOf(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?").param(email)
                .query(Long.class).single();
    }
}
