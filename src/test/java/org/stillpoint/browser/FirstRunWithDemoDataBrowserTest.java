package org.stillpoint.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.stillpoint.support.Demo;
import org.stillpoint.support.TestDatabase;

/** A new visitor on an empty Stillpoint chooses the demo clinic, signs in as its owner and adds a room. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "stillpoint.demo=false")
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Tag("browser")
class FirstRunWithDemoDataBrowserTest {

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
    void ownerExploresTheDemoClinicAddsARoomAndSeesItListed() {
        browser.go("/");
        browser.waitForPath("/setup");
        assertThat(browser.heading()).isEqualTo(text("setup.title"));
        assertThat(browser.theme()).isEqualTo("dark");

        browser.resize(Browser.PHONE);
        assertThat(browser.scrollsSideways()).as("setup page fits a phone screen").isFalse();
        browser.screenshot("setup-phone");
        browser.resize(Browser.DESKTOP);
        browser.screenshot("setup");

        browser.clickAndWait(buttonLabelled(text("setup.demo.submit")));
        browser.waitForPath("/login");
        assertThat(browser.mainText()).contains(text("setup.demo-done"));
        browser.screenshot("login-after-demo");

        browser.signIn(Demo.OWNER, Demo.PASSWORD);
        assertThat(browser.heading()).startsWith(text("home.greeting", "").strip());
        browser.resize(Browser.PHONE);
        assertThat(browser.scrollsSideways()).as("the owner's navigation fits a phone screen").isFalse();
        browser.screenshot("owner-home-phone");
        browser.resize(Browser.DESKTOP);

        browser.clickAndWait(browser.find(By.linkText(text("nav.rooms"))));
        browser.waitForPath("/admin/rooms");
        assertThat(roomNames()).hasSize(4);

        browser.clickAndWait(browser.find(By.linkText(text("rooms.add"))));
        browser.waitForPath("/admin/rooms/new");
        String name = "Quiet room " + UUID.randomUUID().toString().substring(0, 8);
        browser.type(By.id("name"), name);
        setChecked(text("room.dimmable"), true);
        setChecked(text("room.scent-free"), true);
        setChecked(text("room.soundproofed"), false);
        setChecked(text("room.heated-table"), true);
        browser.screenshot("room-new");
        browser.clickAndWait(buttonLabelled(text("form.save")));

        browser.waitForPath("/admin/rooms");
        assertThat(browser.find(By.cssSelector("main .flash")).getText()).isEqualTo(text("room.saved"));
        assertThat(roomNames()).hasSize(5).contains(name);
        WebElement row = browser.find(By.xpath("//table[@id='rooms']//tr[td/a[normalize-space()='" + name + "']]"));
        assertThat(row.findElements(By.cssSelector(".tag"))).extracting(WebElement::getText)
                .containsExactly(text("room.dimmable"), text("room.scent-free"), text("room.heated-table"));
        assertThat(row.getText()).contains(text("status.active"));
        browser.screenshot("rooms-with-new-room");
    }

    private List<String> roomNames() {
        return browser.driver().findElements(By.cssSelector("#rooms tbody td:first-child a")).stream()
                .map(WebElement::getText).toList();
    }

    private WebElement buttonLabelled(String label) {
        return browser.find(By.xpath("//main//button[normalize-space()='" + label + "']"));
    }

    /** Ticks or clears a checkbox as a person would, whatever the form's default was. */
    private void setChecked(String label, boolean checked) {
        WebElement box = browser.find(By.xpath("//label[normalize-space()='" + label + "']/input[@type='checkbox']"));
        if (box.isSelected() != checked) {
            box.click();
        }
        assertThat(box.isSelected()).as(label).isEqualTo(checked);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
