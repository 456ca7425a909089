package org.stillpoint.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.stillpoint.scheduling.SchedulingFixtures.CONSULTATION;
import static org.stillpoint.scheduling.SchedulingFixtures.THEO;
import static org.stillpoint.scheduling.SchedulingFixtures.at;
import static org.stillpoint.scheduling.SchedulingFixtures.booked;
import static org.stillpoint.scheduling.SchedulingFixtures.demoClientId;
import static org.stillpoint.scheduling.SchedulingFixtures.newClient;
import static org.stillpoint.scheduling.SchedulingFixtures.sessionType;
import static org.stillpoint.scheduling.SchedulingFixtures.therapist;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.scheduling.SchedulingTest;
import org.stillpoint.scheduling.TestDays;
import org.stillpoint.support.Demo;
import org.stillpoint.support.SignIn;

/** Moving an appointment from the pages: the client their own, the front desk anyone's; nobody else's. */
@SchedulingTest
class MovePagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aClientMovesTheirAppointmentToAnotherFreeTimeAndTheOldOneIsGivenUp() throws Exception {
        LocalDate day = TestDays.next();
        String theo = therapist(mvc, THEO);
        String id = booked(mvc, Demo.basic(Demo.DESK), demoClientId(mvc), sessionType(mvc, CONSULTATION), theo,
                at(day, "10:00"));
        var client = SignIn.as(accounts, Demo.CLIENT);

        MvcTestResult page = mvc.get().uri("/me/appointments/{id}/move", id).param("from", day.toString())
                .with(client).exchange();
        assertThat(page).hasStatusOk();
        Document html = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
        List<String> starts = html.select("form input[name=start]").eachAttr("value");
        assertThat(starts).isNotEmpty().doesNotContain(at(day, "10:00").toString())
                .contains(at(day, "14:00").toString());
        String key = html.select("form:has(input[value=\"" + at(day, "14:00") + "\"]) input[name=key]")
                .attr("value");
        assertThat(key).isNotBlank();

        MvcTestResult moved = mvc.post().uri("/me/appointments/{id}/move", id).with(client).with(csrf())
                .param("start", at(day, "14:00").toString()).param("key", key).exchange();
        assertThat(moved).as(moved.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .hasStatus3xxRedirection().hasRedirectedUrl("/me/appointments");

        assertThat(status(id)).isEqualTo("CANCELLED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM appointment WHERE replaces_id = :id AND status = 'BOOKED'")
                .param("id", UUID.fromString(id)).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aTakenTimeKeepsTheOldAppointmentAndSaysWhy() {
        LocalDate day = TestDays.next();
        String theo = therapist(mvc, THEO);
        String consultation = sessionType(mvc, CONSULTATION);
        String id = booked(mvc, Demo.basic(Demo.DESK), demoClientId(mvc), consultation, theo, at(day, "10:00"));
        booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), consultation, theo, at(day, "11:00"));

        MvcTestResult taken = mvc.post().uri("/me/appointments/{id}/move", id).with(SignIn.as(accounts, Demo.CLIENT))
                .with(csrf()).param("start", at(day, "11:00").toString()).exchange();

        assertThat(taken).hasStatus(409);
        assertThat(taken).bodyText().contains("no longer free");
        assertThat(status(id)).isEqualTo("BOOKED");
    }

    @Test
    void theFrontDeskMovesAnyonesAndLandsOnTheNewDay() {
        LocalDate day = TestDays.next();
        String theo = therapist(mvc, THEO);
        String id = booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), sessionType(mvc, CONSULTATION), theo,
                at(day, "09:00"));
        // Later the same day: TestDays hands out weekdays, and the next day may be a Saturday Theo does not work.
        OffsetDateTime later = at(day, "11:30");

        assertThat(mvc.post().uri("/desk/appointments/{id}/move", id).with(SignIn.as(accounts, Demo.DESK))
                .with(csrf()).param("start", later.toString()))
                .hasStatus3xxRedirection().hasRedirectedUrl("/desk/day?date=" + later.toLocalDate());
        assertThat(status(id)).isEqualTo("CANCELLED");
    }

    @Test
    void nobodyMovesSomeoneElsesAppointmentAndBadTimesAreRefused() {
        LocalDate day = TestDays.next();
        String id = booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), sessionType(mvc, CONSULTATION),
                therapist(mvc, THEO), at(day, "12:00"));
        var client = SignIn.as(accounts, Demo.CLIENT);

        assertThat(mvc.get().uri("/me/appointments/{id}/move", id).with(client)).hasStatus(404);
        assertThat(mvc.post().uri("/me/appointments/{id}/move", id).with(client).with(csrf())
                .param("start", at(day, "14:00").toString())).hasStatus(404);
        assertThat(mvc.get().uri("/desk/appointments/{id}/move", id).with(client)).hasStatus(403);
        assertThat(mvc.post().uri("/desk/appointments/{id}/move", id).with(SignIn.as(accounts, Demo.DESK))
                .with(csrf()).param("start", "tomorrow at ten")).hasStatus(400);
        assertThat(status(id)).isEqualTo("BOOKED");
    }

    @Test
    void movingAnAppointmentCancelledMeanwhileIsAConflictShownOnThePage() {
        LocalDate day = TestDays.next();
        String id = booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), sessionType(mvc, CONSULTATION),
                therapist(mvc, THEO), at(day, "12:00"));
        assertThat(mvc.post().uri("/api/v1/appointments/{id}/cancel", id).with(Demo.basic(Demo.DESK)))
                .hasStatusOk();

        MvcTestResult moved = mvc.post().uri("/desk/appointments/{id}/move", id)
                .with(SignIn.as(accounts, Demo.DESK)).with(csrf()).param("start", at(day, "14:00").toString())
                .exchange();

        assertThat(moved).hasStatus(409).bodyText().contains("form-errors");
        assertThat(status(id)).isEqualTo("CANCELLED");
    }

    private String status(String id) {
        return jdbc.sql("SELECT status FROM appointment WHERE id = :id").param("id", UUID.fromString(id))
                .query(String.class).single();
    }
}
