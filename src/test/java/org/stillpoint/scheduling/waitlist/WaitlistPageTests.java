package org.stillpoint.scheduling.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.stillpoint.scheduling.SchedulingFixtures.CONSULTATION;
import static org.stillpoint.scheduling.SchedulingFixtures.MEDICAL_MASSAGE;
import static org.stillpoint.scheduling.SchedulingFixtures.THEO;
import static org.stillpoint.scheduling.SchedulingFixtures.at;
import static org.stillpoint.scheduling.SchedulingFixtures.booked;
import static org.stillpoint.scheduling.SchedulingFixtures.demoClientId;
import static org.stillpoint.scheduling.SchedulingFixtures.newClient;
import static org.stillpoint.scheduling.SchedulingFixtures.sessionType;
import static org.stillpoint.scheduling.SchedulingFixtures.therapist;
import static org.stillpoint.scheduling.waitlist.WaitlistFixtures.QUIET_DAY;
import static org.stillpoint.scheduling.waitlist.WaitlistFixtures.entryJson;
import static org.stillpoint.scheduling.waitlist.WaitlistFixtures.entryStatus;
import static org.stillpoint.scheduling.waitlist.WaitlistFixtures.freeUp;
import static org.stillpoint.scheduling.waitlist.WaitlistFixtures.joined;
import static org.stillpoint.scheduling.waitlist.WaitlistFixtures.latestOffer;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stillpoint.support.AdjustableClock;
import org.stillpoint.support.Demo;
import org.stillpoint.support.Json;
import org.stillpoint.support.SignIn;

/** The waitlist pages without a browser: the client's list and form, the staff's view, and an offer's page. */
@WaitlistTest
class WaitlistPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    AdjustableClock clock;

    @Test
    void aClientJoinsThroughTheFormAndSeesTheEntry() {
        LocalDate day = QUIET_DAY;

        MvcTestResult posted = mvc.post().uri("/waitlist").with(client()).with(csrf())
                .param("sessionTypeId", sessionType(mvc, MEDICAL_MASSAGE))
                .param("therapistId", therapist(mvc, THEO))
                .param("dateFrom", day.toString()).param("dateTo", day.toString())
                .param("partsOfDay", "AFTERNOON").param("partsOfDay", "EVENING").exchange();

        assertThat(posted).hasStatus3xxRedirection().hasRedirectedUrl("/waitlist");
        Document page = page(mvc.get().uri("/waitlist").with(client()).exchange());
        assertThat(page.select("#waitlist-entries tbody tr").text())
                .contains("Medical massage", "Theo Marsh", day + " to " + day, "Afternoon, Evening",
                        "Waiting");
        assertThat(page.select("#waitlist-form select#sessionTypeId option")).hasSizeGreaterThan(1);
        assertThat(page.select("#waitlist-form select#clientId")).isEmpty();
        assertThat(page.select("#waitlist-form button.big").text()).isEqualTo("Join the waitlist");
    }

    @Test
    void aWrongFormIsShownAgainWithTheReasonBesideTheField() {
        LocalDate day = QUIET_DAY;

        MvcTestResult posted = mvc.post().uri("/waitlist").with(client()).with(csrf())
                .param("sessionTypeId", sessionType(mvc, MEDICAL_MASSAGE))
                .param("dateFrom", day.toString()).param("dateTo", day.minusDays(1).toString()).exchange();

        assertThat(posted).hasStatusOk();
        Document page = page(posted);
        assertThat(page.select("#dateTo-error").text()).isEqualTo("This must not be before the first day.");
        assertThat(page.select("#partsOfDay-error").text()).isEqualTo("Choose at least one time of day.");
        assertThat(page.select("#dateTo").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void theFrontDeskSeesEveryonesEntriesWithNamesAndTheNewestOffers() {
        LocalDate day = WaitlistTest.Days.next();
        String massage = sessionType(mvc, MEDICAL_MASSAGE);
        String theo = therapist(mvc, THEO);
        String client = newClient(mvc);
        String entry = joined(mvc, Demo.basic(Demo.DESK), entryJson(client, massage, theo, day, day, "MORNING"));
        freeUp(mvc, massage, theo, at(day, "10:00"));
        String offer = (String) latestOffer(mvc, entry).get("id");

        Document page = page(mvc.get().uri("/waitlist").with(SignIn.as(accounts, Demo.DESK)).exchange());

        assertThat(page.select("#waitlist-entries tbody tr").text()).contains("Robin Hale", "Medical massage");
        assertThat(page.select("#waitlist-offers a[href=/waitlist/offers/" + offer + "]")).hasSize(1);
        assertThat(page.select("#waitlist-offers tbody tr").text()).contains("Robin Hale", "Held for you");
        assertThat(page.select("#waitlist-form select#clientId option")).hasSizeGreaterThan(1);
        assertThat(mvc.get().uri("/waitlist").with(SignIn.as(accounts, Demo.THERAPIST))).hasStatus(403);
    }

    @Test
    void aClientAcceptsAnOfferOnItsPageAndTheSlotIsBooked() {
        LocalDate day = WaitlistTest.Days.next();
        String consultation = sessionType(mvc, CONSULTATION);
        String theo = therapist(mvc, THEO);
        String entry = joined(mvc, Demo.basic(Demo.CLIENT), entryJson(null, consultation, theo, day, day, "MORNING"));
        freeUp(mvc, consultation, theo, at(day, "09:30"));
        Map<String, Object> offer = latestOffer(mvc, entry);
        String id = (String) offer.get("id");

        Document offerPage = page(mvc.get().uri("/waitlist/offers/{id}", id).with(client()).exchange());
        assertThat(offerPage.select("button#accept").text()).isEqualTo("Book this slot");
        assertThat(offerPage.select("button#decline").text()).isEqualTo("No, thank you");
        assertThat(offerPage.select("#waitlist-offer").text()).contains("Free consultation", "Theo Marsh");

        MvcTestResult accepted = mvc.post().uri("/waitlist/offers/{id}/accept", id).with(client()).with(csrf())
                .exchange();

        assertThat(accepted).hasStatus3xxRedirection().hasRedirectedUrl("/waitlist/offers/" + id);
        Document after = page(mvc.get().uri("/waitlist/offers/{id}", id).with(client()).exchange());
        assertThat(after.select("#offer-status").text()).isEqualTo("Accepted");
        assertThat(after.select("button#accept")).isEmpty();
        assertThat(entryStatus(mvc, entry)).isEqualTo("FULFILLED");
        String appointment = Json.read(mvc.get().uri("/api/v1/waitlist/offers/{id}", id).with(Demo.basic(Demo.CLIENT))
                .exchange(), "$.appointmentId");
        assertThat(mvc.get().uri("/api/v1/appointments/{id}", appointment).with(Demo.basic(Demo.CLIENT)))
                .hasStatusOk().bodyJson().extractingPath("$.clientId").isEqualTo(demoClientId(mvc));
    }

    @Test
    void anExpiredOfferSaysSoOnItsPage() {
        LocalDate day = WaitlistTest.Days.next();
        String massage = sessionType(mvc, MEDICAL_MASSAGE);
        String theo = therapist(mvc, THEO);
        String entry = joined(mvc, Demo.basic(Demo.DESK),
                entryJson(newClient(mvc), massage, theo, day, day, "AFTERNOON"));
        freeUp(mvc, massage, theo, at(day, "15:00"));
        String id = (String) latestOffer(mvc, entry).get("id");
        clock.advance(Duration.ofMinutes(45));

        MvcTestResult late = mvc.post().uri("/waitlist/offers/{id}/accept", id).with(SignIn.as(accounts, Demo.DESK))
                .with(csrf()).exchange();

        assertThat(late).hasStatus(409);
        Document page = page(late);
        assertThat(page.select("[role=alert]").text()).startsWith("This offer has expired.");
        assertThat(page.select("#offer-status").text()).isEqualTo("Expired");
        assertThat(page.select("button#accept")).isEmpty();
    }

    private RequestPostProcessor client() {
        return SignIn.as(accounts, Demo.CLIENT);
    }


    private static Document page(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
