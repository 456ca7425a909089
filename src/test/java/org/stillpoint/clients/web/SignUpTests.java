package org.stillpoint.clients.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.stillpoint.clients.web.ClientFixtures.PASSWORD;
import static org.stillpoint.clients.web.ClientFixtures.acceptedConsents;
import static org.stillpoint.clients.web.ClientFixtures.clientIdOf;
import static org.stillpoint.clients.web.ClientFixtures.mailsTo;
import static org.stillpoint.clients.web.ClientFixtures.signUp;
import static org.stillpoint.clients.web.ClientFixtures.signedUpClient;
import static org.stillpoint.clients.web.ClientFixtures.tokenIn;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.support.AdjustableClock;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.StaffAccounts;

/**
 * Public sign-up: the CLIENT account, the consents, exactly one confirmation mail in the outbox whose link confirms
 * the address once and for 48 hours; refusals that create nothing. The clock of this context can be moved forward,
 * so the context is its own and is closed after the class (it would otherwise keep its database connections).
 */
@DemoClinicTest
@TestPropertySource(properties = "spring.datasource.hikari.minimum-idle=2")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SignUpTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableTime {

        @Bean
        @Primary
        AdjustableClock adjustableClock() {
            return new AdjustableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AdjustableClock clock;

    @Nested
    class ANewPerson {

        @Test
        void getsAnAccountTheyCanSignInWithBeforeConfirming() {
            String email = signedUpClient(mvc);

            assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(email, PASSWORD))).hasStatusOk().bodyJson()
                    .isLenientlyEqualTo("{\"email\":\"%s\",\"role\":\"CLIENT\"}".formatted(email));
            assertThat(mvc.get().uri("/api/v1/clients/{id}", clientIdOf(mvc, email)).with(httpBasic(email, PASSWORD)))
                    .bodyJson().isLenientlyEqualTo("""
                            {"firstName":"Rosa","lastName":"Lind","dateOfBirth":"1991-09-30","hasAccount":true,
                             "emailVerified":false}""");
        }

        @Test
        void isToldToCheckTheirMailWithoutAnId() {
            String email = StaffAccounts.uniqueEmail("answer");

            assertThat(signUp(mvc, email, PASSWORD, acceptedConsents(mvc))).hasStatus(202).bodyJson()
                    .isStrictlyEqualTo("{\"email\":\"%s\",\"status\":\"check-your-email\"}".formatted(email));
        }

        @Test
        void getsExactlyOneMailWhoseLinkConfirmsTheAddress() {
            String email = signedUpClient(mvc);

            List<String> mails = mailsTo(jdbc, email);
            assertThat(mails).hasSize(1);
            assertThat(mails.get(0)).contains("Hello Rosa", "48 hours", "http://localhost:8080/verify-email?token=");
            String token = tokenIn(mails.get(0));

            // Opening the link only shows the button: mail scanners open links too.
            assertThat(mvc.get().uri("/verify-email").param("token", token)).hasStatusOk().bodyText()
                    .contains("Confirm my e-mail address");
            assertThat(emailVerified(email)).isFalse();

            MvcTestResult confirmed = mvc.post().uri("/verify-email").param("token", token).with(csrf()).exchange();
            assertThat(confirmed).hasStatusOk();
            assertThat(Jsoup.parse(Json.body(confirmed)).select("#verify-result").text())
                    .isEqualTo("Thank you. Your e-mail address is confirmed.");
            assertThat(emailVerified(email)).isTrue();
        }

        @Test
        void hasTheCurrentConsentsRecordedWithVersionAndTime() {
            String email = signedUpClient(mvc);

            MvcTestResult consents = mvc.get().uri("/api/v1/clients/{id}/consents", clientIdOf(mvc, email))
                    .with(httpBasic(email, PASSWORD)).exchange();

            assertThat(consents).hasStatusOk();
            assertThat(Json.<List<String>>read(consents, "$[*].kind")).containsExactlyInAnyOrder("TREATMENT", "PRIVACY");
            assertThat(Json.<List<Boolean>>read(consents, "$[*].currentAccepted")).containsOnly(true);
            assertThat(Json.<List<Integer>>read(consents, "$[*].accepted[0].version")).containsOnly(1);
            assertThat(Json.<List<String>>read(consents, "$[*].accepted[0].acceptedAt"))
                    .containsOnly(clock.instant().toString());
        }

        @Test
        void canAskForANewLinkUntilTheAddressIsConfirmed() {
            String email = signedUpClient(mvc);

            assertThat(mvc.post().uri("/api/v1/me/verification").with(httpBasic(email, PASSWORD))).hasStatus(202);
            List<String> mails = mailsTo(jdbc, email);
            assertThat(mails).hasSize(2);
            assertThat(verifyThroughApi(tokenIn(mails.get(1)))).hasStatus(204);

            assertThat(mvc.post().uri("/api/v1/me/verification").with(httpBasic(email, PASSWORD))).hasStatus(422)
                    .bodyJson().extractingPath("$.type").isEqualTo("urn:stillpoint:problem:already-verified");
            assertThat(mailsTo(jdbc, email)).hasSize(2);
        }
    }

    @Nested
    class ALink {

        @Test
        void usedTwiceIsRefusedCalmly() {
            String email = signedUpClient(mvc);
            String token = tokenIn(mailsTo(jdbc, email).get(0));
            assertThat(verifyThroughApi(token)).hasStatus(204);

            MvcTestResult again = mvc.post().uri("/verify-email").param("token", token).with(csrf()).exchange();

            assertThat(again).hasStatusOk();
            assertThat(Jsoup.parse(Json.body(again)).select("#verify-result").text())
                    .isEqualTo("This link has already been used, so your e-mail address is confirmed.");
            assertThat(verifyThroughApi(token)).hasStatus(422).bodyJson().isLenientlyEqualTo("""
                    {"type":"urn:stillpoint:problem:verification-link-used","errors":[{"field":"token"}]}""");
        }

        @Test
        void olderThan48HoursIsRefusedCalmlyAndConfirmsNothing() {
            String email = signedUpClient(mvc);
            String token = tokenIn(mailsTo(jdbc, email).get(0));

            clock.advance(Duration.ofHours(48).plusSeconds(1));
            MvcTestResult late = mvc.post().uri("/verify-email").param("token", token).with(csrf()).exchange();

            assertThat(late).hasStatusOk();
            Document page = Jsoup.parse(Json.body(late));
            assertThat(page.select("#verify-result").text())
                    .isEqualTo("This link is older than 48 hours and no longer works.");
            assertThat(page.text()).contains("You can ask for a new link on your profile page");
            assertThat(emailVerified(email)).isFalse();
            assertThat(verifyThroughApi(token)).hasStatus(422).bodyJson().extractingPath("$.type")
                    .isEqualTo("urn:stillpoint:problem:verification-link-expired");
        }

        @Test
        void justUnder48HoursOldStillWorks() {
            String email = signedUpClient(mvc);
            String token = tokenIn(mailsTo(jdbc, email).get(0));

            clock.advance(Duration.ofHours(48).minusSeconds(1));

            assertThat(verifyThroughApi(token)).hasStatus(204);
            assertThat(emailVerified(email)).isTrue();
        }

        @Test
        void thatNobodySentIsRefused() {
            assertThat(verifyThroughApi("not-a-token-we-sent")).hasStatus(422).bodyJson().extractingPath("$.type")
                    .isEqualTo("urn:stillpoint:problem:verification-link-invalid");
            assertThat(mvc.post().uri("/verify-email").param("token", "").with(csrf())).hasStatusOk().bodyText()
                    .contains("We do not recognise this link.");
            assertThat(mvc.get().uri("/verify-email")).hasStatusOk().bodyText()
                    .contains("This page needs the link from your e-mail.");
        }

        @Test
        void isStoredOnlyAsItsHash() {
            String email = signedUpClient(mvc);
            String token = tokenIn(mailsTo(jdbc, email).get(0));

            assertThat(jdbc.sql("SELECT COUNT(*) FROM client_email_token WHERE token_hash = ?").param(token)
                    .query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM client_email_token WHERE email = ?").param(email)
                    .query(Long.class).single()).isEqualTo(1);
        }
    }

    @Nested
    class ARefusedSignUp {

        @Test
        void withoutEveryConsentCreatesNothing() {
            String email = StaffAccounts.uniqueEmail("no-consent");

            assertThat(signUp(mvc, email, PASSWORD, "{\"PRIVACY\":1}")).hasStatus(422).bodyJson()
                    .isLenientlyEqualTo("""
                            {"type":"urn:stillpoint:problem:consent-required",
                             "errors":[{"field":"acceptedConsents"}]}""");
            assertThat(signUp(mvc, email, PASSWORD, "{}")).hasStatus(400).bodyJson()
                    .extractingPath("$.errors[0].field").isEqualTo("acceptedConsents");
            assertNothingCreatedFor(email);
        }

        @Test
        void withAnOldConsentVersionCreatesNothing() {
            String email = StaffAccounts.uniqueEmail("old-consent");

            assertThat(signUp(mvc, email, PASSWORD, "{\"TREATMENT\":0,\"PRIVACY\":1}")).hasStatus(422).bodyJson()
                    .extractingPath("$.type").isEqualTo("urn:stillpoint:problem:consent-outdated");
            assertNothingCreatedFor(email);
        }

        @Test
        void withAWeakPasswordNamesThePasswordWhetherOrNotTheAddressIsTaken() {
            String fresh = StaffAccounts.uniqueEmail("weak");

            for (String email : List.of(fresh, Demo.CLIENT)) {
                assertThat(signUp(mvc, email, "short", acceptedConsents(mvc))).as(email).hasStatus(422).bodyJson()
                        .isLenientlyEqualTo("""
                                {"type":"urn:stillpoint:problem:weak-password","errors":[{"field":"password"}]}""");
            }
            assertNothingCreatedFor(fresh);
        }

        @Test
        void withBadFieldsNamesEachOne() {
            MvcTestResult refused = mvc.post().uri("/api/v1/signup").contentType(MediaType.APPLICATION_JSON).content("""
                    {"firstName":"","lastName":"Lind","email":"not an address","dateOfBirth":"2999-01-01",
                     "password":"","acceptedConsents":{"TREATMENT":1,"PRIVACY":1}}""").exchange();

            assertThat(refused).hasStatus(400);
            assertThat(Json.<List<String>>read(refused, "$.errors[*].field"))
                    .containsExactlyInAnyOrder("firstName", "email", "dateOfBirth", "password");
        }
    }

    @Nested
    class AnAddressThatIsAlreadyRegistered {

        @Test
        void getsTheSameAnswerAsANewOneAndItsOwnerIsToldByMail() {
            int mailsBefore = mailsTo(jdbc, Demo.CLIENT).size();

            MvcTestResult answer = signUp(mvc, Demo.CLIENT, PASSWORD, acceptedConsents(mvc));

            assertThat(answer).hasStatus(202).bodyJson()
                    .isStrictlyEqualTo("{\"email\":\"%s\",\"status\":\"check-your-email\"}".formatted(Demo.CLIENT));
            List<String> mails = mailsTo(jdbc, Demo.CLIENT);
            assertThat(mails).hasSize(mailsBefore + 1);
            assertThat(mails.get(mails.size() - 1)).contains("already registered").doesNotContain("token=");
            assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(Demo.CLIENT, PASSWORD))).hasStatus(401);
            assertThat(Json.<List<String>>read(mvc.get().uri("/api/v1/clients").param("query", Demo.CLIENT)
                    .with(Demo.basic(Demo.DESK)).exchange(), "$[*].email")).containsExactly(Demo.CLIENT);
        }

        @Test
        void byAStaffAccountCreatesNoClient() {
            assertThat(signUp(mvc, Demo.DESK.toUpperCase(), PASSWORD, acceptedConsents(mvc))).hasStatus(202);

            assertThat(Json.<List<Object>>read(mvc.get().uri("/api/v1/clients").param("query", Demo.DESK)
                    .with(Demo.basic(Demo.OWNER)).exchange(), "$")).isEmpty();
            assertThat(mailsTo(jdbc, Demo.DESK)).isNotEmpty();
        }

        @Test
        void onTheSignUpPageLeadsToTheSamePageAsANewOne() {
            assertThat(signUpPage(Demo.CLIENT)).hasStatus3xxRedirection().hasRedirectedUrl("/signup/done");
            assertThat(signUpPage(StaffAccounts.uniqueEmail("page"))).hasStatus3xxRedirection()
                    .hasRedirectedUrl("/signup/done");
        }

        private MvcTestResult signUpPage(String email) {
            return mvc.post().uri("/signup").with(csrf()).param("firstName", "Rosa").param("lastName", "Lind")
                    .param("email", email).param("dateOfBirth", "1991-09-30").param("password", PASSWORD)
                    .param("acceptedConsents[TREATMENT]", "1").param("acceptedConsents[PRIVACY]", "1").exchange();
        }
    }

    private MvcTestResult verifyThroughApi(String token) {
        return mvc.post().uri("/api/v1/verify-email").contentType(MediaType.APPLICATION_JSON)
                .content("{\"token\":\"" + token + "\"}").exchange();
    }

    private boolean emailVerified(String email) {
        return Json.read(mvc.get().uri("/api/v1/clients/{id}", clientIdOf(mvc, email))
                .with(httpBasic(email, PASSWORD)).exchange(), "$.emailVerified");
    }

    private void assertNothingCreatedFor(String email) {
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(email, PASSWORD))).hasStatus(401);
        assertThat(Json.<List<Object>>read(mvc.get().uri("/api/v1/clients").param("query", email)
                .with(Demo.basic(Demo.DESK)).exchange(), "$")).isEmpty();
        assertThat(mailsTo(jdbc, email)).isEmpty();
    }
}
