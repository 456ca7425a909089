package org.stillpoint.clients.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.support.Demo;
import org.stillpoint.support.Json;
import org.stillpoint.support.StaffAccounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** Clients made through the API for tests: registered by the desk, or signed up with an account of their own. */
final class ClientFixtures {

    static final String PASSWORD = "a calm and quiet evening";

    private static final Pattern TOKEN = Pattern.compile("/verify-email\\?token=([A-Za-z0-9_-]+)");

    private ClientFixtures() {
    }

    /** The front desk registers a client; answers the id. */
    static String register(MockMvcTester mvc, String firstName, String lastName, String email) {
        MvcTestResult created = mvc.post().uri("/api/v1/clients").with(Demo.basic(Demo.DESK))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"firstName":"%s","lastName":"%s","email":"%s","dateOfBirth":"1988-04-12",
                         "phone":"+1 503 555 0199"}""".formatted(firstName, lastName, email))
                .exchange();
        assertThat(created).as("registering %s", email).hasStatus(201);
        return Json.read(created, "$.id");
    }

    /** The current version of each consent text, as the sign-up needs them. */
    static String acceptedConsents(MockMvcTester mvc) {
        MvcTestResult texts = mvc.get().uri("/api/v1/consent-texts").exchange();
        List<String> kinds = Json.read(texts, "$[*].kind");
        List<Integer> versions = Json.read(texts, "$[*].version");
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < kinds.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(kinds.get(i)).append("\":").append(versions.get(i));
        }
        return json.append('}').toString();
    }

    static MvcTestResult signUp(MockMvcTester mvc, String email, String password, String consents) {
        return mvc.post().uri("/api/v1/signup").contentType(MediaType.APPLICATION_JSON).content("""
                {"firstName":"Rosa","lastName":"Lind","email":"%s","dateOfBirth":"1991-09-30","password":"%s",
                 "acceptedConsents":%s}""".formatted(email, password, consents)).exchange();
    }

    /** A person signs up; answers their e-mail address (and client id through {@link #clientIdOf}). */
    static String signedUpClient(MockMvcTester mvc) {
        String email = StaffAccounts.uniqueEmail("client");
        assertThat(signUp(mvc, email, PASSWORD, acceptedConsents(mvc))).as("signing up %s", email).hasStatus(202);
        return email;
    }

    static String clientIdOf(MockMvcTester mvc, String email) {
        return Json.read(mvc.get().uri("/api/v1/me").with(httpBasic(email, PASSWORD)).exchange(), "$.clientId");
    }

    static String demoClientId(MockMvcTester mvc) {
        return Json.read(mvc.get().uri("/api/v1/me").with(Demo.basic(Demo.CLIENT)).exchange(), "$.clientId");
    }

    /** The bodies of the mails queued for an address, oldest first. */
    static List<String> mailsTo(JdbcClient jdbc, String email) {
        return jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY created_at, id").param(email)
                .query(String.class).list();
    }

    /** The token of the confirmation link in a mail. */
    static String tokenIn(String mailBody) {
        Matcher matcher = TOKEN.matcher(mailBody);
        assertThat(matcher.find()).as("a confirmation link in: %s", mailBody).isTrue();
        return matcher.group(1);
    }

    static long auditRows(JdbcClient jdbc, String actor, String action, String recordType, String recordId,
                          String outcome) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM audit_log WHERE actor_email = ? AND action = ? AND record_type = ?
                   AND record_id = ? AND outcome = ?""")
                .params(actor, action, recordType, recordId, outcome).query(Long.class).single();
    }
}
