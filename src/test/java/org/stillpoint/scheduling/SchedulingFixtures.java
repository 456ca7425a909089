package org.stillpoint.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stillpoint.support.Demo;
import org.stillpoint.support.Json;
import org.stillpoint.support.StaffAccounts;

/** The demo clinic's menu, therapists and rooms by name, new clients, and bookings through the API. */
public final class SchedulingFixtures {

    public static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    public static final String MEDICAL_MASSAGE = "Medical massage";
    public static final String CONSULTATION = "Free consultation";
    public static final String ACUTE_RELIEF = "Acute relief";
    public static final String CRANIOSACRAL = "Craniosacral session";
    public static final String HOT_STONE = "Hot-stone add-on";
    public static final String THEO = "Theo Marsh";
    public static final String NINA = "Nina Okafor";
    public static final String PRIYA = "Priya Shah";
    public static final String CARA = "Cara Lindqvist";
    public static final String SAM = "Sam Rivera";
    public static final String NINA_ACCOUNT = "nina.neuro@demo.stillpoint.test";

    private SchedulingFixtures() {
    }

    public static String sessionType(MockMvcTester mvc, String name) {
        return idByName(mvc, "/api/v1/session-types", name);
    }

    public static String therapist(MockMvcTester mvc, String name) {
        return idByName(mvc, "/api/v1/therapists", name);
    }

    public static String room(MockMvcTester mvc, String name) {
        return idByName(mvc, "/api/v1/rooms", name);
    }

    /** The name of a room by its id. */
    public static String roomName(MockMvcTester mvc, String id) {
        List<Map<String, Object>> rooms = Json.read(mvc.get().uri("/api/v1/rooms").exchange(), "$");
        return rooms.stream().filter(r -> id.equals(r.get("id"))).map(r -> (String) r.get("name")).findFirst()
                .orElseThrow();
    }

    private static String idByName(MockMvcTester mvc, String uri, String name) {
        List<String> ids = Json.read(mvc.get().uri(uri).exchange(), "$[?(@.name == '" + name + "')].id");
        assertThat(ids).as("%s named %s", uri, name).hasSize(1);
        return ids.get(0);
    }

    /** The front desk registers a client without sensitivities; answers the id. */
    public static String newClient(MockMvcTester mvc) {
        MvcTestResult created = mvc.post().uri("/api/v1/clients").with(Demo.basic(Demo.DESK))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"firstName":"Robin","lastName":"Hale","email":"%s","dateOfBirth":"1985-02-11"}"""
                        .formatted(StaffAccounts.uniqueEmail("robin"))).exchange();
        assertThat(created).hasStatus(201);
        return Json.read(created, "$.id");
    }

    public static String demoClientId(MockMvcTester mvc) {
        return Json.read(mvc.get().uri("/api/v1/me").with(Demo.basic(Demo.CLIENT)).exchange(), "$.clientId");
    }

    /** A local time of the clinic on a day, with its offset. */
    public static OffsetDateTime at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(ZONE).toOffsetDateTime();
    }

    /** As the API writes times: ISO-8601 with seconds and the offset. */
    public static String iso(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    public static String bookingJson(String client, String type, String therapist, OffsetDateTime start,
                                     String room) {
        return """
                {"clientId":"%s","sessionTypeId":"%s","therapistId":"%s","start":"%s"%s}"""
                .formatted(client, type, therapist, start, room == null ? "" : ",\"roomId\":\"" + room + "\"");
    }

    public static MvcTestResult book(MockMvcTester mvc, RequestPostProcessor who, String client, String type,
                                     String therapist, OffsetDateTime start) {
        return book(mvc, who, bookingJson(client, type, therapist, start, null));
    }

    public static MvcTestResult book(MockMvcTester mvc, RequestPostProcessor who, String json) {
        return mvc.post().uri("/api/v1/appointments").with(who).contentType(MediaType.APPLICATION_JSON)
                .content(json).exchange();
    }

    /** Books and answers the new appointment's id; fails the test unless the answer is 201. */
    public static String booked(MockMvcTester mvc, RequestPostProcessor who, String client, String type,
                                String therapist, OffsetDateTime start) {
        MvcTestResult result = book(mvc, who, client, type, therapist, start);
        assertThat(result).as("booking %s at %s: %s", type, start, Json.body(result)).hasStatus(201);
        return Json.read(result, "$.id");
    }

    public static List<Map<String, Object>> availability(MockMvcTester mvc, RequestPostProcessor who, String type,
                                                         LocalDate from, LocalDate to, String... more) {
        var request = mvc.get().uri("/api/v1/availability").param("sessionType", type)
                .param("from", from.toString()).param("to", to.toString());
        for (int i = 0; i + 1 < more.length; i += 2) {
            request = request.param(more[i], more[i + 1]);
        }
        MvcTestResult result = who == null ? request.exchange() : request.with(who).exchange();
        assertThat(result).as("availability: %s", Json.body(result)).hasStatusOk();
        return Json.read(result, "$");
    }
}
