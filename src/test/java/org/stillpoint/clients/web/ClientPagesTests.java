package org.stillpoint.clients.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.stillpoint.clients.web.ClientFixtures.PASSWORD;
import static org.stillpoint.clients.web.ClientFixtures.clientIdOf;
import static org.stillpoint.clients.web.ClientFixtures.demoClientId;
import static org.stillpoint.clients.web.ClientFixtures.register;
import static org.stillpoint.clients.web.ClientFixtures.signedUpClient;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.SignIn;
import org.stillpoint.support.StaffAccounts;

/** The client pages: every one renders its text for its people, refuses the others, and re-shows bad input. */
@DemoClinicTest
class ClientPagesTests {

    private static final List<String> CLIENT_PAGES = List.of("/me/profile", "/me/preferences", "/me/consents",
            "/me/sharing");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Nested
    class Rendering {

        @ParameterizedTest
        @ValueSource(strings = {"/signup", "/signup/done", "/verify-email?token=abc", "/verify-email"})
        void thePublicPagesRenderForAVisitor(String page) {
            assertRendered(mvc.get().uri(page).exchange(), page);
        }

        @ParameterizedTest
        @ValueSource(strings = {Demo.DESK, Demo.OWNER})
        void theDeskPagesRenderForTheFrontDeskAndTheOwner(String email) {
            String id = demoClientId(mvc);
            for (String page : List.of("/desk/clients", "/desk/clients?q=ortiz", "/desk/clients/new",
                    "/desk/clients/" + id, "/desk/clients/" + id + "/edit", "/clients/" + id)) {
                assertRendered(mvc.get().uri(page).with(SignIn.as(accounts, email)).exchange(), page);
            }
        }

        @Test
        void theClientPagesRenderForTheClient() {
            for (String page : CLIENT_PAGES) {
                assertRendered(mvc.get().uri(page).with(SignIn.as(accounts, Demo.CLIENT)).exchange(), page);
            }
        }

        @Test
        void theNavigationLeadsTheDeskToClientsAndTheClientToTheirProfile() {
            Document desk = page("/", SignIn.as(accounts, Demo.DESK));
            Document client = page("/", SignIn.as(accounts, Demo.CLIENT));
            Document visitor = Jsoup.parse(Json.body(mvc.get().uri("/").exchange()));

            assertThat(desk.select("header nav a[href=/desk/clients]").text()).isEqualTo("Clients");
            assertThat(client.select("header nav a[href=/me/profile]").text()).isEqualTo("My profile");
            assertThat(client.select("header nav a[href=/desk/clients]")).isEmpty();
            assertThat(visitor.select("header nav a[href=/signup]").text()).isEqualTo("Create an account");
        }

        @Test
        void theDetailShowsContactAndWhetherTheAddressIsConfirmed() {
            Document detail = page("/desk/clients/" + demoClientId(mvc), SignIn.as(accounts, Demo.DESK));

            assertThat(detail.select("h1").text()).isEqualTo("Claire Bennett");
            assertThat(detail.select("#email-status").text()).isEqualTo("Confirmed");
            assertThat(detail.text()).contains("+1 503 555 0110", "Tom Bennett", "Dr. Ana Ruiz",
                    "The diary is shared with the therapists.");

            String registered = register(mvc, "Nils", "Unconfirmed", StaffAccounts.uniqueEmail("nils"));
            assertThat(page("/desk/clients/" + registered, SignIn.as(accounts, Demo.DESK)).select("#email-status")
                    .text()).isEqualTo("Not confirmed yet");
        }
    }

    @Nested
    class Searching {

        @Test
        void theListFindsClientsByName() {
            Document list = page("/desk/clients?q=ortiz", SignIn.as(accounts, Demo.DESK));

            assertThat(list.select("#client-results td a").eachText()).contains("Ortiz, Maya");
            assertThat(list.select("#client-results td a").eachText()).doesNotContain("Bennett, Claire");
        }

        @Test
        void anHtmxSearchGetsOnlyTheResults() {
            String fragment = Json.body(mvc.get().uri("/desk/clients?q=bennett").with(SignIn.as(accounts, Demo.DESK))
                    .header("HX-Request", "true").exchange());

            assertThat(fragment.strip()).startsWith("<div id=\"client-results\"").endsWith("</div>");
            assertThat(fragment).contains("Bennett, Claire").doesNotContain("<html", "<h1", "<form", "<header");
        }

        @Test
        void anHtmxHistoryRestoreGetsTheWholePage() {
            MvcTestResult restored = mvc.get().uri("/desk/clients?q=bennett").with(SignIn.as(accounts, Demo.DESK))
                    .header("HX-Request", "true").header("HX-History-Restore-Request", "true").exchange();

            assertThat(Json.body(restored)).contains("<html", "<h1>Clients</h1>", "Bennett, Claire");
        }

        @Test
        void aSearchWithoutMatchesSaysSo() {
            assertThat(mvc.get().uri("/desk/clients?q=nobody-is-called-this").with(SignIn.as(accounts, Demo.DESK))
                    .header("HX-Request", "true")).hasStatusOk().bodyText().contains("No clients match.")
                    .doesNotContain("<table");
        }
    }

    @Nested
    class WhoSeesWhichPage {

        @Test
        void aClientOpeningAnotherClientsRecordGets404() {
            String other = register(mvc, "Page", "Other", StaffAccounts.uniqueEmail("page-other"));

            MvcTestResult someoneElses = mvc.get().uri("/clients/" + other).with(SignIn.as(accounts, Demo.CLIENT))
                    .exchange();

            assertThat(someoneElses).hasStatus(404);
            assertThat(Json.body(someoneElses)).doesNotContain("Page Other").contains("There is nothing here");
            assertThat(mvc.get().uri("/clients/" + UUID.randomUUID()).with(SignIn.as(accounts, Demo.CLIENT)))
                    .hasStatus(404);
        }

        @Test
        void aClientOpensTheirOwnRecord() {
            assertThat(mvc.get().uri("/clients/" + demoClientId(mvc)).with(SignIn.as(accounts, Demo.CLIENT)))
                    .hasStatusOk().bodyText().contains("Claire Bennett");
        }

        @Test
        void aTherapistWithoutAnAppointmentGets404() {
            // Newly registered: no therapist has an appointment with them (the demo client has some).
            String newcomer = register(mvc, "Nora", "Newcomer", StaffAccounts.uniqueEmail("nora"));
            assertThat(mvc.get().uri("/clients/" + newcomer).with(SignIn.as(accounts, Demo.THERAPIST)))
                    .hasStatus(404);
        }

        @ParameterizedTest
        @ValueSource(strings = {Demo.CLIENT, Demo.THERAPIST})
        void theDeskPagesAreForTheDeskAndTheOwner(String email) {
            for (String page : List.of("/desk/clients", "/desk/clients/new", "/desk/clients/" + demoClientId(mvc))) {
                assertThat(mvc.get().uri(page).with(SignIn.as(accounts, email))).as(page).hasStatus(403);
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {Demo.DESK, Demo.OWNER, Demo.THERAPIST})
        void theClientPagesAreForClients(String email) {
            for (String page : CLIENT_PAGES) {
                assertThat(mvc.get().uri(page).with(SignIn.as(accounts, email))).as(page).hasStatus(403);
            }
        }

        @Test
        void aVisitorIsSentToSignIn() {
            assertThat(mvc.get().uri("/me/profile")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
            assertThat(mvc.get().uri("/clients/" + UUID.randomUUID())).hasStatus3xxRedirection();
        }

        @Test
        void theDesksReadOfARecordPageIsAudited() {
            String id = register(mvc, "Audit", "Page", StaffAccounts.uniqueEmail("audit-page"));

            assertThat(mvc.get().uri("/desk/clients/" + id).with(SignIn.as(accounts, Demo.OWNER))).hasStatusOk();

            assertThat(ClientFixtures.auditRows(jdbc, Demo.OWNER, "READ", "client", id, "SUCCESS")).isEqualTo(1);
        }
    }

    @Nested
    class Forms {

        @Test
        void registeringAClientLeadsToTheirRecord() {
            String email = StaffAccounts.uniqueEmail("page-new");

            MvcTestResult created = mvc.post().uri("/desk/clients").with(SignIn.as(accounts, Demo.DESK)).with(csrf())
                    .param("firstName", "Ines").param("lastName", "Page").param("email", email)
                    .param("dateOfBirth", "1979-02-14").param("phone", "+1 503 555 0155").exchange();

            assertThat(created).hasStatus3xxRedirection().redirectedUrl().startsWith("/desk/clients/");
            assertThat(Json.<List<String>>read(mvc.get().uri("/api/v1/clients").param("query", email)
                    .with(Demo.basic(Demo.DESK)).exchange(), "$[*].lastName")).containsExactly("Page");
        }

        @Test
        void badInputIsShownBesideEachFieldAndNothingIsSaved() {
            String email = StaffAccounts.uniqueEmail("page-bad");

            MvcTestResult refused = mvc.post().uri("/desk/clients").with(SignIn.as(accounts, Demo.DESK)).with(csrf())
                    .param("firstName", "").param("lastName", "Page").param("email", email)
                    .param("dateOfBirth", "2999-01-01").param("phone", "ring me").exchange();

            assertThat(refused).hasStatusOk().hasViewName("clients/new");
            Document page = Jsoup.parse(Json.body(refused));
            assertThat(page.select("#firstName-error").text()).isEqualTo("Please fill this in.");
            assertThat(page.select("#dateOfBirth-error").text()).isEqualTo("This date cannot be in the future.");
            assertThat(page.select("#phone-error").text()).isEqualTo("Please use digits, spaces and + ( ) - . / only.");
            assertThat(page.select("#email").val()).isEqualTo(email);
            assertThat(Json.<List<Object>>read(mvc.get().uri("/api/v1/clients").param("query", email)
                    .with(Demo.basic(Demo.DESK)).exchange(), "$")).isEmpty();
        }

        @Test
        void aTakenAddressIsShownBesideTheEmail() {
            MvcTestResult refused = mvc.post().uri("/desk/clients").with(SignIn.as(accounts, Demo.DESK)).with(csrf())
                    .param("firstName", "Claire").param("lastName", "Again").param("email", Demo.CLIENT)
                    .param("dateOfBirth", "1988-01-01").exchange();

            assertThat(Jsoup.parse(Json.body(refused)).select("#email-error").text())
                    .isEqualTo("A client with this e-mail address is already registered.");
        }

        @Test
        void aBadDateOnTheSignUpPageIsShownBesideIt() {
            MvcTestResult refused = mvc.post().uri("/signup").with(csrf()).param("firstName", "Rosa")
                    .param("lastName", "Lind").param("email", StaffAccounts.uniqueEmail("page-signup"))
                    .param("dateOfBirth", "1850-01-01").param("password", PASSWORD).exchange();

            assertThat(refused).hasStatusOk().hasViewName("clients/signup");
            Document page = Jsoup.parse(Json.body(refused));
            assertThat(page.select("#dateOfBirth-error").text())
                    .isEqualTo("Please check the year; it cannot be before 1900.");
            assertThat(page.select("#acceptedConsents-error").text())
                    .isEqualTo("Please read and accept each text to continue.");
            assertThat(page.select("input[type=checkbox][name^=acceptedConsents]")).hasSize(2);
        }

        @Test
        void aWeakPasswordOnTheSignUpPageIsShownBesideIt() {
            MvcTestResult refused = mvc.post().uri("/signup").with(csrf()).param("firstName", "Rosa")
                    .param("lastName", "Lind").param("email", StaffAccounts.uniqueEmail("page-weak"))
                    .param("dateOfBirth", "1991-09-30").param("password", "too short")
                    .param("acceptedConsents[TREATMENT]", "1").param("acceptedConsents[PRIVACY]", "1").exchange();

            Document page = Jsoup.parse(Json.body(refused));
            assertThat(page.select("#password-error").text()).isEqualTo("The password needs at least 12 characters.");
            assertThat(page.select("input[name=acceptedConsents[TREATMENT]]").hasAttr("checked")).isTrue();
        }

        @Test
        void theClientChangesTheirProfileAndABadPhoneIsShownBesideIt() {
            String email = signedUpClient(mvc);
            RequestPostProcessor me = SignIn.as(accounts, email);

            MvcTestResult saved = mvc.post().uri("/me/profile").with(me).with(csrf()).param("firstName", "Rosa")
                    .param("lastName", "Lind").param("dateOfBirth", "1991-09-30").param("phone", "+1 503 555 0166")
                    .param("doctorName", "Dr. Mei Chen").exchange();
            assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/me/profile");

            MvcTestResult refused = mvc.post().uri("/me/profile").with(me).with(csrf()).param("firstName", "Rosa")
                    .param("lastName", "Lind").param("dateOfBirth", "1991-09-30").param("phone", "my phone")
                    .exchange();
            assertThat(Jsoup.parse(Json.body(refused)).select("#phone-error").text()).isNotBlank();

            assertThat(mvc.get().uri("/api/v1/clients/{id}", clientIdOf(mvc, email)).with(httpBasic(email, PASSWORD)))
                    .bodyJson().isLenientlyEqualTo("{\"phone\":\"+1 503 555 0166\",\"doctorName\":\"Dr. Mei Chen\"}");
        }

        @Test
        void anUnconfirmedClientCanAskForANewLinkFromTheProfile() {
            String email = signedUpClient(mvc);
            RequestPostProcessor me = SignIn.as(accounts, email);
            assertThat(page("/me/profile", me).select("#email-status").text()).isEqualTo("Not confirmed yet");

            MvcTestResult resent = mvc.post().uri("/me/verification").with(me).with(csrf()).exchange();

            assertThat(resent).hasStatus3xxRedirection().hasRedirectedUrl("/me/profile");
            assertThat(resent).flash().containsEntry("flash", "clients.verify.resent");
            assertThat(ClientFixtures.mailsTo(jdbc, email)).hasSize(2);
        }

        @Test
        void preferencesAreSavedFromTheFormAndUntickedMeansNo() {
            String email = signedUpClient(mvc);
            RequestPostProcessor me = SignIn.as(accounts, email);

            assertThat(mvc.post().uri("/me/preferences").with(me).with(csrf()).param("soundSensitive", "true")
                    .param("_soundSensitive", "on").param("_lightSensitive", "on").param("pressure", "LIGHT")
                    .param("quietSession", "true")).hasStatus3xxRedirection();

            Document page = page("/me/preferences", me);
            assertThat(page.select("input[name=soundSensitive][checked]")).hasSize(1);
            assertThat(page.select("input[name=lightSensitive][checked]")).isEmpty();
            assertThat(page.select("input[name=pressure][value=LIGHT]").hasAttr("checked")).isTrue();
        }

        @Test
        void sharingIsToggledFromThePage() {
            String email = signedUpClient(mvc);
            RequestPostProcessor me = SignIn.as(accounts, email);
            assertThat(page("/me/sharing", me).select("#sharing-status").text())
                    .isEqualTo("The diary is not shared with the therapists.");

            assertThat(mvc.post().uri("/me/sharing").with(me).with(csrf()).param("sharesDiaryWithTherapists", "true"))
                    .hasStatus3xxRedirection();
            assertThat(page("/me/sharing", me).select("#sharing-status").text())
                    .isEqualTo("The diary is shared with the therapists.");

            assertThat(mvc.post().uri("/me/sharing").with(me).with(csrf()).param("sharesDiaryWithTherapists", "false"))
                    .hasStatus3xxRedirection();
            assertThat(page("/me/sharing", me).select("#sharing-status").text())
                    .isEqualTo("The diary is not shared with the therapists.");
        }
    }

    private Document page(String uri, RequestPostProcessor who) {
        MvcTestResult result = mvc.get().uri(uri).with(who).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return Jsoup.parse(Json.body(result));
    }

    /** 200, a page of the layout, and no message key that the bundle lacks (Thymeleaf shows those as ??key??). */
    private static void assertRendered(MvcTestResult result, String page) {
        assertThat(result).as(page).hasStatusOk();
        String body = Json.body(result);
        assertThat(body).as(page).contains("<h1").doesNotContain("??");
    }
}
