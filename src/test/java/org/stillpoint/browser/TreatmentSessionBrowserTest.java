package org.stillpoint.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.stillpoint.support.AdjustableClock;
import org.stillpoint.support.Demo;
import org.stillpoint.support.MovableTime;
import org.stillpoint.support.TestDatabase;

/**
 * A session from start to end. The demo client's next weekly session with the demo therapist has begun (the clock
 * moves to five minutes past its start). The therapist opens the session screen, records the pre-session check (an
 * attack is under way), fills the plan editor with Stillpoint's proposal, adds trigger-point work on the trapezius,
 * which the contraindication engine refuses during an attack (clinical-reference §6.4, a relative rule: blocked
 * without a reason), sees the refusal as he edits and again when he tries to save, makes it Swedish strokes and
 * saves. The client reads the plan and agrees to it; the therapist writes and signs the note, which starts from the
 * plan's blocks. Then the client finds the plan in plain words on "My plan and home care" and ticks an item, which
 * shows as done and stays done.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "stillpoint.demo=true")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(MovableTime.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TreatmentSessionBrowserTest {

    private static final Duration HTMX = Duration.ofSeconds(15);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AdjustableClock clock;

    @Test
    void theTherapistRunsASessionEndToEndAndTheClientSeesThePlanAndTicksHerHomeCare(Browser browser) {
        UUID id = claresNextSessionWithTheo();
        String session = "/therapist/appointments/" + id;

        // The therapist opens today's session and records the check: an attack began three hours ago.
        browser.signIn(Demo.THERAPIST, Demo.PASSWORD);
        browser.go(session);
        assertThat(browser.heading()).contains("Claire");
        assertThat(browser.find(By.id("step-check")).getText()).contains(browser.text("session.check.missing"));
        browser.screenshot("treatment-session-01-screen");
        browser.clickAndWait(browser.find(By.cssSelector("#step-check a")));
        answerCheckWithAnAttack(browser);
        assertThat(browser.find(By.id("check-saved")).getText()).isEqualTo(browser.text("check.saved"));
        browser.screenshot("treatment-session-02-check");

        // The plan: Stillpoint's proposal follows the acute protocol (§6.3).
        browser.go(session);
        browser.clickAndWait(browser.find(By.cssSelector("#step-plan a")));
        browser.clickAndWait(browser.find(By.id("propose")));
        assertThat(browser.find(By.cssSelector("#editor .flash")).getText()).isEqualTo(browser.text("plan.proposed"));
        int proposed = browser.driver().findElements(By.cssSelector("#editor .verdict strong.outcome-OK")).size();
        assertThat(proposed).as("every proposed block passes").isPositive()
                .isEqualTo(browser.driver().findElements(By.cssSelector("#editor .verdict strong")).size());
        assertThat(selected(browser, "pack")).isEqualTo("COLD");
        assertThat(selected(browser, "lighting")).isEqualTo("OFF");
        browser.screenshot("treatment-session-03-proposal");

        // Trigger-point work during an attack: the engine blocks it as soon as the row is complete.
        String row = "blocks[" + proposed + "]";
        choose(browser, row + ".technique", "TRIGGER_POINT");
        choose(browser, row + ".area", "TRAPEZIUS_LEFT");
        typeAndLeave(browser, row + ".minutes", "10");
        choose(browser, row + ".pressure", "2");
        WebElement verdict = browser.find(By.cssSelector("#block-" + proposed + " .verdict"));
        assertThat(verdict.findElement(By.tagName("strong")).getDomAttribute("class")).isEqualTo("outcome-BLOCKED");
        assertThat(verdict.getText()).contains(browser.text("contraindication-rule.6.4-trigger-point-attack"));
        browser.clickAndWait(browser.find(By.id("save-plan")));
        assertThat(browser.find(By.cssSelector("#editor .form-errors")).getText())
                .contains(browser.text("treatment.plan.refused"));
        assertThat(browser.find(By.cssSelector("#block-" + proposed + " .verdict strong")).getDomAttribute("class"))
                .isEqualTo("outcome-BLOCKED");
        assertThat(plans(id)).as("nothing saved").isZero();
        browser.screenshot("treatment-session-04-refused");

        // Swedish strokes on the trapezius instead: light work the engine lets through; the plan is saved.
        choose(browser, row + ".technique", "SWEDISH");
        assertThat(browser.find(By.cssSelector("#block-" + proposed + " .verdict strong")).getDomAttribute("class"))
                .isEqualTo("outcome-OK");
        browser.clickAndWait(browser.find(By.id("save-plan")));
        browser.waitForPath(session);
        assertThat(browser.find(By.id("plan-status")).getText()).isEqualTo(browser.text("session.plan.status.SAVED"));
        assertThat(plans(id)).isEqualTo(1);
        int blocks = proposed + 1;
        browser.screenshot("treatment-session-05-plan-saved");
        signOut(browser);

        // The client reads the plan in plain words and agrees to it.
        browser.signIn(Demo.CLIENT, Demo.PASSWORD);
        browser.go("/me/appointments/" + id + "/plan");
        assertThat(browser.driver().findElements(By.cssSelector(".plan-summary li"))).hasSize(blocks);
        assertThat(browser.find(By.cssSelector(".plan-summary")).getText())
                .contains(browser.text("my-plan.pack.COLD"), browser.text("my-plan.technique.SWEDISH"));
        browser.clickAndWait(browser.button(browser.text("my-plan.agree")));
        assertThat(browser.find(By.id("agreed")).getText()).isEqualTo(browser.text("my-plan.agreed"));
        browser.screenshot("treatment-session-06-client-agreed");
        signOut(browser);

        // The therapist writes the note, which starts from the plan's blocks, and signs it.
        browser.signIn(Demo.THERAPIST, Demo.PASSWORD);
        browser.go(session);
        assertThat(browser.find(By.id("plan-status")).getText()).as("the therapist sees the client agreed")
                .isEqualTo(browser.text("session.plan.status.AGREED"));
        browser.clickAndWait(browser.find(By.cssSelector("#step-note a")));
        assertThat(new Select(browser.find(By.name(row + ".technique"))).getFirstSelectedOption()
                .getDomAttribute("value")).isEqualTo("SWEDISH");
        browser.type(By.id("subjective"), "Attack since early morning, behind the left eye.");
        new Select(browser.find(By.id("painBefore"))).selectByValue("6");
        new Select(browser.find(By.id("painAfter"))).selectByValue("4");
        browser.screenshot("treatment-session-07-note");
        browser.clickAndWait(browser.find(By.id("sign")));
        assertThat(browser.find(By.id("signature")).getText()).contains("Theo Marsh");
        assertThat(browser.find(By.id("blocks-written")).getText()).contains(browser.text("technique.SWEDISH"),
                browser.text("body-area.TRAPEZIUS_LEFT"));
        assertThat(jdbc.sql("SELECT status FROM appointment WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("COMPLETED");
        browser.screenshot("treatment-session-08-note-signed");
        signOut(browser);

        // The client finds the plan beside her home care and ticks an item she has not done yet today.
        browser.signIn(Demo.CLIENT, Demo.PASSWORD);
        browser.go("/me/home-care");
        WebElement plan = browser.find(By.id("session-plan"));
        assertThat(plan.findElements(By.cssSelector(".plan-summary li"))).hasSize(blocks);
        assertThat(plan.findElement(By.tagName("a")).getDomAttribute("href"))
                .isEqualTo("/me/appointments/" + id + "/plan");
        WebElement open = browser.find(By.cssSelector("#items button[aria-pressed=false]"));
        String item = open.findElement(By.xpath("ancestor::li")).getDomAttribute("id");
        open.click();
        // htmx swaps the item while it is being read: a stale element is only a sign to look again.
        new WebDriverWait(browser.driver(), HTMX).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "true".equals(
                        d.findElement(By.cssSelector("#" + item + " button")).getDomAttribute("aria-pressed")));
        assertThat(browser.find(By.cssSelector("#" + item + " button")).getText())
                .contains(browser.text("home-care.tick.done"));
        browser.screenshot("treatment-session-09-home-care-ticked");
        browser.go("/me/home-care");
        assertThat(browser.find(By.cssSelector("#" + item + " button")).getDomAttribute("aria-pressed"))
                .as("the tick was saved").isEqualTo("true");
        browser.resize(Browser.PHONE);
        assertThat(browser.scrollsSideways()).isFalse();
        browser.screenshot("treatment-session-10-home-care-phone");
    }

    /** The demo client's next weekly session with the demo therapist; the clock moves to five minutes past its start. */
    private UUID claresNextSessionWithTheo() {
        record Booked(UUID id, OffsetDateTime start) {
        }
        Booked next = jdbc.sql("""
                SELECT a.id, a.start_at FROM appointment a JOIN session_type t ON t.id = a.session_type_id
                  JOIN therapist th ON th.id = a.therapist_id JOIN account ta ON ta.id = th.account_id
                  JOIN client c ON c.id = a.client_id
                 WHERE ta.email = :therapist AND c.email = :client AND t.kind = 'TREATMENT' AND a.status = 'BOOKED'
                   AND a.start_at > :now ORDER BY a.start_at""")
                .param("therapist", Demo.THERAPIST).param("client", Demo.CLIENT)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Booked(rs.getObject("id", UUID.class),
                        rs.getObject("start_at", OffsetDateTime.class)))
                .list().get(0);
        clock.advance(Duration.between(clock.instant(), next.start().toInstant().plus(Duration.ofMinutes(5))));
        return next.id();
    }

    private static void answerCheckWithAnAttack(Browser browser) {
        browser.find(By.cssSelector("input[name=fever][value=false]")).click();
        browser.find(By.cssSelector("input[name=attackInProgress][value=true]")).click();
        browser.find(By.xpath("//details[.//input[@name='attackHoursAgo']]/summary")).click();
        browser.type(By.id("attackHoursAgo"), "3");
        browser.type(By.id("attackSeverity"), "5");
        browser.find(By.cssSelector("input[name=attackUnusual][value=false]")).click();
        browser.find(By.cssSelector("input[name=touchHurts][value=false]")).click();
        browser.find(By.cssSelector("input[name=newMedicine][value=false]")).click();
        browser.find(By.cssSelector("input[name=newInjury][value=false]")).click();
        browser.find(By.cssSelector("input[name=headOrNeckInjury][value=false]")).click();
        browser.find(By.cssSelector("input[name=newSymptom][value=false]")).click();
        browser.clickAndWait(browser.button(browser.text("check.submit")));
    }

    /** Picks an option in the plan editor and waits for htmx to swap in the editor with the engine's verdict. */
    private static void choose(Browser browser, String field, String value) {
        WebElement editor = browser.find(By.id("editor"));
        new Select(browser.find(By.name(field))).selectByValue(value);
        new WebDriverWait(browser.driver(), HTMX).until(ExpectedConditions.stalenessOf(editor));
        browser.find(By.id("editor"));
    }

    /** Types into a field of the plan editor and leaves it, which checks the plan again (htmx). */
    private static void typeAndLeave(Browser browser, String field, String text) {
        WebElement editor = browser.find(By.id("editor"));
        browser.find(By.name(field)).sendKeys(text, Keys.TAB);
        new WebDriverWait(browser.driver(), HTMX).until(ExpectedConditions.stalenessOf(editor));
        browser.find(By.id("editor"));
    }

    private static String selected(Browser browser, String field) {
        return new Select(browser.find(By.name(field))).getFirstSelectedOption().getDomAttribute("value");
    }

    private int plans(UUID appointment) {
        return jdbc.sql("SELECT COUNT(*) FROM session_plan WHERE appointment_id = ?").param(appointment)
                .query(Integer.class).single();
    }

    private static void signOut(Browser browser) {
        browser.clickAndWait(browser.find(By.xpath("//nav//button[normalize-space()='"
                + browser.text("nav.sign-out") + "']")));
        browser.waitForPath("/login");
    }
}
