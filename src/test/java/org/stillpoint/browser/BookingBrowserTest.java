package org.stillpoint.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.stillpoint.support.Demo;
import org.stillpoint.support.TestDatabase;

/**
 * Booking on the demo clinic from the public page: a new client books a free consultation, the demo client (whose
 * intake allows treatment) a 60-minute session, the front desk tries to book treatment for a client whose
 * screening is waiting for a doctor's clearance and reads why it cannot, and the therapist finds the booking in
 * their week. On a phone, the demo client books acute relief in two taps from the start page.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "stillpoint.demo=true")
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BookingBrowserTest {

    static final String CONSULTATION = "Free consultation";
    static final String SIXTY_MINUTES = "Migraine relief, 60 minutes";
    static final String THEO = "Theo Marsh";
    static final String PASSWORD = "quiet mornings by the lake";

    @Test
    void clientsBookFromThePublicPageABlockedClientIsToldWhyAndTheTherapistSeesTheBooking(Browser browser) {
        browser.go("/book");
        assertThat(browser.heading()).isEqualTo(browser.text("booking.title"));
        browser.screenshot("booking-visitor-types");

        signUp(browser, "Ada", "Quill", "ada.quill@example.org");
        browser.signIn("ada.quill@example.org", PASSWORD);
        browser.clickAndWait(browser.find(By.id("home-book")));
        OffsetDateTime consultation = bookFirstFreeTime(browser, CONSULTATION, "booking-new-client");
        assertThat(browser.find(By.id("upcoming")).getText()).contains(CONSULTATION, THEO,
                browser.text("appointment-status.BOOKED"));
        signOut(browser);

        browser.signIn(Demo.CLIENT, Demo.PASSWORD);
        browser.go("/book");
        OffsetDateTime session = bookFirstFreeTime(browser, SIXTY_MINUTES, "booking-demo-client");
        assertThat(session).isAfterOrEqualTo(consultation);
        assertThat(browser.find(By.id("upcoming")).getText()).contains(SIXTY_MINUTES, THEO);
        browser.screenshot("booking-my-appointments");
        signOut(browser);

        browser.signIn(Demo.DESK, Demo.PASSWORD);
        browser.go("/desk/book?q=Berg");
        browser.clickAndWait(choice(browser, "Berg, Jonas"));
        assertThat(browser.find(By.id("booking-for")).getText()).contains("Jonas Berg");
        chooseSessionTherapistDayAndTime(browser, SIXTY_MINUTES, "booking-desk-times");
        browser.clickAndWait(browser.find(By.id("confirm-booking")));
        assertThat(browser.find(By.cssSelector("main .form-errors")).getText())
                .contains(browser.text("appointment.treatment.clearance-needed"),
                        browser.text("booking.refusal.clearance-contact"));
        assertThat(browser.driver().findElements(By.id("confirm-booking"))).isEmpty();
        browser.screenshot("booking-blocked-client");
        signOut(browser);

        browser.signIn(Demo.THERAPIST, Demo.PASSWORD);
        browser.go("/therapist/week?date=" + session.toLocalDate());
        WebElement day = browser.find(By.id("day-" + session.toLocalDate()));
        assertThat(day.getText()).contains("Claire B.", SIXTY_MINUTES,
                session.toLocalTime().toString().substring(0, 5));
        assertThat(day.getText()).doesNotContain("Bennett");
        browser.screenshot("booking-therapist-week");
    }

    @Test
    void onAPhoneAClientBooksAcuteReliefInTwoTapsWithinAMinute(Browser browser) {
        browser.resize(Browser.PHONE);
        long started = System.nanoTime();
        browser.signIn(Demo.CLIENT, Demo.PASSWORD);

        browser.clickAndWait(browser.find(By.id("migraine-now")));
        browser.waitForPath("/now");
        assertThat(browser.heading()).isEqualTo(browser.text("acute.title"));
        assertThat(browser.scrollsSideways()).as("the acute page fits a phone").isFalse();
        browser.screenshot("acute-phone-times");
        WebElement first = browser.find(By.cssSelector("main button.acute-slot"));
        assertThat(first.getSize().getHeight()).as("a big target").isGreaterThanOrEqualTo(48);
        browser.clickAndWait(first);

        assertThat(browser.path()).startsWith("/now/booked/");
        assertThat(browser.find(By.id("acute-booked")).getText()).isNotBlank();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(1));
        assertThat(browser.scrollsSideways()).isFalse();
        browser.screenshot("acute-phone-booked");
    }

    /** From the first step of /book: the session, Theo, the first day and time offered, then the confirmation. */
    private static OffsetDateTime bookFirstFreeTime(Browser browser, String session, String shots) {
        OffsetDateTime start = chooseSessionTherapistDayAndTime(browser, session, shots + "-times");
        browser.screenshot(shots + "-confirm");
        browser.clickAndWait(browser.find(By.id("confirm-booking")));
        browser.waitForPath("/me/appointments");
        assertThat(browser.find(By.cssSelector("main .flash")).getText()).isEqualTo(browser.text("booking.booked"));
        return start;
    }

    private static OffsetDateTime chooseSessionTherapistDayAndTime(Browser browser, String session, String shot) {
        browser.clickAndWait(choice(browser, session));
        assertThat(browser.find(By.cssSelector("#booking h2")).getText())
                .isEqualTo(browser.text("booking.step.therapist"));
        browser.clickAndWait(choice(browser, THEO));
        assertThat(browser.find(By.cssSelector("#booking h2")).getText()).isEqualTo(browser.text("booking.step.day"));
        browser.clickAndWait(browser.find(By.cssSelector("#booking a.choice")));
        assertThat(browser.find(By.cssSelector("#booking h2")).getText())
                .isEqualTo(browser.text("booking.step.time"));
        browser.screenshot(shot);
        browser.clickAndWait(browser.find(By.cssSelector("#booking a.slot")));
        browser.waitForPath(browser.path().startsWith("/desk") ? "/desk/book/confirm" : "/book/confirm");
        assertThat(browser.find(By.id("confirm-type")).getText()).isEqualTo(session);
        assertThat(browser.find(By.id("confirm-therapist")).getText()).isEqualTo(THEO);
        return OffsetDateTime.parse(browser.find(By.cssSelector("#confirm-when time")).getDomAttribute("datetime"));
    }

    private static WebElement choice(Browser browser, String name) {
        return browser.find(By.xpath("//main//a[contains(@class,'choice')][.//strong[normalize-space()='" + name
                + "']]"));
    }

    private static void signUp(Browser browser, String first, String last, String email) {
        browser.go("/signup");
        browser.type(By.id("firstName"), first);
        browser.type(By.id("lastName"), last);
        browser.type(By.id("email"), email);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find(By.id("dateOfBirth")), LocalDate.of(1990, 4, 2).toString());
        browser.type(By.id("password"), PASSWORD);
        for (WebElement consent : browser.driver().findElements(By.cssSelector("input[name^=acceptedConsents]"))) {
            consent.click();
        }
        browser.clickAndWait(browser.button(browser.text("clients.signup.submit")));
        browser.waitForPath("/signup/done");
    }

    private static void signOut(Browser browser) {
        browser.clickAndWait(browser.find(By.xpath("//nav//button[normalize-space()='"
                + browser.text("nav.sign-out") + "']")));
        browser.waitForPath("/login");
    }
}
