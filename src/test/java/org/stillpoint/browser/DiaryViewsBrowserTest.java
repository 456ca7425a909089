package org.stillpoint.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.stillpoint.support.Json;
import org.stillpoint.support.TestDatabase;

/**
 * The demo client, with seven weeks of diary recorded through the API, opens the month calendar (on a desktop and on
 * a phone) and the charts page: the calendar shows each day's mark, and Chart.js draws all three charts (under the
 * page's CSP, from the script files alone).
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "stillpoint.demo=true")
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DiaryViewsBrowserTest {

    static final String[] CHARTS = {"chart-per28", "chart-pain", "chart-medication"};

    @Autowired
    Environment environment;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A client of the test's own: the demo client's diary is full of the demo's six months already. */
    private final String email = "views-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    private static final String PASSWORD = "a dim and quiet room";

    @Test
    void theClientReadsTheMonthCalendarAndTheChartsDrawn(Browser browser) throws Exception {
        LocalDate lastMigraine = recordSevenWeeks();
        browser.signIn(email, PASSWORD);

        browser.go("/me/diary/month?month=" + YearMonth.from(lastMigraine));
        assertThat(browser.heading()).startsWith("My diary");
        assertThat(browser.find(By.cssSelector("#month-grid td[data-date='" + lastMigraine + "']"))
                .getDomAttribute("data-status")).isEqualTo("migraine");
        assertThat(browser.find(By.id("legend")).getText()).contains(browser.text("diary.views.legend.not-recorded"));
        assertThat(browser.find(By.id("figures")).getText()).contains(browser.text("diary.views.figures.recorded"));
        browser.screenshot("diary-month");
        browser.clickAndWait(browser.find(By.cssSelector("footer button[value=light]")));
        assertThat(browser.theme()).isEqualTo("light");
        browser.screenshot("diary-month-light");
        browser.clickAndWait(browser.find(By.cssSelector("footer button[value=dark]")));
        assertThat(browser.theme()).isEqualTo("dark");

        browser.resize(Browser.PHONE);
        browser.go("/me/diary/month?month=" + YearMonth.from(lastMigraine));
        assertThat(browser.scrollsSideways()).as("the month fits a phone").isFalse();
        browser.screenshot("diary-month-phone");
        browser.resize(Browser.DESKTOP);

        browser.go("/me/diary/charts");
        assertThat(browser.heading()).isEqualTo(browser.text("diary.views.charts.title"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return typeof Chart !== 'undefined' && arguments[0].every(function (id) {"
                        + " return !!Chart.getChart(document.getElementById(id)); })", List.of(CHARTS))));
        for (String chart : CHARTS) {
            assertThat(browser.find(By.id(chart)).isDisplayed()).as("%s shown", chart).isTrue();
            assertThat((Boolean) js.executeScript("""
                    var canvas = document.getElementById(arguments[0]);
                    var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                    for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { return true; } }
                    return false;""", chart)).as("%s has something drawn", chart).isTrue();
        }
        assertThat(((Number) js.executeScript("return Chart.getChart(document.getElementById('chart-per28'))"
                + ".data.datasets[0].data.length")).intValue()).isEqualTo(6);
        assertThat((String) js.executeScript("return Chart.getChart(document.getElementById('chart-medication'))"
                + ".data.datasets.map(function (d) { return d.label; }).join('|')"))
                .contains(browser.text("diary.views.class.TRIPTAN"),
                        browser.text("diary.views.charts.medication.ref10-short"),
                        browser.text("diary.views.charts.medication.ref15-short"));
        browser.screenshot("diary-charts");

        browser.driver().findElement(By.cssSelector("#medication summary")).click();
        assertThat(browser.find(By.id("medication-table")).getText()).contains(
                browser.text("diary.views.class.NON_OPIOID_ANALGESIC"));
    }

    /**
     * Seven weeks of the test client's diary: headache-free days, a migraine with a triptan every week, a tension-like
     * headache with ibuprofen every other week, and a few days left unrecorded. Answers the latest migraine day.
     */
    private LocalDate recordSevenWeeks() throws IOException, InterruptedException {
        call("POST", "/api/v1/signup", """
                {"firstName":"Vera","lastName":"Views","email":"%s","dateOfBirth":"1984-02-03",
                 "password":"%s","acceptedConsents":{"TREATMENT":1,"PRIVACY":1}}""".formatted(email, PASSWORD));
        String client = Json.read(call("GET", "/api/v1/me", null), "$.clientId");
        ZoneId zone = ZoneId.of(Json.read(call("GET", "/api/v1/clients/" + client + "/diary/settings", null),
                "$.zone"));
        LocalDate today = LocalDate.now(zone);
        Set<Integer> migraines = Set.of(2, 9, 16, 23, 30, 37, 44);
        Set<Integer> headaches = Set.of(5, 19, 33, 47);
        Set<Integer> gaps = Set.of(12, 13, 26, 40);
        for (int back = 1; back <= 49; back++) {
            LocalDate day = today.minusDays(back);
            ZonedDateTime morning = day.atTime(8, 0).atZone(zone);
            if (migraines.contains(back)) {
                call("POST", "/api/v1/clients/" + client + "/diary/attacks", """
                        {"start":"%s","end":"%s","peakPain":%d,"side":"LEFT","quality":"PULSATING",
                         "worseWithActivity":true,"nausea":"MILD","photophobia":true,"phonophobia":true,
                         "medicines":[{"product":"sumatriptan 50 mg","drugClass":"TRIPTAN","takenAt":"%s",
                                       "effect":"PAIN_FREE"}]}"""
                        .formatted(morning.toOffsetDateTime(), morning.plusHours(9).toOffsetDateTime(),
                                5 + back % 5, morning.plusMinutes(40).toOffsetDateTime()));
            } else if (headaches.contains(back)) {
                call("POST", "/api/v1/clients/" + client + "/diary/attacks", """
                        {"start":"%s","end":"%s","peakPain":3,"side":"BOTH","quality":"PRESSING",
                         "worseWithActivity":false,"nausea":"NONE","photophobia":false,"phonophobia":false,
                         "medicines":[{"product":"ibuprofen 400","drugClass":"NON_OPIOID_ANALGESIC","takenAt":"%s"}]}"""
                        .formatted(morning.toOffsetDateTime(), morning.plusHours(3).toOffsetDateTime(),
                                morning.plusMinutes(30).toOffsetDateTime()));
            } else if (!gaps.contains(back)) {
                call("PUT", "/api/v1/clients/" + client + "/diary/days/" + day, "{\"status\":\"HEADACHE_FREE\"}");
            }
        }
        return today.minusDays(2);
    }

    /** The test client's call to the API; fails the test unless it succeeds. */
    private String call(String method, String path, String json) throws IOException, InterruptedException {
        int port = environment.getRequiredProperty("local.server.port", Integer.class);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json");
        if (!path.endsWith("/signup")) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isBetween(200, 299);
        return response.body();
    }
}
