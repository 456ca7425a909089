package org.stillpoint.clinic.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;

/**
 * The public half of the API contract (DESIGN §6): the menu, the therapists and the rooms, readable without an
 * account, with nothing about accounts or contact details in them; and the default menu a new clinic starts with.
 */
@DemoClinicTest
class ClinicMenuApiTests {

    private static final Pattern PRIVATE_KEY = Pattern.compile("(?i).*(account|e-?mail|password|phone|address).*");

    private static final List<String> DEFAULT_MENU = List.of("Free consultation", "Medical massage",
            "Migraine relief, 60 minutes", "Migraine relief, 90 minutes", "Acute relief", "Craniosacral session",
            "Hot-stone add-on");

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/session-types", "/api/v1/therapists", "/api/v1/rooms"})
    void isPublicAndListsIdsAndNames(String uri) {
        MvcTestResult list = mvc.get().uri(uri).exchange();

        assertThat(list).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(Json.<List<String>>read(list, "$[*].id")).isNotEmpty()
                .allSatisfy(id -> assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        assertThat(Json.<List<String>>read(list, "$[*].name")).isNotEmpty().doesNotContainNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/session-types", "/api/v1/therapists", "/api/v1/rooms",
            "/api/v1/session-types?all=true", "/api/v1/therapists?all=true", "/api/v1/rooms?all=true"})
    void exposesNoAccountIdEmailOrPasswordData(String uri) {
        String body = Json.body(mvc.get().uri(uri).exchange());

        assertThat(Json.keysIn(body)).isNotEmpty().noneMatch(key -> PRIVATE_KEY.matcher(key).matches());
        assertThat(body).doesNotContain("@").doesNotContain("{bcrypt}").doesNotContain("$2a$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/session-types", "/api/v1/therapists", "/api/v1/rooms"})
    void aSingleEntryIsPublicAndExposesNoAccountDataEither(String list) {
        String firstId = Json.read(mvc.get().uri(list).exchange(), "$[0].id");

        MvcTestResult one = mvc.get().uri(list + "/{id}", firstId).exchange();

        assertThat(one).hasStatusOk().bodyJson().extractingPath("$.id").isEqualTo(firstId);
        assertThat(Json.keysIn(Json.body(one))).contains("id", "name")
                .noneMatch(key -> PRIVATE_KEY.matcher(key).matches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/session-types", "/api/v1/therapists", "/api/v1/rooms", "/api/v1/clinic"})
    void isReadOnlyForVisitors(String uri) {
        assertThat(mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Visitor\"}"))
                .hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.put().uri(uri).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Visitor\"}"))
                .hasStatus(401);
        assertThat(mvc.delete().uri(uri)).hasStatus(401);
        assertThat(Json.<List<String>>read(mvc.get().uri(uri.equals("/api/v1/clinic") ? "/api/v1/rooms" : uri)
                .exchange(), "$[*].name")).doesNotContain("Visitor");
    }

    @Test
    void theClinicProfileIsPublicForABookingPage() {
        assertThat(mvc.get().uri("/api/v1/clinic")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"name":"Stillpoint Demo Clinic","timeZone":"America/Los_Angeles","currency":"USD",
                 "cancellationWindowHours":24,"slotStepMinutes":15,"bufferMinutes":15}""");
    }

    @Test
    void roomsShowTheirSensoryFeatures() {
        List<Map<String, Object>> cedar = Json.read(mvc.get().uri("/api/v1/rooms").exchange(),
                "$[?(@.name == 'Cedar')]");

        assertThat(cedar).singleElement().satisfies(room -> assertThat(room).containsAllEntriesOf(Map.of(
                "dimmable", true, "scentFree", true, "soundproofed", true, "heatedTable", true,
                "hotStoneHeater", true, "migraineFriendly", true, "active", true)));
        List<Map<String, Object>> birch = Json.read(mvc.get().uri("/api/v1/rooms").exchange(),
                "$[?(@.name == 'Birch')]");
        assertThat(birch).singleElement().satisfies(room -> assertThat(room).containsAllEntriesOf(Map.of(
                "dimmable", false, "scentFree", false, "soundproofed", false, "migraineFriendly", false)));
    }

    @Test
    void theDefaultMenuHasTheSevenSessionTypes() {
        MvcTestResult menu = mvc.get().uri("/api/v1/session-types").exchange();

        assertThat(Json.<List<String>>read(menu, "$[*].name")).containsExactlyInAnyOrderElementsOf(DEFAULT_MENU);
        assertThat(menu).bodyJson().isLenientlyEqualTo("""
                [{"name":"Free consultation","minutes":15,"kind":"CONSULTATION","bookableOnline":true},
                 {"name":"Medical massage","minutes":60,"kind":"TREATMENT"},
                 {"name":"Migraine relief, 60 minutes","minutes":60,"kind":"TREATMENT"},
                 {"name":"Migraine relief, 90 minutes","minutes":90,"kind":"TREATMENT"},
                 {"name":"Acute relief","minutes":30,"kind":"ACUTE_RELIEF"},
                 {"name":"Craniosacral session","minutes":60,"kind":"TREATMENT","requiredTechnique":"CRANIOSACRAL"},
                 {"name":"Hot-stone add-on","minutes":15,"kind":"ADD_ON","requiredTechnique":"HOT_STONE"}]""");
    }

    @Test
    void theFreeConsultationCostsNothingWithAnyProvider() {
        MvcTestResult menu = mvc.get().uri("/api/v1/session-types").exchange();

        List<Object> amounts = Json.read(menu, "$[?(@.name == 'Free consultation')].prices[*].amount");
        List<String> providers = Json.read(menu, "$[?(@.name == 'Free consultation')].prices[*].providerType");

        assertThat(providers).containsExactlyInAnyOrder("MEDICAL_MASSAGE_THERAPIST", "NEUROMUSCULAR_THERAPIST",
                "CRANIOSACRAL_THERAPIST", "SPA_MASSAGE_THERAPIST", "PHYSICAL_THERAPIST");
        assertThat(amounts).hasSize(5).allSatisfy(amount -> assertThat(money(amount)).isZero());
    }

    @Test
    void ninetyMinutesCostOneAndAHalfTimesSixtyRoundedToFive() {
        MvcTestResult menu = mvc.get().uri("/api/v1/session-types").exchange();
        Map<String, BigDecimal> sixty = pricesOf(menu, "Migraine relief, 60 minutes");
        Map<String, BigDecimal> ninety = pricesOf(menu, "Migraine relief, 90 minutes");

        assertThat(ninety).hasSize(5).containsOnlyKeys(sixty.keySet());
        sixty.forEach((provider, price) -> assertThat(ninety.get(provider)).as(provider)
                .isEqualByComparingTo(roundToFive(price.multiply(new BigDecimal("1.5")))));
    }

    @Test
    void sixtyMinutePricesSitInTheTypicalRangeOfEachProviderType() {
        Map<String, BigDecimal> sixty = pricesOf(mvc.get().uri("/api/v1/session-types").exchange(),
                "Migraine relief, 60 minutes");

        assertThat(sixty.get("MEDICAL_MASSAGE_THERAPIST")).isBetween(new BigDecimal("85"), new BigDecimal("150"));
        assertThat(sixty.get("NEUROMUSCULAR_THERAPIST")).isBetween(new BigDecimal("75"), new BigDecimal("125"));
        assertThat(sixty.get("CRANIOSACRAL_THERAPIST")).isBetween(new BigDecimal("90"), new BigDecimal("160"));
        assertThat(sixty.get("SPA_MASSAGE_THERAPIST")).isBetween(new BigDecimal("60"), new BigDecimal("100"));
        assertThat(sixty.get("PHYSICAL_THERAPIST")).isBetween(new BigDecimal("100"), new BigDecimal("175"));
    }

    @Test
    void pricesAreInTheClinicCurrency() {
        assertThat(Json.<List<String>>read(mvc.get().uri("/api/v1/session-types").exchange(),
                "$[*].prices[*].currency")).isNotEmpty().containsOnly("USD");
    }

    private static Map<String, BigDecimal> pricesOf(MvcTestResult menu, String name) {
        List<String> providers = Json.read(menu, "$[?(@.name == '" + name + "')].prices[*].providerType");
        List<Object> amounts = Json.read(menu, "$[?(@.name == '" + name + "')].prices[*].amount");
        Map<String, BigDecimal> prices = new java.util.TreeMap<>();
        for (int i = 0; i < providers.size(); i++) {
            prices.put(providers.get(i), money(amounts.get(i)));
        }
        return prices;
    }

    private static BigDecimal money(Object jsonNumber) {
        return new BigDecimal(String.valueOf(jsonNumber));
    }

    private static BigDecimal roundToFive(BigDecimal amount) {
        return amount.divide(BigDecimal.valueOf(5), 0, RoundingMode.HALF_UP).multiply(BigDecimal.valueOf(5));
    }
}
