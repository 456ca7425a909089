package org.stillpoint.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.stillpoint.platform.account.PasswordPolicy;
import org.stillpoint.support.TestDatabase;

/** A clinic owner sets Stillpoint up through the first-run form, signs in and picks the light theme. */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "stillpoint.demo=false")
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FirstRunSetupBrowserTest {

    static final String OWNER_NAME = "Mira Okafor";
    static final String OWNER_EMAIL = "mira@quiet-hands.example";
    static final String OWNER_PASSWORD = "a calm and quiet room";

    @Test
    void ownerSetsUpTheClinicSignsInAndChoosesTheLightTheme(Browser browser) {
        browser.go("/");
        browser.waitForPath("/setup");
        String preselected = new Select(browser.find(By.id("timeZone"))).getFirstSelectedOption()
                .getDomAttribute("value");
        String system = ZoneId.systemDefault().normalized().getId();
        assertThat(preselected).as("the server's own zone, or UTC when the picker does not list it; never another zone")
                .isIn(system, "UTC");

        fillSetupForm(browser, "short");
        browser.clickAndWait(browser.button(browser.text("setup.submit")));
        browser.waitForPath("/setup");
        assertThat(browser.find(By.id("ownerPassword-error")).getText())
                .isEqualTo(browser.text("account.password.too-short", PasswordPolicy.MIN_LENGTH));
        assertThat(browser.find(By.id("clinicName")).getDomProperty("value"))
                .as("the form keeps what was typed").isEqualTo("Quiet Hands Headache Clinic");
        browser.screenshot("setup-password-too-short");

        fillSetupForm(browser, OWNER_PASSWORD);
        browser.clickAndWait(browser.button(browser.text("setup.submit")));
        browser.waitForPath("/login");
        assertThat(browser.mainText()).contains(browser.text("setup.done"));

        browser.signIn(OWNER_EMAIL, OWNER_PASSWORD);
        assertThat(browser.heading()).isEqualTo(browser.text("home.greeting", OWNER_NAME));
        assertThat(browser.driver().findElements(By.cssSelector("main .tiles a"))).extracting(WebElement::getText)
                .containsExactly(browser.text("nav.desk-day"), browser.text("nav.desk-book"),
                        browser.text("nav.closures"), browser.text("nav.clinic"), browser.text("nav.rooms"),
                        browser.text("nav.therapists"), browser.text("nav.session-types"), browser.text("nav.staff"),
                        browser.text("nav.audit"));
        assertThat(browser.theme()).as("dark by default").isEqualTo("dark");
        browser.screenshot("owner-home-dark");

        browser.clickAndWait(browser.find(By.xpath("//footer//button[normalize-space()='"
                + browser.text("layout.theme.light") + "']")));
        browser.waitForPath("/");
        assertThat(browser.theme()).isEqualTo("light");
        browser.driver().navigate().refresh();
        assertThat(browser.heading()).isEqualTo(browser.text("home.greeting", OWNER_NAME));
        assertThat(browser.theme()).as("the choice is remembered").isEqualTo("light");
        browser.go("/admin/rooms");
        assertThat(browser.theme()).isEqualTo("light");
        browser.go("/");
        browser.screenshot("owner-home-light");
    }

    private static void fillSetupForm(Browser browser, String password) {
        browser.type(By.id("clinicName"), "Quiet Hands Headache Clinic");
        browser.type(By.id("address"), "12 Linden Walk, Springfield");
        browser.type(By.id("phone"), "+1 555 0100");
        new Select(browser.find(By.id("timeZone"))).selectByValue("America/Chicago");
        browser.type(By.id("currency"), "USD");
        browser.type(By.id("ownerName"), OWNER_NAME);
        browser.type(By.id("ownerEmail"), OWNER_EMAIL);
        browser.type(By.id("ownerPassword"), password);
        browser.type(By.id("repeatPassword"), password);
    }
}
