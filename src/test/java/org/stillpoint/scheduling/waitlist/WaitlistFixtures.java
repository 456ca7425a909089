package org.stillpoint.scheduling.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stillpoint.scheduling.SchedulingFixtures.booked;
import static org.stillpoint.scheduling.SchedulingFixtures.newClient;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stillpoint.support.Demo;
import org.stillpoint.support.Json;

/** Waitlist entries and offers through the API, and the mail they send. */
final class WaitlistFixtures {

    /**
     * A Saturday inside the booking horizon that {@link WaitlistTest.Days} never hands out: nobody books or cancels
     * on it, so entries for it never get an offer, and tests that only join or are refused need no day of their own.
     */
    static final LocalDate QUIET_DAY = LocalDate.of(2027, 5, 29);

    private WaitlistFixtures() {
    }

    static String entryJson(String client, String type, String therapist, LocalDate from, LocalDate to,
                            String... parts) {
        return """
                {%s"sessionTypeId":"%s",%s"dateFrom":"%s","dateTo":"%s","partsOfDay":[%s]}""".formatted(
                client == null ? "" : "\"clientId\":\"" + client + "\",", type,
                therapist == null ? "" : "\"therapistId\":\"" + therapist + "\",", from, to,
                String.join(",", Arrays.stream(parts).map(p -> "\"" + p + "\"").toList()));
    }

    static MvcTestResult join(MockMvcTester mvc, RequestPostProcessor who, String json) {
        return mvc.post().uri("/api/v1/waitlist").with(who).contentType(MediaType.APPLICATION_JSON).content(json)
                .exchange();
    }

    /** Joins and answers the entry's id; fails the test unless the answer is 201. */
    static String joined(MockMvcTester mvc, RequestPostProcessor who, String json) {
        MvcTestResult result = join(mvc, who, json);
        assertThat(result).as("joining the waitlist: %s", Json.body(result)).hasStatus(201);
        return Json.read(result, "$.id");
    }

    /** The entry's latest offer as the front desk sees it, or null. */
    static Map<String, Object> latestOffer(MockMvcTester mvc, String entry) {
        MvcTestResult result = mvc.get().uri("/api/v1/waitlist/{id}", entry).with(Demo.basic(Demo.DESK)).exchange();
        assertThat(result).hasStatusOk();
        return Json.read(result, "$.latestOffer");
    }

    /** Books the time for a new client and cancels it again: the time is freed, and the waitlist hears of it. */
    static void freeUp(MockMvcTester mvc, String type, String therapist, OffsetDateTime start) {
        String appointment = booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), type, therapist, start);
        assertThat(mvc.post().uri("/api/v1/appointments/{id}/cancel", appointment).with(Demo.basic(Demo.DESK))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).hasStatusOk();
    }

    static String entryStatus(MockMvcTester mvc, String entry) {
        return Json.read(mvc.get().uri("/api/v1/waitlist/{id}", entry).with(Demo.basic(Demo.DESK)).exchange(),
                "$.status");
    }

    static long offerCount(JdbcClient jdbc, String entry) {
        return jdbc.sql("SELECT COUNT(*) FROM waitlist_offer WHERE entry_id = CAST(:entry AS UUID)")
                .param("entry", entry).query(Long.class).single();
    }

    static String emailOf(MockMvcTester mvc, String client) {
        return Json.read(mvc.get().uri("/api/v1/clients/{id}", client).with(Demo.basic(Demo.DESK)).exchange(),
                "$.email");
    }

    /** The bodies of the waitlist offers mailed to the address, oldest first. */
    static List<String> offerMailsTo(JdbcClient jdbc, String email) {
        return jdbc.sql("""
                        SELECT body FROM mail_outbox WHERE recipient = :to AND body LIKE '%/waitlist/offers/%'
                        ORDER BY created_at, id""")
                .param("to", email).query(String.class).list();
    }
}
