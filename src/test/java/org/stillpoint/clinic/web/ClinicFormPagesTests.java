package org.stillpoint.clinic.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.SignIn;

/**
 * Bad input on the owner's forms: the form comes back (200) with the reason beside the field, and nothing is saved.
 */
@DemoClinicTest
class ClinicFormPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aRoomWithoutANameComesBackWithTheReasonAndIsNotSaved() {
        List<String> before = roomNames();

        MvcTestResult result = mvc.post().uri("/admin/rooms").with(owner()).with(csrf())
                .param("name", "  ").param("dimmable", "true").exchange();

        assertThat(result).hasStatusOk().hasViewName("clinic/room");
        Document page = Jsoup.parse(Json.body(result));
        assertThat(page.select("#name-error").text()).isEqualTo("Please fill this in.");
        assertThat(page.select("input#name").attr("aria-invalid")).isEqualTo("true");
        assertThat(roomNames()).isEqualTo(before);
    }

    @Test
    void aRoomNameThatIsTooLongComesBackWithTheReason() {
        String name = "R".repeat(81);

        MvcTestResult result = mvc.post().uri("/admin/rooms").with(owner()).with(csrf()).param("name", name)
                .exchange();

        assertThat(result).hasStatusOk();
        Document page = Jsoup.parse(Json.body(result));
        assertThat(page.select("#name-error").text()).isEqualTo("This is too long.");
        assertThat(page.select("input#name").val()).as("what was typed is kept").isEqualTo(name);
        assertThat(roomNames()).doesNotContain(name);
    }

    @Test
    void editingARoomWithABlankNameComesBackAndLeavesTheRoomAsItWas() {
        String willow = Json.<List<String>>read(mvc.get().uri("/api/v1/rooms").exchange(),
                "$[?(@.name == 'Willow')].id").get(0);

        MvcTestResult result = mvc.post().uri("/admin/rooms/{id}", willow).with(owner()).with(csrf())
                .param("name", "").param("active", "false").exchange();

        assertThat(result).hasStatusOk();
        assertThat(Jsoup.parse(Json.body(result)).select("#name-error").text()).isEqualTo("Please fill this in.");
        assertThat(mvc.get().uri("/api/v1/rooms/{id}", willow)).bodyJson()
                .isLenientlyEqualTo("{\"name\":\"Willow\",\"active\":true}");
    }

    @Test
    void aRoomPageForAnUnknownOrMalformedIdIsNotFound() {
        assertThat(mvc.get().uri("/admin/rooms/{id}", UUID.randomUUID()).with(owner())).hasStatus(404);
        assertThat(mvc.get().uri("/admin/rooms/not-a-room").with(owner())).hasStatus(404);
    }

    @Test
    void anInvalidSessionTypeComesBackWithEachReasonAndIsNotSaved() {
        int before = sessionTypeCount();

        MvcTestResult result = mvc.post().uri("/admin/session-types").with(owner()).with(csrf())
                .param("name", "").param("minutes", "2").param("kind", "")
                .param("prices[SPA_MASSAGE_THERAPIST]", "70").exchange();

        assertThat(result).hasStatusOk().hasViewName("clinic/session-type");
        Document page = Jsoup.parse(Json.body(result));
        assertThat(page.select("#name-error").text()).isEqualTo("Please fill this in.");
        assertThat(page.select("#minutes-error").text()).isEqualTo("Must be at least 5.");
        assertThat(page.select("#kind-error").text()).isEqualTo("Please fill this in.");
        assertThat(sessionTypeCount()).isEqualTo(before);
    }

    @Test
    void aSessionTypeWithoutAnyPriceComesBackWithTheReasonAndIsNotSaved() {
        String name = "Unpriced " + UUID.randomUUID().toString().substring(0, 8);

        MvcTestResult result = mvc.post().uri("/admin/session-types").with(owner()).with(csrf())
                .param("name", name).param("minutes", "45").param("kind", "TREATMENT").exchange();

        assertThat(result).hasStatusOk().bodyText().contains("Give a price for at least one provider type.");
        assertThat(Json.<List<String>>read(mvc.get().uri("/api/v1/session-types?all=true")
                .with(Demo.basic(Demo.OWNER)).exchange(), "$[*].name")).doesNotContain(name);
    }

    @Test
    void minutesThatAreNotANumberComeBackWithTheReason() {
        int before = sessionTypeCount();

        MvcTestResult result = mvc.post().uri("/admin/session-types").with(owner()).with(csrf())
                .param("name", "Typed " + UUID.randomUUID()).param("minutes", "an hour").param("kind", "TREATMENT")
                .param("prices[SPA_MASSAGE_THERAPIST]", "70").exchange();

        assertThat(result).hasStatusOk();
        assertThat(Jsoup.parse(Json.body(result)).select("#minutes-error").text()).isNotBlank()
                .doesNotContain("Exception").doesNotContain("java.");
        assertThat(sessionTypeCount()).isEqualTo(before);
    }

    @Test
    void invalidClinicSettingsComeBackWithEachReasonAndChangeNothing() {
        String before = Json.body(mvc.get().uri("/api/v1/clinic").exchange());

        MvcTestResult result = mvc.post().uri("/admin/clinic").with(owner()).with(csrf())
                .param("name", "").param("timeZone", "America/Los_Angeles").param("currency", "dollars")
                .param("cancellationWindowHours", "500").param("slotStepMinutes", "15")
                .param("bufferMinutes", "15").exchange();

        assertThat(result).hasStatusOk().hasViewName("clinic/settings");
        Document page = Jsoup.parse(Json.body(result));
        assertThat(page.select("#name-error").text()).isEqualTo("Please fill this in.");
        assertThat(page.select("#currency-error").text())
                .isEqualTo("Please enter a three-letter currency code, for example USD.");
        assertThat(page.select("#cancellationWindowHours-error").text()).isEqualTo("Must be at most 168.");
        assertThat(Json.body(mvc.get().uri("/api/v1/clinic").exchange())).isEqualTo(before);
    }

    @Test
    void anUnknownTimeZoneOnTheClinicFormComesBackWithTheReason() {
        String before = Json.body(mvc.get().uri("/api/v1/clinic").exchange());

        MvcTestResult result = mvc.post().uri("/admin/clinic").with(owner()).with(csrf())
                .param("name", "Renamed on Mars").param("timeZone", "Mars/Olympus_Mons").param("currency", "USD")
                .param("cancellationWindowHours", "24").param("slotStepMinutes", "15").param("bufferMinutes", "15")
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(Jsoup.parse(Json.body(result)).select("#timeZone-error").text())
                .isEqualTo("Please choose a time zone from the list.");
        assertThat(Json.body(mvc.get().uri("/api/v1/clinic").exchange())).isEqualTo(before);
    }

    private RequestPostProcessor owner() {
        return SignIn.as(accounts, Demo.OWNER);
    }

    private List<String> roomNames() {
        return Json.read(mvc.get().uri("/api/v1/rooms?all=true").with(Demo.basic(Demo.OWNER)).exchange(),
                "$[*].name");
    }

    private int sessionTypeCount() {
        return Json.<List<String>>read(mvc.get().uri("/api/v1/session-types?all=true").with(Demo.basic(Demo.OWNER))
                .exchange(), "$[*].id").size();
    }
}
