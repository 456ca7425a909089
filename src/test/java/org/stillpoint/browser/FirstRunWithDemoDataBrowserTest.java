package org.stillpoint.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.stillpoint.support.Demo;
import org.stillpoint.support.TestDatabase;

/** A new visitor on an empty Stillpoint chooses the demo clinic, signs in as its owner and adds a room. */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "stillpoint.demo=false")
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FirstRunWithDemoDataBrowserTest {

    @Test
    void ownerExploresTheDemoClinicAddsARoomAndSeesItListed(Browser browser) {
        browser.go("/");
        browser.waitForPath("/setup");
        assertThat(browser.heading()).isEqualTo(browser.text("setup.title"));
        assertThat(browser.theme()).isEqualTo("dark");

        browser.resize(Browser.PHONE);
        assertThat(browser.scrollsSideways()).as("setup page fits a phone screen").isFalse();
        browser.screenshot("setup-phone");
        browser.resize(Browser.DESKTOP);
        browser.screenshot("setup");

        browser.clickAndWait(browser.button(browser.text("setup.demo.submit")));
        browser.waitForPath("/login");
        assertThat(browser.mainText()).contains(browser.text("setup.demo-done"));
        browser.screenshot("login-after-demo");

        browser.signIn(Demo.OWNER, Demo.PASSWORD);
        assertThat(browser.heading()).startsWith(browser.text("home.greeting", "").strip());
        browser.resize(Browser.PHONE);
        assertThat(browser.scrollsSideways()).as("the owner's navigation fits a phone screen").isFalse();
        browser.screenshot("owner-home-phone");
        browser.resize(Browser.DESKTOP);

        browser.clickAndWait(browser.find(By.linkText(browser.text("nav.rooms"))));
        browser.waitForPath("/admin/rooms");
        assertThat(roomNames(browser)).hasSize(4);

        browser.clickAndWait(browser.find(By.linkText(browser.text("rooms.add"))));
        browser.waitForPath("/admin/rooms/new");
        String name = "Quiet room " + UUID.randomUUID().toString().substring(0, 8);
        browser.type(By.id("name"), name);
        setChecked(browser, "room.dimmable", true);
        setChecked(browser, "room.scent-free", true);
        setChecked(browser, "room.soundproofed", false);
        setChecked(browser, "room.heated-table", true);
        browser.screenshot("room-new");
        browser.clickAndWait(browser.button(browser.text("form.save")));

        browser.waitForPath("/admin/rooms");
        assertThat(browser.find(By.cssSelector("main .flash")).getText()).isEqualTo(browser.text("room.saved"));
        assertThat(roomNames(browser)).hasSize(5).contains(name);
        WebElement row = browser.find(By.xpath("//table[@id='rooms']//tr[td/a[normalize-space()='" + name + "']]"));
        assertThat(row.findElements(By.cssSelector(".tag"))).extracting(WebElement::getText).containsExactly(
                browser.text("room.dimmable"), browser.text("room.scent-free"), browser.text("room.heated-table"));
        assertThat(row.getText()).contains(browser.text("status.active"));
        browser.screenshot("rooms-with-new-room");
    }

    private static List<String> roomNames(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#rooms tbody td:first-child a")).stream()
                .map(WebElement::getText).toList();
    }

    /** Ticks or clears a checkbox as a person would, whatever the form's default was. */
    private static void setChecked(Browser browser, String labelKey, boolean checked) {
        String label = browser.text(labelKey);
        WebElement box = browser.find(By.xpath("//label[normalize-space()='" + label + "']/input[@type='checkbox']"));
        if (box.isSelected() != checked) {
            box.click();
        }
        assertThat(box.isSelected()).as(label).isEqualTo(checked);
    }
}
