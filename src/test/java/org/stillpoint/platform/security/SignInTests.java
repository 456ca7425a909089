package org.stillpoint.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.support.AdjustableClock;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.MovableTime;
import org.stillpoint.support.Pages;
import org.stillpoint.support.StaffAccounts;

/**
 * Signing in with the form and with HTTP Basic, and the lock after five failures (15 minutes, per e-mail address,
 * the same whether or not an account has the address). The clock of this context can be moved forward.
 */
@DemoClinicTest
@Import(MovableTime.class)
class SignInTests {

    private static final String PASSWORD = "a quiet room with dimmed light";
    private static final String WRONG = "not the right password";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AdjustableClock clock;

    @Test
    void signingInThroughTheFormLeadsToTheStartPageOfTheRole() {
        Cookie session = Pages.signIn(mvc, Demo.CLIENT);

        assertThat(mvc.get().uri("/").cookie(session)).hasStatusOk().bodyText().contains("Hello, Claire Client");
    }

    @Test
    void aWrongPasswordLeadsBackToTheSignInPageSayingOnlyThatItFailed() {
        MvcTestResult failed = Pages.submitLogin(mvc, Demo.DESK, WRONG);

        assertThat(failed).hasStatus3xxRedirection().hasRedirectedUrl("/login?failed");
        assertThat(failed.getResponse().getCookie(Pages.SESSION_COOKIE)).isNull();
        assertThat(mvc.get().uri("/login?failed")).hasStatusOk().bodyText()
                .contains("That e-mail and password did not work, or the account is not active.");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() {
        String email = StaffAccounts.uniqueEmail("locked");
        StaffAccounts.openFrontDesk(mvc, email, PASSWORD);

        assertThat(failFiveTimes(email)).containsExactly(
                "/login?failed", "/login?failed", "/login?failed", "/login?failed", "/login?locked");

        assertThat(Pages.submitLogin(mvc, email, PASSWORD)).hasRedirectedUrl("/login?locked");
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(email, PASSWORD))).hasStatus(401);
        assertThat(mvc.get().uri("/login?locked")).hasStatusOk().bodyText()
                .contains("Too many failed attempts. Sign-in is paused for 15 minutes");
    }

    @Test
    void anAddressWithoutAnAccountIsLockedInExactlyTheSameWay() {
        String account = StaffAccounts.uniqueEmail("known");
        StaffAccounts.openFrontDesk(mvc, account, PASSWORD);
        String nobody = StaffAccounts.uniqueEmail("nobody");

        List<String> forAccount = failFiveTimes(account);
        List<String> forNobody = failFiveTimes(nobody);

        assertThat(forNobody).isEqualTo(forAccount).last().isEqualTo("/login?locked");
        assertThat(Pages.submitLogin(mvc, nobody, PASSWORD)).hasRedirectedUrl("/login?locked");
    }

    @Test
    void httpBasicOnTheApiCountsTowardsTheSameLock() {
        String email = StaffAccounts.uniqueEmail("basic");
        StaffAccounts.openFrontDesk(mvc, email, PASSWORD);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(email, WRONG))).as("attempt %d", attempt)
                    .hasStatus(401);
        }

        MvcTestResult rightPassword = mvc.get().uri("/api/v1/me").with(httpBasic(email, PASSWORD)).exchange();
        assertThat(rightPassword).hasStatus(401);
        assertThat(Json.<String>read(rightPassword, "$.type")).isEqualTo("urn:stillpoint:problem:unauthenticated");
        assertThat(Pages.submitLogin(mvc, email, PASSWORD)).hasRedirectedUrl("/login?locked");
    }

    @Test
    void fourFailuresAndThenTheRightPasswordSignInAndStartTheCountAfresh() {
        String email = StaffAccounts.uniqueEmail("forgetful");
        StaffAccounts.openFrontDesk(mvc, email, PASSWORD);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(Pages.submitLogin(mvc, email, WRONG)).hasRedirectedUrl("/login?failed");
        }

        assertThat(Pages.submitLogin(mvc, email, PASSWORD)).hasRedirectedUrl("/");
        assertThat(Pages.submitLogin(mvc, email, WRONG)).hasRedirectedUrl("/login?failed");
    }

    @Test
    void theLockEndsAfterFifteenMinutes() {
        String email = StaffAccounts.uniqueEmail("patient");
        StaffAccounts.openFrontDesk(mvc, email, PASSWORD);
        failFiveTimes(email);

        clock.advance(Duration.ofMinutes(14));
        assertThat(Pages.submitLogin(mvc, email, PASSWORD)).hasRedirectedUrl("/login?locked");

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(Pages.submitLogin(mvc, email, PASSWORD)).hasRedirectedUrl("/");
    }

    @Test
    void afterALockHasRunOutFailuresAreCountedFromOneAgain() {
        String nobody = StaffAccounts.uniqueEmail("again");
        failFiveTimes(nobody);
        clock.advance(Duration.ofMinutes(16));

        assertThat(Pages.submitLogin(mvc, nobody, WRONG)).hasRedirectedUrl("/login?failed");
    }

    private List<String> failFiveTimes(String email) {
        List<String> redirects = new ArrayList<>();
        for (int attempt = 1; attempt <= 5; attempt++) {
            redirects.add(Pages.submitLogin(mvc, email, WRONG).getResponse().getRedirectedUrl());
        }
        return redirects;
    }
}
