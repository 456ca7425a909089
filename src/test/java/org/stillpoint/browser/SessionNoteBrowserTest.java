package org.stillpoint.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.stillpoint.support.Demo;
import org.stillpoint.support.TestDatabase;

/**
 * The demo therapist documents the demo client's consultation: opens the note, fills in a block and adds a row
 * (htmx swaps in the rows without reloading the page), signs it and reads the signed note; then reads a session
 * the demo clinic documented, on a phone as well.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "stillpoint.demo=true")
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SessionNoteBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTherapistWritesAndSignsANoteAndReadsOneTheDemoSigned(Browser browser) {
        UUID consultation = theosWithClaire("CONSULTATION");
        UUID documented = theosWithClaire("TREATMENT");
        browser.signIn(Demo.THERAPIST, Demo.PASSWORD);

        browser.go("/therapist/appointments/" + consultation + "/note");
        assertThat(browser.heading()).contains("Claire");
        assertThat(browser.driver().findElements(By.cssSelector("#blocks tr.block-row"))).hasSize(3);
        browser.screenshot("note-empty");

        new Select(browser.find(By.id("painBefore"))).selectByValue("5");
        new Select(browser.find(By.id("blocks0.technique"))).selectByValue("SWEDISH");
        new Select(browser.find(By.id("blocks0.area"))).selectByValue("SHOULDERS");
        browser.type(By.id("blocks0.minutes"), "10");
        new Select(browser.find(By.id("blocks0.pressure"))).selectByValue("2");
        browser.find(By.id("add-row")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("#blocks tr.block-row")).size() == 4);
        assertThat(new Select(browser.find(By.id("painBefore"))).getFirstSelectedOption().getDomAttribute("value"))
                .as("htmx swapped the rows only; the rest of the form is as it was").isEqualTo("5");
        assertThat(new Select(browser.find(By.id("blocks0.technique"))).getFirstSelectedOption()
                .getDomAttribute("value")).isEqualTo("SWEDISH");

        new Select(browser.find(By.id("painAfter"))).selectByValue("3");
        browser.find(By.cssSelector("input[name=adverseEvents][value=SORENESS]")).click();
        browser.clickAndWait(browser.find(By.id("sign")));

        assertThat(browser.find(By.id("signature")).getText()).contains("Theo Marsh");
        assertThat(browser.find(By.id("blocks-written")).getText()).contains("Swedish", "Shoulders");
        assertThat(browser.driver().findElements(By.id("note-form"))).isEmpty();
        browser.screenshot("note-signed");

        browser.go("/therapist/appointments/" + documented + "/note");
        assertThat(browser.find(By.id("signature")).getText()).contains("Theo Marsh");
        assertThat(browser.find(By.id("amend-form")).isDisplayed()).isTrue();
        browser.resize(Browser.PHONE);
        browser.screenshot("note-signed-phone");
    }

    /** An attended appointment of the demo therapist with the demo client, of a kind of session. */
    private UUID theosWithClaire(String kind) {
        return jdbc.sql("""
                SELECT a.id FROM appointment a JOIN session_type t ON t.id = a.session_type_id
                  JOIN therapist th ON th.id = a.therapist_id JOIN account ta ON ta.id = th.account_id
                  JOIN client c ON c.id = a.client_id
                 WHERE ta.email = :therapist AND c.email = :client AND t.kind = :kind AND a.status = 'COMPLETED'
                 ORDER BY a.start_at DESC""")
                .param("therapist", Demo.THERAPIST).param("client", Demo.CLIENT).param("kind", kind)
                .query(UUID.class).list().get(0);
    }
}
