package org.stillpoint.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.stillpoint.notifications.outbox.TestMailServer;
import org.stillpoint.support.Demo;
import org.stillpoint.support.TestDatabase;

/**
 * A new client signs up, confirms their e-mail address with the link from the mail (delivered over SMTP to
 * GreenMail), fills in the intake on a phone and reads their result; then the front desk records the doctor's
 * clearance and sees the client cleared, and the owner reads the summary card.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"stillpoint.demo=true", "stillpoint.mail.poll-interval=200ms"})
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class IntakeBrowserTest {

    static final String EMAIL = "juno.vale@example.org";
    static final String PASSWORD = "a slow walk by the river";
    static final Pattern LINK = Pattern.compile("https?://\\S+?(/verify-email\\?token=\\S+)");

    private static final TestMailServer smtp = TestMailServer.onFreePort();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        smtp.register(registry);
    }

    @BeforeAll
    static void startMail() {
        smtp.start();
    }

    @AfterAll
    static void stopMail() {
        smtp.stop();
    }

    @Test
    void aNewClientCompletesTheIntakeOnAPhoneAndTheDeskRecordsTheClearance(Browser browser) throws Exception {
        browser.resize(Browser.PHONE);
        signUp(browser);
        confirmAddress(browser);

        browser.signIn(EMAIL, PASSWORD);
        browser.clickAndWait(browser.find(By.linkText(browser.text("nav.my-intake"))));
        browser.waitForPath("/me/intake");
        assertThat(browser.scrollsSideways()).as("the intake fits a phone").isFalse();
        browser.screenshot("intake-phone-start");
        browser.clickAndWait(browser.find(By.id("start-intake")));

        browser.waitForPath("/me/intake/history");
        assertThat(browser.find(By.id("dateOfBirth")).getDomProperty("value")).as("from the client record")
                .isEqualTo("1986-09-14");
        select(browser, "headache.types0.kind", "MIGRAINE");
        browser.type(By.id("headache.types0.ageAtOnset"), "19");
        browser.type(By.id("headache.yearsWithHeadache"), "20");
        browser.type(By.id("headache.headacheDaysPerMonth"), "4");
        choose(browser, "headache.usualDuration", "FROM_4_TO_72_HOURS");
        choose(browser, "headache.usualFeatures.side", "RIGHT");
        choose(browser, "headache.usualFeatures.quality", "PULSATING");
        choose(browser, "headache.usualFeatures.intensity", "MODERATE");
        choose(browser, "headache.usualFeatures.nausea", "MILD");
        answerEveryVisibleNo(browser);
        assertThat(browser.scrollsSideways()).isFalse();
        browser.screenshot("intake-phone-history");
        next(browser, "/me/intake/triggers");

        tick(browser, "triggers.known", "STRESS");
        tick(browser, "triggers.known", "SCREENS");
        browser.type(By.id("triggers.own0"), "long drives");
        answerEveryVisibleNo(browser);
        next(browser, "/me/intake/medicines");

        browser.type(By.id("medicines0.name"), "ibuprofen");
        choose(browser, "medicines[0].use", "ACUTE");
        select(browser, "medicines0.drugClass", "NON_OPIOID_ANALGESIC");
        browser.type(By.id("medicines0.daysPerMonth"), "3");
        next(browser, "/me/intake/medical");

        answerEveryVisibleNo(browser);
        choose(browser, "medical.cancer", "NONE");
        choose(browser, "medical.dvt", "NONE");
        choose(browser, "medical.bloodPressure", "NORMAL");
        choose(browser, "medical.thyroid", "NONE");
        browser.screenshot("intake-phone-medical");
        next(browser, "/me/intake/red-flags");

        answerEveryVisibleNo(browser);
        choose(browser, "redFlags.answers[POSITIONAL]", "true");
        assertThat(browser.scrollsSideways()).isFalse();
        browser.screenshot("intake-phone-red-flags");
        next(browser, "/me/intake/areas-goals");

        tick(browser, "painAreas", "SUBOCCIPITALS");
        tick(browser, "painAreas", "TEMPORALIS_RIGHT");
        browser.type(By.id("goals"), "Fewer bad days at work");
        answerEveryVisibleNo(browser);
        next(browser, "/me/intake/review");

        assertThat(browser.driver().findElements(By.id("to-fix"))).as("nothing left to fix").isEmpty();
        browser.screenshot("intake-phone-review");
        browser.clickAndWait(browser.find(By.id("submit-intake")));
        browser.waitForPath("/me/intake/result");
        assertThat(browser.find(By.cssSelector("main .tier h2")).getText())
                .isEqualTo(browser.text("intake.result.URGENT.title"));
        assertThat(browser.mainText()).contains(browser.text("intake.red-flag.positional"),
                browser.text("intake.result.URGENT.step3"));
        assertThat(browser.scrollsSideways()).isFalse();
        browser.screenshot("intake-phone-result-urgent");
        signOut(browser);

        browser.resize(Browser.DESKTOP);
        browser.signIn(Demo.DESK, Demo.PASSWORD);
        browser.go("/desk/intake");
        browser.clickAndWait(browser.find(By.linkText("Juno Vale")));
        assertThat(browser.find(By.cssSelector("#treatment-status h2")).getText())
                .isEqualTo(browser.text("intake.treatment-status.BLOCKED"));
        assertThat(browser.mainText()).as("the desk never sees the answers")
                .doesNotContain("Fewer bad days at work", browser.text("intake.red-flag.positional"));
        browser.type(By.id("clinicianName"), "Dr. Ines Park");
        browser.type(By.id("clinicianProfession"), "General practitioner");
        choose(browser, "scope", "GENTLE_WORK_ONLY");
        browser.type(By.id("documentReference"), "Scanned letter, client file");
        browser.screenshot("desk-clearance-form");
        browser.clickAndWait(browser.button(browser.text("intake.clearance.submit")));

        assertThat(browser.find(By.cssSelector("main .flash")).getText())
                .isEqualTo(browser.text("intake.clearance.recorded"));
        assertThat(browser.find(By.cssSelector("#treatment-status h2")).getText())
                .isEqualTo(browser.text("intake.treatment-status.CLEARED"));
        assertThat(browser.find(By.id("clearance-list")).getText()).contains("Dr. Ines Park",
                browser.text("intake.clearance-scope.GENTLE_WORK_ONLY"));
        browser.screenshot("desk-clearance-recorded");
        String cardPath = browser.path().replace("/clearances", "/intake");
        signOut(browser);

        browser.signIn(Demo.OWNER, Demo.PASSWORD);
        browser.go(cardPath);
        assertThat(browser.heading()).isEqualTo(browser.text("intake.card.title", "Juno Vale"));
        assertThat(browser.find(By.id("clearance-in-force")).getText()).contains("Dr. Ines Park");
        assertThat(browser.mainText()).contains("Fewer bad days at work", "ibuprofen",
                browser.text("intake.pain-area.TEMPORALIS_RIGHT"));
        browser.screenshot("owner-intake-card");
    }

    private static void signUp(Browser browser) {
        browser.go("/signup");
        browser.type(By.id("firstName"), "Juno");
        browser.type(By.id("lastName"), "Vale");
        browser.type(By.id("email"), EMAIL);
        setValue(browser, By.id("dateOfBirth"), "1986-09-14");
        browser.type(By.id("password"), PASSWORD);
        for (WebElement consent : browser.driver().findElements(By.cssSelector("input[name^=acceptedConsents]"))) {
            consent.click();
        }
        browser.screenshot("intake-phone-signup");
        browser.clickAndWait(browser.button(browser.text("clients.signup.submit")));
        browser.waitForPath("/signup/done");
    }

    /** Opens the link from the mail GreenMail received, on this test's server, and confirms. */
    private static void confirmAddress(Browser browser) throws Exception {
        assertThat(smtp.waitForIncomingEmail(20_000, 1)).as("the confirmation mail arrives").isTrue();
        MimeMessage mail = smtp.getReceivedMessagesForDomain("example.org")[0];
        Matcher link = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).as("the mail holds a confirmation link").isTrue();
        browser.go(link.group(1));
        browser.clickAndWait(browser.button(browser.text("clients.verify.submit")));
        assertThat(browser.find(By.id("verify-result")).getText()).isEqualTo(browser.text("clients.verify.done"));
    }

    private static void signOut(Browser browser) {
        browser.clickAndWait(browser.find(By.xpath("//nav//button[normalize-space()='"
                + browser.text("nav.sign-out") + "']")));
        browser.waitForPath("/login");
    }

    private static void next(Browser browser, String expectedPath) {
        browser.clickAndWait(browser.find(By.cssSelector("main button[value=next]")));
        browser.waitForPath(expectedPath);
    }

    /** Answers "no" to every yes/no question a person can see now; follow-ups of a "no" stay hidden. */
    private static void answerEveryVisibleNo(Browser browser) {
        for (WebElement no : browser.driver().findElements(By.cssSelector("main input.closes"))) {
            if (no.isDisplayed() && !no.isSelected()) {
                scrollTo(browser, no);
                no.click();
            }
        }
    }

    private static void choose(Browser browser, String name, String value) {
        WebElement option = browser.driver().findElement(By.cssSelector(
                "input[type=radio][name='" + name + "'][value='" + value + "']"));
        scrollTo(browser, option);
        option.click();
        assertThat(option.isSelected()).as("%s = %s", name, value).isTrue();
    }

    private static void tick(Browser browser, String name, String value) {
        WebElement box = browser.driver().findElement(By.cssSelector(
                "input[type=checkbox][name='" + name + "'][value='" + value + "']"));
        scrollTo(browser, box);
        box.click();
        assertThat(box.isSelected()).isTrue();
    }

    private static void select(Browser browser, String id, String value) {
        new org.openqa.selenium.support.ui.Select(browser.find(By.id(id))).selectByValue(value);
    }

    private static void setValue(Browser browser, By field, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find(field), value);
    }

    private static void scrollTo(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                element);
    }
}
