package org.stillpoint.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.stillpoint.support.Demo;
import org.stillpoint.support.TestDatabase;

/** A client of the demo clinic who types a staff address gets a calm refusal, not a stack trace. */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "stillpoint.demo=true")
@ContextConfiguration(initializers = TestDatabase.class)
class ClientRefusedStaffPagesBrowserTest {

    @Test
    void clientIsRefusedTheRoomsPageWithoutExceptionText(Browser browser) {
        browser.signIn(Demo.CLIENT, Demo.PASSWORD);
        assertThat(browser.mainText()).contains(browser.text("home.CLIENT.text"));
        assertThat(browser.driver().findElements(By.linkText(browser.text("nav.rooms"))))
                .as("a client's navigation has no staff pages").isEmpty();
        browser.screenshot("client-home");

        browser.go("/admin/rooms");
        assertThat(browser.heading()).isEqualTo(browser.text("error.403.title"));
        assertThat(browser.mainText()).contains(browser.text("error.403.text"));
        assertThat(browser.driver().getPageSource())
                .doesNotContainIgnoringCase("exception")
                .doesNotContainIgnoringCase("denied")
                .doesNotContain("org.springframework")
                .doesNotContain("at org.");
        browser.screenshot("client-refused-rooms");
    }
}
