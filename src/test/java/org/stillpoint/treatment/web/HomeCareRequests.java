package org.stillpoint.treatment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stillpoint.support.Demo;
import org.stillpoint.support.Json;

/** Clients of their own for home-care tests, and the home-care calls as a program makes them. */
final class HomeCareRequests {

    static final String PASSWORD = "a quiet and calm room";

    /** Two items: pressure at the base of the skull and water; {@code %d} is the version it is made from. */
    static final String TWO_ITEMS = """
            {"version":%d,"note":"Little and often.","items":[
              {"template":"SKULL_BASE_PRESSURE","frequency":"TIMES_PER_DAY","times":2,"minutes":5,
               "notes":"Slowly."},
              {"template":"HYDRATION","frequency":"DAILY","glasses":8}]}""";

    private HomeCareRequests() {
    }

    static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** Someone signs themself up; answers their client id. Their password is {@link #PASSWORD}. */
    static String signUp(MockMvcTester mvc, String email) {
        assertThat(mvc.post().uri("/api/v1/signup").contentType(MediaType.APPLICATION_JSON).content("""
                {"firstName":"Hana","lastName":"Homecare","email":"%s","dateOfBirth":"1987-06-05",
                 "password":"%s","acceptedConsents":{"TREATMENT":1,"PRIVACY":1}}""".formatted(email, PASSWORD)))
                .as("signing up %s", email).hasStatus(202);
        return Json.read(mvc.get().uri("/api/v1/me").with(as(email)).exchange(), "$.clientId");
    }

    static RequestPostProcessor as(String email) {
        return Demo.basic(email, PASSWORD);
    }

    /** The demo client's id. */
    static String claire(MockMvcTester mvc) {
        return Json.read(mvc.get().uri("/api/v1/me").with(Demo.basic(Demo.CLIENT)).exchange(), "$.clientId");
    }

    static MvcTestResult plan(MockMvcTester mvc, String client, RequestPostProcessor caller) {
        return mvc.get().uri("/api/v1/clients/{id}/home-care-plan", client).with(caller).exchange();
    }

    static MvcTestResult put(MockMvcTester mvc, String client, RequestPostProcessor caller, String body) {
        return mvc.put().uri("/api/v1/clients/{id}/home-care-plan", client).with(caller)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    static MvcTestResult tick(MockMvcTester mvc, String client, RequestPostProcessor caller, String item,
                              LocalDate day, boolean done) {
        return mvc.post().uri("/api/v1/clients/{id}/home-care/adherence", client).with(caller)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"day":"%s","itemId":"%s","done":%s}""".formatted(day, item, done)).exchange();
    }

    /** A new client with the owner's two-item plan (version 1); answers the client's id. */
    static String clientWithPlan(MockMvcTester mvc, String email) {
        String client = signUp(mvc, email);
        assertThat(put(mvc, client, Demo.basic(Demo.OWNER), TWO_ITEMS.formatted(0))).as("the owner's plan")
                .hasStatusOk();
        return client;
    }
}
