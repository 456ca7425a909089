package org.stillpoint.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ContextConfiguration;
import org.stillpoint.support.Demo;
import org.stillpoint.support.TestDatabase;

/** A client of the demo clinic who types a staff address gets a calm refusal, not a stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "stillpoint.demo=true")
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("browser")
class ClientRefusedStaffPagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void clientIsRefusedTheRoomsPageWithoutExceptionText() {
        browser.signIn(Demo.CLIENT, Demo.PASSWORD);
        assertThat(browser.mainText()).contains(text("home.client.text"));
        assertThat(browser.driver().findElements(By.linkText(text("nav.rooms"))))
                .as("a client's navigation has no staff pages").isEmpty();
        browser.screenshot("client-home");

        browser.go("/admin/rooms");
        assertThat(browser.heading()).isEqualTo(text("error.403.title"));
        assertThat(browser.mainText()).contains(text("error.403.text"));
        assertThat(browser.driver().getTitle()).doesNotContain("rooms");
        assertThat(browser.driver().getPageSource())
                .doesNotContainIgnoringCase("exception")
                .doesNotContainIgnoringCase("denied")
                .doesNotContain("org.springframework")
                .doesNotContain("at org.");
        browser.screenshot("client-refused-rooms");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
