package org.stillpoint.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.stillpoint.scheduling.SchedulingFixtures.MEDICAL_MASSAGE;
import static org.stillpoint.scheduling.SchedulingFixtures.NINA;
import static org.stillpoint.scheduling.SchedulingFixtures.NINA_ACCOUNT;
import static org.stillpoint.scheduling.SchedulingFixtures.THEO;
import static org.stillpoint.scheduling.SchedulingFixtures.ZONE;
import static org.stillpoint.scheduling.SchedulingFixtures.at;
import static org.stillpoint.scheduling.SchedulingFixtures.booked;
import static org.stillpoint.scheduling.SchedulingFixtures.demoClientId;
import static org.stillpoint.scheduling.SchedulingFixtures.newClient;
import static org.stillpoint.scheduling.SchedulingFixtures.sessionType;
import static org.stillpoint.scheduling.SchedulingFixtures.therapist;

import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stillpoint.scheduling.SchedulingTest;
import org.stillpoint.scheduling.TestDays;
import org.stillpoint.support.Demo;
import org.stillpoint.support.Json;
import org.stillpoint.support.SignIn;

/**
 * Calendar feeds at their secret URLs: what a therapist's and a client's feed show (parsed back with ical4j), that a
 * new URL ends the old one at once, that revoking ends it, and that nothing else opens a feed.
 */
@SchedulingTest
class CalendarFeedTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aTherapistsFeedNamesTheClientByFirstNameAndSessionTypeOnly() throws Exception {
        String client = newClient(mvc);
        LocalDate day = TestDays.next();
        OffsetDateTime start = at(day, "10:00");
        String id = booked(mvc, Demo.basic(Demo.DESK), client, sessionType(mvc, MEDICAL_MASSAGE),
                therapist(mvc, NINA), start);

        String url = renew(Demo.basic(NINA_ACCOUNT));
        MvcTestResult feed = mvc.get().uri(path(url)).exchange();

        assertThat(feed).hasStatusOk();
        assertThat(feed.getResponse().getContentType()).startsWith("text/calendar");
        assertThat(feed.getResponse().getHeader("Cache-Control")).contains("no-store");
        String ics = feed.getResponse().getContentAsString();
        // No surname, no date of birth (1985-02-11, in either form), no e-mail address. (A bare "1985" can occur in
        // the other appointments' UIDs.)
        assertThat(ics).contains("Robin").doesNotContain("Hale", "1985-02-11", "19850211", "@client.example");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(value(calendar.getComponent("VTIMEZONE").orElseThrow().getProperty("TZID")))
                .isEqualTo(ZONE.getId());
        VEvent event = event(calendar, id);
        assertThat(value(event.getProperty("SUMMARY"))).isEqualTo(MEDICAL_MASSAGE + " - Robin");
        assertThat(event.getProperty("DESCRIPTION")).isEmpty();
        assertThat(event.getDateTimeStart().getParameter("TZID").map(p -> p.getValue())).contains(ZONE.getId());
        assertThat(ZonedDateTime.from(event.getDateTimeStart().getDate()).toInstant()).isEqualTo(start.toInstant());
    }

    @Test
    void aClientsFeedShowsTheirOwnAppointmentsWithTherapistAndClinicAndCancelledOnesMarkedSo() throws Exception {
        String me = demoClientId(mvc);
        LocalDate day = TestDays.next();
        String kept = booked(mvc, Demo.basic(Demo.CLIENT), me, sessionType(mvc, MEDICAL_MASSAGE),
                therapist(mvc, THEO), at(day, "09:00"));
        String dropped = booked(mvc, Demo.basic(Demo.CLIENT), me, sessionType(mvc, MEDICAL_MASSAGE),
                therapist(mvc, THEO), at(day, "14:00"));
        assertThat(mvc.post().uri("/api/v1/appointments/{id}/cancel", dropped).with(Demo.basic(Demo.CLIENT))
                .exchange()).hasStatusOk();
        String someoneElses = booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), sessionType(mvc, MEDICAL_MASSAGE),
                therapist(mvc, NINA), at(day, "09:00"));

        String ics = mvc.get().uri(path(renew(Demo.basic(Demo.CLIENT)))).exchange().getResponse()
                .getContentAsString();

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent mine = event(calendar, kept);
        assertThat(value(mine.getProperty("SUMMARY"))).isEqualTo(MEDICAL_MASSAGE + " with " + THEO);
        assertThat(value(mine.getProperty("LOCATION"))).isNotBlank();
        assertThat(value(mine.getProperty("STATUS"))).isEqualTo("CONFIRMED");
        assertThat(value(event(calendar, dropped).getProperty("STATUS"))).isEqualTo("CANCELLED");
        assertThat(ics).doesNotContain(someoneElses);
    }

    @Test
    void aNewUrlEndsTheOldOneAtOnceAndRevokingEndsTheFeed() throws Exception {
        String first = renew(Demo.basic(Demo.THERAPIST));
        assertThat(mvc.get().uri(path(first)).exchange()).hasStatusOk();

        String second = renew(Demo.basic(Demo.THERAPIST));

        assertThat(second).isNotEqualTo(first);
        assertThat(mvc.get().uri(path(first)).exchange()).hasStatus(404);
        assertThat(mvc.get().uri(path(second)).exchange()).hasStatusOk();

        assertThat(mvc.delete().uri("/api/v1/me/calendar-feed").with(Demo.basic(Demo.THERAPIST)).exchange())
                .hasStatus(204);
        assertThat(mvc.get().uri(path(second)).exchange()).hasStatus(404);
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE record_type = 'calendar-feed' AND actor_email = ?")
                .param(Demo.THERAPIST).query(String.class).list()).contains("CREATE", "UPDATE", "DELETE");
    }

    @Test
    void onlyTheSecretUrlOpensAFeedAndOnlyItsOwnerMakesOne() throws Exception {
        String url = renew(Demo.basic(NINA_ACCOUNT));
        String token = path(url).substring("/calendar/".length(), path(url).length() - ".ics".length());
        assertThat(token).hasSizeGreaterThanOrEqualTo(22).matches("[A-Za-z0-9_-]+");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM calendar_feed WHERE token_hash = ?").param(token)
                .query(Long.class).single()).as("the token itself is not stored").isZero();

        char last = token.charAt(token.length() - 1);
        String altered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(mvc.get().uri("/calendar/{token}.ics", altered).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/calendar/{token}.ics", "not-a-token").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/calendar/{token}.ics", token).with(Demo.basic(Demo.CLIENT)).exchange())
                .as("signing in as someone else changes nothing").hasStatusOk();
        assertThat(mvc.post().uri("/api/v1/me/calendar-feed").with(Demo.basic(Demo.OWNER)).exchange())
                .hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/me/calendar-feed").exchange()).hasStatus(401);
    }

    @Test
    void theCalendarPageShowsANewUrlOnceAndTurnsTheFeedOff() throws Exception {
        RequestPostProcessor nina = SignIn.as(accounts, NINA_ACCOUNT);
        assertThat(mvc.get().uri("/me/calendar").with(nina).exchange()).hasStatusOk()
                .bodyText().contains("Calendar feed");

        MvcTestResult created = mvc.post().uri("/me/calendar").with(nina).with(csrf()).exchange();
        assertThat(created).hasStatus3xxRedirection().hasRedirectedUrl("/me/calendar");
        String url = (String) created.getMvcResult().getFlashMap().get("feedUrl");
        assertThat(url).contains("/calendar/").endsWith(".ics");
        assertThat(mvc.get().uri(path(url)).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/me/calendar").with(nina).exchange()).bodyText()
                .contains("Your calendar feed is active").doesNotContain(url);

        assertThat(mvc.post().uri("/me/calendar/revoke").with(nina).with(csrf()).exchange())
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri(path(url)).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/me/calendar").with(SignIn.as(accounts, Demo.DESK)).exchange()).hasStatus(403);
    }

    private String renew(RequestPostProcessor who) {
        MvcTestResult created = mvc.post().uri("/api/v1/me/calendar-feed").with(who).exchange();
        assertThat(created).hasStatus(201);
        String url = Json.read(created, "$.url");
        assertThat(created.getResponse().getHeader("Location")).isEqualTo(url);
        return url;
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }

    private static VEvent event(Calendar calendar, String appointment) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream().filter(e -> value(e.getProperty("UID")).contains(appointment)).findFirst()
                .orElseThrow(() -> new AssertionError("no event for " + appointment));
    }

    private static String value(java.util.Optional<? extends Property> property) {
        return property.map(Property::getValue).orElse(null);
    }
}
