package org.stillpoint.diary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stillpoint.support.Demo;
import org.stillpoint.support.Json;

/** Clients of their own for diary tests, and the diary calls as a program makes them. */
final class DiaryRequests {

    static final String PASSWORD = "a dark and quiet room";

    private DiaryRequests() {
    }

    /** Someone signs themself up; answers their client id. Their password is {@link #PASSWORD}. */
    static String signUp(MockMvcTester mvc, String who) {
        String email = who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        assertThat(mvc.post().uri("/api/v1/signup").contentType(MediaType.APPLICATION_JSON).content("""
                {"firstName":"Dana","lastName":"Diary","email":"%s","dateOfBirth":"1985-04-03",
                 "password":"%s","acceptedConsents":{"TREATMENT":1,"PRIVACY":1}}""".formatted(email, PASSWORD)))
                .as("signing up %s", email).hasStatus(202);
        return Json.read(mvc.get().uri("/api/v1/me").with(Demo.basic(email, PASSWORD)).exchange(), "$.clientId")
                + " " + email;
    }

    static RequestPostProcessor as(String emailOrIdAndEmail) {
        String email = emailOrIdAndEmail.contains(" ") ? emailOrIdAndEmail.split(" ")[1] : emailOrIdAndEmail;
        return Demo.basic(email, PASSWORD);
    }

    static String id(String idAndEmail) {
        return idAndEmail.split(" ")[0];
    }

    /** The time zone of the client's diary. */
    static ZoneId zoneOf(MockMvcTester mvc, String idAndEmail) {
        return ZoneId.of(Json.read(mvc.get().uri("/api/v1/clients/{id}/diary/settings", id(idAndEmail))
                .with(as(idAndEmail)).exchange(), "$.zone"));
    }

    /** How many attacks (deleted ones too) and checked-in days the client's diary holds. */
    static long entriesOf(JdbcClient jdbc, String idAndEmail) {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM diary_attack WHERE client_id = CAST(? AS UUID))
                             + (SELECT COUNT(*) FROM diary_day WHERE client_id = CAST(? AS UUID))""")
                .params(id(idAndEmail), id(idAndEmail)).query(Long.class).single();
    }

    static MvcTestResult postAttack(MockMvcTester mvc, String client, RequestPostProcessor caller, String body) {
        return mvc.post().uri("/api/v1/clients/{id}/diary/attacks", client).with(caller)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    static MvcTestResult putDay(MockMvcTester mvc, String client, RequestPostProcessor caller, String date,
                                String body) {
        return mvc.put().uri("/api/v1/clients/{id}/diary/days/{date}", client, date).with(caller)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    static MvcTestResult summary(MockMvcTester mvc, String client, RequestPostProcessor caller, String from,
                                 String to) {
        return mvc.get().uri("/api/v1/clients/{id}/diary/summary?from={from}&to={to}", client, from, to)
                .with(caller).exchange();
    }

    /** The demo client's id. */
    static String claire(MockMvcTester mvc) {
        return Json.read(mvc.get().uri("/api/v1/me").with(Demo.basic(Demo.CLIENT)).exchange(), "$.clientId");
    }

    /** The demo client shares their diary with their therapists, or stops sharing it. */
    static void claireShares(MockMvcTester mvc, boolean share) {
        assertThat(mvc.put().uri("/api/v1/clients/{id}/sharing", claire(mvc)).with(Demo.basic(Demo.CLIENT))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"sharesDiaryWithTherapists\":" + share + "}").exchange()).hasStatusOk();
    }

    /** How many successful reads of the client's diary the audit log holds. */
    static long auditedReads(JdbcClient jdbc, String client) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM audit_log WHERE record_type = 'diary' AND record_id = ?
                           AND action = 'READ' AND outcome = 'SUCCESS'""")
                .param(client).query(Long.class).single();
    }
}
