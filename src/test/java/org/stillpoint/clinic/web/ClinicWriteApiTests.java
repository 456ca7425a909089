package org.stillpoint.clinic.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;

/**
 * The owner changes the clinic, its rooms and its menu through the API; nobody else can; bad input is answered
 * with the reason and saves nothing. These tests add session types, so the shared demo clinic is thrown away
 * afterwards (other tests count the default menu).
 */
@DemoClinicTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ClinicWriteApiTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theOwnerAddsARoom() {
        String name = unique("Lotus");

        MvcTestResult created = send(HttpMethod.POST, "/api/v1/rooms", Demo.OWNER, room(name, true, false));

        assertThat(created).hasStatus(201).bodyJson().isLenientlyEqualTo("""
                {"name":"%s","dimmable":true,"scentFree":true,"soundproofed":true,"heatedTable":false,
                 "hotStoneHeater":false,"migraineFriendly":true,"active":true}""".formatted(name));
        String id = Json.read(created, "$.id");
        assertThat(created).hasHeader("Location", "/api/v1/rooms/" + id);
        assertThat(mvc.get().uri("/api/v1/rooms/{id}", id)).hasStatusOk()
                .bodyJson().extractingPath("$.name").isEqualTo(name);
    }

    @Test
    void theOwnerChangesARoom() {
        String id = createRoom(unique("Maple"));
        String renamed = unique("Maple, quiet");

        MvcTestResult changed = send(HttpMethod.PUT, "/api/v1/rooms/" + id, Demo.OWNER,
                room(renamed, false, true));

        assertThat(changed).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"id":"%s","name":"%s","dimmable":false,"heatedTable":true,"migraineFriendly":false}"""
                .formatted(id, renamed));
        assertThat(mvc.get().uri("/api/v1/rooms/{id}", id)).bodyJson().extractingPath("$.name").isEqualTo(renamed);
    }

    @Test
    void anInactiveRoomIsListedOnlyForTheOwnerAskingForAll() {
        String name = unique("Closed");
        createRoom(name);
        String id = Json.<List<String>>read(send(HttpMethod.GET, "/api/v1/rooms?all=true", Demo.OWNER, null),
                "$[?(@.name == '" + name + "')].id").get(0);
        assertThat(send(HttpMethod.PUT, "/api/v1/rooms/" + id, Demo.OWNER, """
                {"name":"%s","dimmable":true,"scentFree":true,"soundproofed":true,"heatedTable":false,
                 "hotStoneHeater":false,"active":false}""".formatted(name))).hasStatusOk();

        assertThat(roomNames("/api/v1/rooms?all=true", Demo.OWNER)).contains(name);
        assertThat(roomNames("/api/v1/rooms?all=true", null)).doesNotContain(name);
        assertThat(roomNames("/api/v1/rooms?all=true", Demo.DESK)).doesNotContain(name);
    }

    @Test
    void theOwnerAddsAndChangesASessionType() {
        String name = unique("Scalp and jaw");

        MvcTestResult created = send(HttpMethod.POST, "/api/v1/session-types", Demo.OWNER,
                sessionType(name, 45, "TREATMENT"));

        assertThat(created).hasStatus(201).bodyJson().isLenientlyEqualTo("""
                {"name":"%s","minutes":45,"kind":"TREATMENT","active":true,"bookableOnline":true,
                 "eligibleProviderTypes":["SPA_MASSAGE_THERAPIST"],
                 "prices":[{"providerType":"SPA_MASSAGE_THERAPIST","amount":65.00,"currency":"USD"}]}"""
                .formatted(name));
        String id = Json.read(created, "$.id");
        assertThat(created).hasHeader("Location", "/api/v1/session-types/" + id);

        assertThat(send(HttpMethod.PUT, "/api/v1/session-types/" + id, Demo.OWNER,
                sessionType(name, 50, "ACUTE_RELIEF"))).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("{\"id\":\"%s\",\"minutes\":50,\"kind\":\"ACUTE_RELIEF\"}".formatted(id));
        assertThat(mvc.get().uri("/api/v1/session-types/{id}", id)).bodyJson().extractingPath("$.minutes")
                .isEqualTo(50);
    }

    @Test
    void theOwnerChangesTheClinicSettings() {
        MvcTestResult changed = send(HttpMethod.PUT, "/api/v1/clinic", Demo.OWNER, """
                {"name":"Stillpoint Demo Clinic","address":"14 Quiet Lane, Portland, OR 97201",
                 "phone":"+1 503 555 0199","timeZone":"America/Los_Angeles","currency":"USD",
                 "cancellationWindowHours":48,"slotStepMinutes":30,"bufferMinutes":10}""");

        assertThat(changed).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"address":"14 Quiet Lane, Portland, OR 97201","cancellationWindowHours":48,
                 "slotStepMinutes":30,"bufferMinutes":10}""");
        assertThat(mvc.get().uri("/api/v1/clinic")).bodyJson().extractingPath("$.cancellationWindowHours")
                .isEqualTo(48);
    }

    static Stream<Arguments> everyWriteByEveryOtherRole() {
        return Stream.of(Demo.DESK, Demo.THERAPIST, Demo.CLIENT).flatMap(email -> Stream.of(
                Arguments.of(email, HttpMethod.POST, "/api/v1/rooms"),
                Arguments.of(email, HttpMethod.PUT, "/api/v1/rooms/{room}"),
                Arguments.of(email, HttpMethod.POST, "/api/v1/session-types"),
                Arguments.of(email, HttpMethod.PUT, "/api/v1/session-types/{sessionType}"),
                Arguments.of(email, HttpMethod.PUT, "/api/v1/clinic")));
    }

    @ParameterizedTest(name = "{1} {2} by {0}")
    @MethodSource("everyWriteByEveryOtherRole")
    void everyOtherRoleIsRefusedEveryWrite(String email, HttpMethod method, String template) {
        String roomId = Json.read(mvc.get().uri("/api/v1/rooms").exchange(), "$[0].id");
        String sessionTypeId = Json.read(mvc.get().uri("/api/v1/session-types").exchange(), "$[0].id");
        String uri = template.replace("{room}", roomId).replace("{sessionType}", sessionTypeId);
        String name = unique("Refused");
        String body = uri.contains("session-types") ? sessionType(name, 60, "TREATMENT")
                : uri.contains("rooms") ? room(name, true, false)
                : """
                {"name":"%s","timeZone":"UTC","currency":"EUR","cancellationWindowHours":1,
                 "slotStepMinutes":5,"bufferMinutes":0}""".formatted(name);

        MvcTestResult refused = send(method, uri, email, body);

        assertThat(refused).hasStatus(403).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:stillpoint:problem:forbidden");
        assertThat(roomNames("/api/v1/rooms?all=true", Demo.OWNER)).doesNotContain(name);
        assertThat(Json.<List<String>>read(send(HttpMethod.GET, "/api/v1/session-types?all=true", Demo.OWNER, null),
                "$[*].name")).doesNotContain(name);
        assertThat(mvc.get().uri("/api/v1/clinic")).bodyJson().extractingPath("$.name")
                .isEqualTo("Stillpoint Demo Clinic");
    }

    @Test
    void aRoomWithoutANameIsRefusedNamingTheField() {
        assertThat(send(HttpMethod.POST, "/api/v1/rooms", Demo.OWNER, "{}")).hasStatus(400)
                .bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:stillpoint:problem:validation","errors":[{"field":"name"}]}""");
        assertThat(send(HttpMethod.POST, "/api/v1/rooms", Demo.OWNER, "{\"name\":\"   \"}")).hasStatus(400)
                .bodyJson().isLenientlyEqualTo("""
                        {"errors":[{"field":"name","message":"Please fill this in."}]}""");
        assertThat(send(HttpMethod.POST, "/api/v1/rooms", Demo.OWNER,
                "{\"name\":\"%s\"}".formatted("R".repeat(81)))).hasStatus(400)
                .bodyJson().isLenientlyEqualTo("""
                        {"errors":[{"field":"name","message":"This is too long."}]}""");
    }

    @Test
    void aRoomFeatureOfTheWrongTypeIsRefusedNamingTheField() {
        assertThat(send(HttpMethod.POST, "/api/v1/rooms", Demo.OWNER,
                "{\"name\":\"%s\",\"dimmable\":\"very\"}".formatted(unique("Typed")))).hasStatus(400)
                .bodyJson().isLenientlyEqualTo("{\"errors\":[{\"field\":\"dimmable\"}]}");
    }

    @Test
    void aSessionTypeWithMissingFieldsIsRefusedNamingEachOfThem() {
        MvcTestResult refused = send(HttpMethod.POST, "/api/v1/session-types", Demo.OWNER, "{\"name\":\"\"}");

        assertThat(refused).hasStatus(400).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:stillpoint:problem:validation");
        assertThat(Json.<List<String>>read(refused, "$.errors[*].field"))
                .containsExactlyInAnyOrder("name", "minutes", "kind", "prices");
    }

    @Test
    void anUnknownSessionKindIsRefusedNamingTheField() {
        assertThat(send(HttpMethod.POST, "/api/v1/session-types", Demo.OWNER,
                sessionType(unique("Kneading"), 60, "MASSAGE"))).hasStatus(400)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:stillpoint:problem:validation","errors":[{"field":"kind"}]}""");
    }

    @Test
    void anUnknownProviderTypeInAPriceIsRefusedNamingTheField() {
        assertThat(send(HttpMethod.POST, "/api/v1/session-types", Demo.OWNER, """
                {"name":"%s","minutes":60,"kind":"TREATMENT",
                 "prices":[{"providerType":"MASSEUR","amount":80}]}""".formatted(unique("Priced"))))
                .hasStatus(400).bodyJson().isLenientlyEqualTo("""
                        {"errors":[{"field":"prices[0].providerType"}]}""");
    }

    @Test
    void outOfRangeMinutesAndPricesAreRefusedNamingTheFields() {
        MvcTestResult refused = send(HttpMethod.POST, "/api/v1/session-types", Demo.OWNER, """
                {"name":"%s","minutes":3,"kind":"TREATMENT",
                 "prices":[{"providerType":"SPA_MASSAGE_THERAPIST","amount":-5}]}""".formatted(unique("Range")));

        assertThat(refused).hasStatus(400);
        assertThat(Json.<List<String>>read(refused, "$.errors[*].field"))
                .containsExactlyInAnyOrder("minutes", "prices[0].amount");
    }

    @Test
    void minutesThatAreNotANumberAreRefusedNamingTheField() {
        assertThat(send(HttpMethod.POST, "/api/v1/session-types", Demo.OWNER, """
                {"name":"%s","minutes":"an hour","kind":"TREATMENT",
                 "prices":[{"providerType":"SPA_MASSAGE_THERAPIST","amount":80}]}""".formatted(unique("Hour"))))
                .hasStatus(400).bodyJson().isLenientlyEqualTo("{\"errors\":[{\"field\":\"minutes\"}]}");
    }

    @Test
    void clinicSettingsWithMissingFieldsAreRefusedNamingEachOfThem() {
        MvcTestResult refused = send(HttpMethod.PUT, "/api/v1/clinic", Demo.OWNER, "{}");

        assertThat(refused).hasStatus(400);
        assertThat(Json.<List<String>>read(refused, "$.errors[*].field")).containsExactlyInAnyOrder("name",
                "timeZone", "currency", "cancellationWindowHours", "slotStepMinutes", "bufferMinutes");
    }

    @Test
    void anUnknownTimeZoneIsRefusedNamingTheFieldAndChangesNothing() {
        String before = Json.body(mvc.get().uri("/api/v1/clinic").exchange());

        assertThat(send(HttpMethod.PUT, "/api/v1/clinic", Demo.OWNER, """
                {"name":"Renamed on Mars","timeZone":"Mars/Olympus_Mons","currency":"USD",
                 "cancellationWindowHours":24,"slotStepMinutes":15,"bufferMinutes":15}""")).hasStatus(422)
                .bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:stillpoint:problem:invalid-time-zone","errors":[{"field":"timeZone"}]}""");
        assertThat(Json.body(mvc.get().uri("/api/v1/clinic").exchange())).isEqualTo(before);
    }

    @Test
    void anIdThatIsNotAUuidIsABadRequestNotAServerError() {
        assertThat(send(HttpMethod.PUT, "/api/v1/rooms/willow", Demo.OWNER, room("Willow", true, true)))
                .hasStatus(400).bodyJson().isLenientlyEqualTo("{\"errors\":[{\"field\":\"id\"}]}");
        assertThat(send(HttpMethod.PUT, "/api/v1/session-types/42", Demo.OWNER,
                sessionType(unique("Id"), 60, "TREATMENT"))).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/session-types/42")).hasStatus(400);
    }

    @Test
    void anUnknownIdIsNotFound() {
        String unknown = UUID.randomUUID().toString();

        assertNotFound(mvc.get().uri("/api/v1/rooms/{id}", unknown).exchange());
        assertNotFound(mvc.get().uri("/api/v1/session-types/{id}", unknown).exchange());
        assertNotFound(send(HttpMethod.PUT, "/api/v1/rooms/" + unknown, Demo.OWNER, room(unique("Ghost"), true, true)));
        assertNotFound(send(HttpMethod.PUT, "/api/v1/session-types/" + unknown, Demo.OWNER,
                sessionType(unique("Ghost"), 60, "TREATMENT")));
    }

    @Test
    void aSecondRoomWithTheSameNameIsAConflictAndIsNotSaved() {
        int before = roomNames("/api/v1/rooms?all=true", Demo.OWNER).size();

        assertThat(send(HttpMethod.POST, "/api/v1/rooms", Demo.OWNER, room("willow", true, true))).hasStatus(409)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:stillpoint:problem:name-taken","status":409,
                         "detail":"Another room already has this name."}""");
        assertThat(roomNames("/api/v1/rooms?all=true", Demo.OWNER)).hasSize(before);
    }

    @Test
    void renamingARoomToATakenNameIsAConflictAndChangesNothing() {
        String name = unique("Aspen");
        String id = createRoom(name);

        assertThat(send(HttpMethod.PUT, "/api/v1/rooms/" + id, Demo.OWNER, room("Cedar", false, true)))
                .hasStatus(409);
        assertThat(mvc.get().uri("/api/v1/rooms/{id}", id)).bodyJson().isLenientlyEqualTo("""
                {"name":"%s","dimmable":true,"heatedTable":false}""".formatted(name));
    }

    @Test
    void aSecondSessionTypeWithTheSameNameIsAConflict() {
        assertThat(send(HttpMethod.POST, "/api/v1/session-types", Demo.OWNER,
                sessionType("Acute relief", 30, "ACUTE_RELIEF"))).hasStatus(409)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:stillpoint:problem:name-taken");
    }

    private void assertNotFound(MvcTestResult result) {
        assertThat(result).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:stillpoint:problem:not-found");
    }

    private String createRoom(String name) {
        MvcTestResult created = send(HttpMethod.POST, "/api/v1/rooms", Demo.OWNER, room(name, true, false));
        assertThat(created).hasStatus(201);
        return Json.read(created, "$.id");
    }

    private List<String> roomNames(String uri, String email) {
        return Json.read(send(HttpMethod.GET, uri, email, null), "$[*].name");
    }

    private MvcTestResult send(HttpMethod method, String uri, String email, String json) {
        var request = mvc.method(method).uri(uri);
        if (email != null) {
            request = request.with(Demo.basic(email));
        }
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return request.exchange();
    }

    private static String room(String name, boolean dimmable, boolean heatedTable) {
        return """
                {"name":"%s","dimmable":%s,"scentFree":true,"soundproofed":true,"heatedTable":%s,
                 "hotStoneHeater":false}""".formatted(name, dimmable, heatedTable);
    }

    private static String sessionType(String name, int minutes, String kind) {
        return """
                {"name":"%s","minutes":%d,"kind":"%s","description":"Gentle work on the scalp and jaw.",
                 "prices":[{"providerType":"SPA_MASSAGE_THERAPIST","amount":65}]}""".formatted(name, minutes, kind);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
