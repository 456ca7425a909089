package org.stillpoint.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stillpoint.scheduling.SchedulingFixtures.ACUTE_RELIEF;
import static org.stillpoint.scheduling.SchedulingFixtures.THEO;
import static org.stillpoint.scheduling.SchedulingFixtures.availability;
import static org.stillpoint.scheduling.SchedulingFixtures.booked;
import static org.stillpoint.scheduling.SchedulingFixtures.newClient;
import static org.stillpoint.scheduling.SchedulingFixtures.sessionType;
import static org.stillpoint.scheduling.SchedulingFixtures.therapist;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stillpoint.scheduling.SchedulingFixtures;
import org.stillpoint.scheduling.SchedulingTestSetup;
import org.stillpoint.support.AdjustableClock;
import org.stillpoint.support.Demo;
import org.stillpoint.support.Json;

/** Appointments to document and notes to send, for the session-note tests in the scheduling tests' clinic. */
public final class NoteFixtures {

    public static final String NOTES = "/api/v1/appointments/{id}/note";

    /** A complete note for a 60-minute session, all in range. */
    static final String COMPLETE = """
            {"subjective":"Headache since yesterday evening, left temple.","painBefore":6,
             "findings":[{"area":"SUBOCCIPITALS","tension":"MODERATE","triggerPoints":true,"note":"Tender"},
                         {"area":"TRAPEZIUS_LEFT","tension":"MARKED"}],
             "assessment":"Tight suboccipitals and left trapezius.",
             "blocks":[{"technique":"MEDICAL_MASSAGE","area":"TRAPEZIUS_LEFT","minutes":25,"pressure":3},
                       {"technique":"TRIGGER_POINT","area":"SUBOCCIPITALS","minutes":15,"pressure":4},
                       {"technique":"SWEDISH","area":"SCALP","minutes":10,"pressure":2}],
             "painAfter":3,"response":"Relaxed; neck looser.","adverseEvents":["SORENESS"],
             "adverseNote":"Mild soreness in the left shoulder.","recommendations":"Self-massage at the base of the skull.",
             "nextSession":{"every":2,"unit":"WEEKS","note":"Same time"}}""";

    private NoteFixtures() {
    }

    static MvcTestResult post(MockMvcTester mvc, String uri, String id, String who, String json) {
        return mvc.post().uri(uri, id).with(Demo.basic(who)).contentType(MediaType.APPLICATION_JSON).content(json)
                .exchange();
    }

    static MvcTestResult get(MockMvcTester mvc, String uri, String id, String who) {
        return mvc.get().uri(uri, id).with(Demo.basic(who)).exchange();
    }

    static MvcTestResult get(MockMvcTester mvc, String uri, String id, RequestPostProcessor who) {
        return mvc.get().uri(uri, id).with(who).exchange();
    }

    /** A 60-minute medical massage with the demo therapist on a day of its own, for a new client. */
    public static String futureWithTheo(MockMvcTester mvc, LocalDate day) {
        return booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), sessionType(mvc, SchedulingFixtures.MEDICAL_MASSAGE),
                therapist(mvc, THEO), SchedulingFixtures.at(day, "10:00"));
    }

    /**
     * A 30-minute acute relief session with the demo therapist that is booked and has started: booked for the first
     * free time today, then the clock moves five minutes past its start (the clock only ever moves forward).
     */
    static String startedWithTheo(MockMvcTester mvc, AdjustableClock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), SchedulingFixtures.ZONE);
        String acute = sessionType(mvc, ACUTE_RELIEF);
        String theo = therapist(mvc, THEO);
        Map<String, Object> slot = availability(mvc, null, acute, today, today, "therapist", theo).get(0);
        OffsetDateTime start = OffsetDateTime.parse((String) slot.get("start"));
        String id = booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), acute, theo, start);
        clock.advance(Duration.between(clock.instant(), start.toInstant()).plusMinutes(5));
        return id;
    }

    /** The demo therapist's appointments in the demo's history (the three months before the tests' clock). */
    static List<Map<String, Object>> theosPast(MockMvcTester mvc) {
        LocalDate today = LocalDate.ofInstant(SchedulingTestSetup.START, SchedulingFixtures.ZONE);
        MvcTestResult list = mvc.get().uri("/api/v1/appointments").param("from", today.minusDays(120).toString())
                .param("to", today.minusDays(1).toString()).with(Demo.basic(Demo.THERAPIST)).exchange();
        assertThat(list).hasStatusOk();
        return Json.read(list, "$");
    }

    /** A past appointment of the demo therapist with the demo client that the demo clinic's notes signed. */
    static String signedByTheDemo(MockMvcTester mvc, int newest) {
        String claire = SchedulingFixtures.demoClientId(mvc);
        List<String> ids = theosPast(mvc).stream()
                .filter(a -> claire.equals(a.get("clientId")) && "COMPLETED".equals(a.get("status")))
                .filter(a -> Duration.between(OffsetDateTime.parse((String) a.get("start")),
                        OffsetDateTime.parse((String) a.get("end"))).toMinutes() == 60)
                .map(a -> (String) a.get("id")).toList();
        assertThat(ids).as("the demo client's attended weekly sessions").hasSizeGreaterThan(newest);
        return ids.get(ids.size() - 1 - newest);
    }

    /** The demo therapist saves Stillpoint's proposal as the appointment's plan (the first); answers its blocks. */
    public static List<Map<String, Object>> savedProposal(MockMvcTester mvc, Object appointment) {
        MvcTestResult proposal = mvc.post().uri("/api/v1/appointments/{id}/plan/proposal", appointment)
                .with(Demo.basic(Demo.THERAPIST)).exchange();
        List<Map<String, Object>> blocks = Json.read(proposal, "$.blocks");
        assertThat(blocks).isNotEmpty();
        assertThat(mvc.put().uri("/api/v1/appointments/{id}/plan", appointment).with(Demo.basic(Demo.THERAPIST))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"blocks":%s,"lighting":"DIMMED","sound":"QUIET","temperature":"NEUTRAL","pack":"NONE",
                         "position":"SUPINE"}""".formatted(blocks.stream().map(b -> """
                        {"technique":"%s","area":"%s","minutes":%s,"pressure":%s,"heat":%s}""".formatted(
                        b.get("technique"), b.get("area"), b.get("minutes"), b.get("pressure"), b.get("heat")))
                        .collect(Collectors.joining(",", "[", "]")))).exchange()).hasStatusOk();
        return blocks;
    }

    /** An attended past appointment of the demo therapist without a note yet (a consultation: the demo writes none). */
    public static Map<String, Object> attendedWithoutNote(MockMvcTester mvc) {
        return theosPast(mvc).stream().filter(a -> "COMPLETED".equals(a.get("status")))
                .filter(a -> get(mvc, NOTES, (String) a.get("id"), Demo.OWNER).getResponse().getStatus() == 404)
                .findFirst().orElseThrow(() -> new AssertionError("no attended appointment without a note left"));
    }
}
