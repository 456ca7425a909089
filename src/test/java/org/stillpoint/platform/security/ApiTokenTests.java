package org.stillpoint.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.platform.SecretTokens;
import org.stillpoint.platform.account.ApiTokenStore;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.SignIn;
import org.stillpoint.support.StaffAccounts;

/** Personal API tokens: one lookup instead of a password check, and every way a token stops working. */
@DemoClinicTest
class ApiTokenTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aTokenSignsTheApiCallerInAsItsHolderAndOnlyItsHashIsStored() {
        MvcTestResult created = create(Demo.basic(Demo.CLIENT), "{\"name\":\"diary sync\",\"days\":30}");
        assertThat(created).hasStatus(201);
        String token = Json.read(created, "$.token");
        assertThat(token).startsWith(ApiTokenStore.PREFIX).hasSizeGreaterThan(40);

        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token)).hasStatusOk()
                .bodyJson().isLenientlyEqualTo("{\"email\":\"client@demo.stillpoint.test\",\"role\":\"CLIENT\"}");

        List<String> stored = jdbc.sql("SELECT token_hash FROM api_token WHERE id = :id")
                .param("id", java.util.UUID.fromString(Json.read(created, "$.id"))).query(String.class).list();
        assertThat(stored).containsExactly(SecretTokens.hash(token));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :t").param("t", token)
                .query(Long.class).single()).isZero();

        // The list shows it without the token itself.
        MvcTestResult mine = mvc.get().uri("/api/v1/me/api-tokens").header("Authorization", "Bearer " + token)
                .exchange();
        assertThat(mine).hasStatusOk();
        assertThat(Json.body(mine)).contains("diary sync").doesNotContain(token);
    }

    @Test
    void aTokenActsWithItsHoldersRoleOnly() {
        String token = Json.read(create(Demo.basic(Demo.CLIENT), "{\"name\":\"reader\"}"), "$.token");
        assertThat(mvc.get().uri("/api/v1/clients").header("Authorization", "Bearer " + token)).hasStatus(403);
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() {
        MvcTestResult created = create(Demo.basic(Demo.THERAPIST), "{\"name\":\"calendar\"}");
        String token = Json.read(created, "$.token");
        String id = Json.read(created, "$.id");

        assertThat(mvc.delete().uri("/api/v1/me/api-tokens/{id}", id).header("Authorization", "Bearer " + token))
                .hasStatus(204);

        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token)).hasStatus(401)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:stillpoint:problem:unauthenticated");
    }

    @Test
    void anExpiredTokenAndAnUnknownTokenAreRefused() {
        MvcTestResult created = create(Demo.basic(Demo.DESK), "{\"name\":\"old\",\"days\":1}");
        String token = Json.read(created, "$.token");
        jdbc.sql("UPDATE api_token SET expires_at = :past WHERE id = :id")
                .param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(60)))
                .param("id", java.util.UUID.fromString(Json.read(created, "$.id"))).update();

        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token)).hasStatus(401);
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + ApiTokenStore.newSecret()))
                .hasStatus(401).hasHeader("WWW-Authenticate", "Bearer realm=\"Stillpoint\", error=\"invalid_token\"");
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer not-a-token")).hasStatus(401);
    }

    @Test
    void aDeactivatedAccountsTokensStopWorking() {
        String email = StaffAccounts.uniqueEmail("tokens");
        String password = "a long front desk password";
        String id = StaffAccounts.openFrontDesk(mvc, email, password);
        jdbc.sql("UPDATE account SET must_change_password = FALSE WHERE email = :e").param("e", email).update();
        String token = Json.read(create(Demo.basic(email, password), "{\"name\":\"desk tool\"}"), "$.token");
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token)).hasStatusOk();

        assertThat(mvc.post().uri("/api/v1/staff/{id}/deactivate", id).with(Demo.basic(Demo.OWNER)))
                .hasStatusOk();

        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token)).hasStatus(401);
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() {
        String id = Json.read(create(Demo.basic(Demo.CLIENT), "{\"name\":\"mine\"}"), "$.id");

        assertThat(mvc.delete().uri("/api/v1/me/api-tokens/{id}", id).with(Demo.basic(Demo.OWNER))).hasStatus(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE id = :id AND revoked_at IS NULL")
                .param("id", java.util.UUID.fromString(id)).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void badRequestsNameTheFieldAndStoreNothing() {
        long before = jdbc.sql("SELECT COUNT(*) FROM api_token").query(Long.class).single();

        assertThat(create(Demo.basic(Demo.CLIENT), "{\"name\":\"  \"}")).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
        assertThat(create(Demo.basic(Demo.CLIENT), "{\"name\":\"x\",\"days\":0}")).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("days");
        assertThat(create(Demo.basic(Demo.CLIENT), "{\"name\":\"x\",\"days\":366}")).hasStatus(400);
        assertThat(mvc.post().uri("/api/v1/me/api-tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"anonymous\"}")).hasStatus(401);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theAccountPageShowsANewTokenOnceAndItWorks() throws Exception {
        var client = SignIn.as(accounts, Demo.CLIENT);
        MvcTestResult page = mvc.post().uri("/account/api-tokens").with(client).with(csrf())
                .param("name", "watch app").param("days", "7").exchange();
        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String token = org.jsoup.Jsoup.parse(html).getElementById("issued-secret").val();
        assertThat(token).startsWith(ApiTokenStore.PREFIX);
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token)).hasStatusOk();

        MvcTestResult again = mvc.get().uri("/account/api-tokens").with(client).exchange();
        assertThat(again).hasStatusOk();
        assertThat(again.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("watch app").doesNotContain(token);
    }

    @Test
    void theAccountPageShowsAFieldErrorForAMissingName() throws Exception {
        MvcTestResult page = mvc.post().uri("/account/api-tokens").with(SignIn.as(accounts, Demo.CLIENT))
                .with(csrf()).param("name", "").param("days", "7").exchange();
        assertThat(page).hasStatusOk();
        assertThat(org.jsoup.Jsoup.parse(page.getResponse().getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8)).getElementById("name-error")).isNotNull();
    }

    @Test
    void pagesDoNotAcceptATokenInsteadOfASignIn() {
        String token = Json.read(create(Demo.basic(Demo.CLIENT), "{\"name\":\"pages\"}"), "$.token");
        assertThat(mvc.get().uri("/me/profile").header("Authorization", "Bearer " + token)).hasStatus3xxRedirection();
    }

    private MvcTestResult create(org.springframework.test.web.servlet.request.RequestPostProcessor who,
                                 String body) {
        return mvc.post().uri("/api/v1/me/api-tokens").with(who).contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
    }
}
