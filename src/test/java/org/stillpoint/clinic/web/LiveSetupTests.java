package org.stillpoint.clinic.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.NewAccount;
import org.stillpoint.platform.Role;
import org.stillpoint.support.Demo;
import org.stillpoint.support.EmptyDatabaseTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.Pages;

/**
 * A live clinic set up through the first-run page (once, before the tests): the clinic with its default menu and
 * the owner exist, setup is gone, and demo accounts cannot sign in.
 */
@EmptyDatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveSetupTests {

    private static final String OWNER = "maya@quiet-clinic.example";
    private static final String PASSWORD = "a calm and long password";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    private MvcTestResult setup;

    @BeforeAll
    void setTheClinicUp() {
        setup = mvc.post().uri("/setup").with(csrf())
                .param("clinicName", "Quiet Clinic").param("address", "1 Calm Street").param("phone", "+49 30 555")
                .param("timeZone", "Europe/Berlin").param("currency", "eur")
                .param("ownerName", "Maya Quiet").param("ownerEmail", OWNER)
                .param("ownerPassword", PASSWORD).param("repeatPassword", PASSWORD).exchange();
    }

    @Test
    void setupLeadsToTheSignInPage() {
        assertThat(setup).hasStatus3xxRedirection().hasRedirectedUrl("/login");
    }

    @Test
    void setupCreatedTheClinic() {
        assertThat(mvc.get().uri("/api/v1/clinic")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"name":"Quiet Clinic","address":"1 Calm Street","timeZone":"Europe/Berlin","currency":"EUR",
                 "cancellationWindowHours":24,"slotStepMinutes":15,"bufferMinutes":15}""");
    }

    @Test
    void setupCreatedTheSevenDefaultSessionTypesPricedInTheClinicCurrency() {
        MvcTestResult menu = mvc.get().uri("/api/v1/session-types").exchange();

        assertThat(Json.<List<String>>read(menu, "$[*].name")).hasSize(7).contains("Free consultation",
                "Migraine relief, 90 minutes", "Acute relief", "Hot-stone add-on");
        assertThat(Json.<List<String>>read(menu, "$[*].prices[*].currency")).isNotEmpty().containsOnly("EUR");
    }

    @Test
    void aLiveClinicStartsWithoutRoomsOrTherapists() {
        assertThat(mvc.get().uri("/api/v1/rooms")).hasStatusOk().bodyJson().isEqualTo("[]");
        assertThat(mvc.get().uri("/api/v1/therapists")).hasStatusOk().bodyJson().isEqualTo("[]");
    }

    @Test
    void theOwnerCanSignIn() {
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(OWNER, PASSWORD))).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("{\"email\":\"%s\",\"role\":\"OWNER\",\"displayName\":\"Maya Quiet\"}"
                        .formatted(OWNER));
        assertThat(mvc.get().uri("/").cookie(Pages.signIn(mvc, OWNER, PASSWORD))).hasStatusOk().bodyText()
                .contains("Hello, Maya Quiet");
    }

    @Test
    void theOwnerDoesNotHaveToChangeThePasswordTheyChoseThemselves() {
        assertThat(mvc.get().uri("/admin/rooms").cookie(Pages.signIn(mvc, OWNER, PASSWORD))).hasStatusOk();
    }

    @Test
    void pagesNoLongerLeadToSetup() {
        assertThat(mvc.get().uri("/")).hasStatusOk();
        assertThat(mvc.get().uri("/login")).hasStatusOk();
    }

    @Test
    void theSetupPageIsGone() {
        assertThat(mvc.get().uri("/setup")).hasStatus(404);
    }

    @Test
    void aSecondSetupIsRefusedAndChangesNothing() {
        assertThat(mvc.post().uri("/setup").with(csrf())
                .param("clinicName", "Hostile Takeover").param("timeZone", "UTC").param("currency", "USD")
                .param("ownerName", "Mallory").param("ownerEmail", "mallory@example.test")
                .param("ownerPassword", "another long password").param("repeatPassword", "another long password"))
                .hasStatus(404);

        assertThat(mvc.get().uri("/api/v1/clinic")).bodyJson().extractingPath("$.name").isEqualTo("Quiet Clinic");
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic("mallory@example.test", "another long password")))
                .hasStatus(401);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE role = 'OWNER'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theDemoCannotBeLoadedIntoALiveClinic() {
        assertThat(mvc.post().uri("/setup/demo").with(csrf())).hasStatus(404);

        assertThat(mvc.get().uri("/api/v1/rooms")).bodyJson().isEqualTo("[]");
    }

    @Test
    void demoAccountsDoNotExistInALiveInstallation() {
        for (String demo : List.of(Demo.OWNER, Demo.DESK, Demo.THERAPIST, Demo.CLIENT)) {
            assertThat(mvc.get().uri("/api/v1/me").with(Demo.basic(demo))).as(demo).hasStatus(401);
        }
        assertThat(Pages.submitLogin(mvc, Demo.OWNER, Demo.PASSWORD)).hasRedirectedUrl("/login?failed");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE email IN (?, ?, ?, ?)")
                .params(Demo.OWNER, Demo.DESK, Demo.THERAPIST, Demo.CLIENT).query(Long.class).single()).isZero();
    }

    @Test
    void aDemoAccountThatFoundItsWayIntoALiveInstallationCannotSignIn() {
        String email = "stray-demo@demo.stillpoint.test";
        accounts.openDemo(new NewAccount(email, "Stray Demo", Demo.PASSWORD, Role.OWNER));

        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(email, Demo.PASSWORD))).hasStatus(401);
        assertThat(Pages.submitLogin(mvc, email, Demo.PASSWORD)).hasRedirectedUrl("/login?failed");
    }
}
