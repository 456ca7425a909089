package org.stillpoint.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.stillpoint.support.Demo;
import org.stillpoint.support.TestDatabase;

/**
 * DESIGN §6: during an attack, a client logs it in three taps from the start page — "Migraine now", the pain level,
 * Save — on a phone, in the dark theme, and lands on a calm confirmation that offers the details and an acute-relief
 * session. The diary then shows the attack as still going and incomplete.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "stillpoint.demo=true")
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DiaryThreeTapBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void onAPhoneAClientLogsAMigraineInThreeTapsFromTheStartPage(Browser browser) {
        browser.resize(Browser.PHONE);
        browser.signIn(Demo.CLIENT, Demo.PASSWORD);
        assertThat(browser.theme()).isEqualTo("dark");
        Instant before = Instant.now().minusSeconds(5);
        browser.screenshot("diary-three-tap-0-home");
        int taps = 0;

        WebElement migraineNow = browser.find(By.id("diary-now"));
        assertThat(migraineNow.getText()).isEqualTo(browser.text("home.diary-now"));
        browser.clickAndWait(migraineNow);
        taps++;
        browser.waitForPath("/me/diary/now");
        assertThat(browser.heading()).isEqualTo(browser.text("diary.now.title"));
        assertThat(browser.scrollsSideways()).as("the pain scale fits a phone").isFalse();
        browser.screenshot("diary-three-tap-1-pain-scale");

        WebElement seven = browser.find(By.cssSelector("label[for='pain-7']"));
        assertThat(seven.getSize().getHeight()).as("a big target").isGreaterThanOrEqualTo(48);
        assertThat(seven.getSize().getWidth()).as("a big target").isGreaterThanOrEqualTo(48);
        seven.click();
        taps++;
        assertThat(browser.driver().findElement(By.id("pain-7")).isSelected()).isTrue();
        browser.screenshot("diary-three-tap-2-pain-chosen");

        WebElement save = browser.find(By.id("save-now"));
        assertThat(save.getSize().getHeight()).isGreaterThanOrEqualTo(48);
        browser.clickAndWait(save);
        taps++;

        assertThat(taps).isEqualTo(3);
        assertThat(browser.path()).startsWith("/me/diary/now/saved/");
        assertThat(browser.heading()).isEqualTo(browser.text("diary.now.saved.title"));
        assertThat(browser.find(By.id("now-saved")).getText()).contains("7");
        assertThat(browser.find(By.id("book-relief")).getDomAttribute("href")).isEqualTo("/now");
        assertThat(browser.scrollsSideways()).isFalse();
        browser.screenshot("diary-three-tap-3-saved");

        List<OffsetDateTime> stillGoing = jdbc.sql("""
                        SELECT start_at FROM diary_attack WHERE end_at IS NULL AND deleted_at IS NULL""")
                .query(OffsetDateTime.class).list();
        assertThat(stillGoing).as("one attack, still going, started now").hasSize(1);
        assertThat(stillGoing.get(0).toInstant()).isBetween(before.minus(Duration.ofMinutes(1)), Instant.now());

        browser.clickAndWait(browser.find(By.id("add-details")));
        assertThat(browser.find(By.id("running")).getText()).contains(browser.text("diary.attack.still-going"));
        assertThat(browser.driver().findElement(By.id("pain-7")).isSelected()).isTrue();
        browser.screenshot("diary-three-tap-4-details");

        browser.go("/me/diary");
        WebElement listed = browser.find(By.cssSelector("#recent > li"));
        assertThat(listed.getText()).contains(browser.text("diary.tag.still-going"),
                browser.text("diary.tag.incomplete"));
        assertThat(browser.scrollsSideways()).isFalse();
        browser.screenshot("diary-three-tap-5-diary");

        // The month view marks today a headache day at once; the chart of peak pain shows today's pain.
        browser.clickAndWait(browser.find(By.cssSelector("nav.sub-nav a[href='/me/diary/month']")));
        WebElement today = browser.find(By.cssSelector("#month-grid td.today"));
        // The demo's own diary may already hold an earlier attack today; either way today is no longer a gap.
        assertThat(today.getDomAttribute("data-status")).isIn("headache", "migraine");
        assertThat(browser.scrollsSideways()).as("the month fits a phone").isFalse();
        browser.screenshot("diary-three-tap-6-month");

        browser.clickAndWait(browser.find(By.cssSelector("nav.sub-nav a[href='/me/diary/charts']")));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return typeof Chart !== 'undefined' && !!Chart.getChart(document.getElementById('chart-pain'))")));
        assertThat(((Number) js.executeScript("""
                var data = Chart.getChart(document.getElementById('chart-pain')).data.datasets[0].data;
                return data.length && data[data.length - 1] !== null ? data[data.length - 1] : -1;""")).intValue())
                .as("today's peak pain, at least the 7 just logged, is the last point").isBetween(7, 10);
        browser.screenshot("diary-three-tap-7-charts");
    }
}
