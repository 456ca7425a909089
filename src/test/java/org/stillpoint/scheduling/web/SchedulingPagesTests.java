package org.stillpoint.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.stillpoint.scheduling.SchedulingFixtures.ACUTE_RELIEF;
import static org.stillpoint.scheduling.SchedulingFixtures.CONSULTATION;
import static org.stillpoint.scheduling.SchedulingFixtures.MEDICAL_MASSAGE;
import static org.stillpoint.scheduling.SchedulingFixtures.SAM;
import static org.stillpoint.scheduling.SchedulingFixtures.THEO;
import static org.stillpoint.scheduling.SchedulingFixtures.at;
import static org.stillpoint.scheduling.SchedulingFixtures.availability;
import static org.stillpoint.scheduling.SchedulingFixtures.booked;
import static org.stillpoint.scheduling.SchedulingFixtures.demoClientId;
import static org.stillpoint.scheduling.SchedulingFixtures.newClient;
import static org.stillpoint.scheduling.SchedulingFixtures.sessionType;
import static org.stillpoint.scheduling.SchedulingFixtures.therapist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stillpoint.clients.ClientId;
import org.stillpoint.scheduling.SchedulingFixtures;
import org.stillpoint.scheduling.SchedulingTest;
import org.stillpoint.scheduling.SchedulingTestSetup.IntakeAnswers;
import org.stillpoint.scheduling.TestDays;
import org.stillpoint.scheduling.TreatmentRefusal;
import org.stillpoint.support.AdjustableClock;
import org.stillpoint.support.Demo;
import org.stillpoint.support.Json;
import org.stillpoint.support.SignIn;
import org.stillpoint.support.StaffAccounts;

/**
 * The scheduling pages on the demo clinic: booking step by step (with and without htmx), the confirmation and its
 * refusals, acute relief, my appointments and cancelling, the therapist's day and week, the front desk's day, and
 * working hours, time off and closures, each with who may open it. No page shows a missing message.
 */
@SchedulingTest
class SchedulingPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    AdjustableClock clock;

    @Autowired
    IntakeAnswers intake;

    @Nested
    class Booking {

        @Test
        void aVisitorWalksTheStepsAndIsAskedToSignInOnlyToConfirm() {
            String consultation = sessionType(mvc, CONSULTATION);
            LocalDate day = TestDays.next();

            Document types = page(mvc.get().uri("/book").exchange());
            assertThat(types.select("a.choice").text()).contains(CONSULTATION, MEDICAL_MASSAGE);

            Document therapists = page(mvc.get().uri("/book").param("type", consultation).exchange());
            assertThat(therapists.select("#any-therapist").text()).contains(text("booking.any-therapist"));
            assertThat(therapists.select("a.choice").text()).contains(THEO);

            Document days = page(mvc.get().uri("/book").param("type", consultation).param("therapist", "any")
                    .param("from", day.toString()).exchange());
            assertThat(days.select("a.choice time").eachAttr("datetime")).first().isEqualTo(day.toString());

            Document times = page(mvc.get().uri("/book").param("type", consultation).param("therapist", "any")
                    .param("day", day.toString()).exchange());
            Element first = times.selectFirst("a.slot");
            assertThat(first).isNotNull();
            assertThat(first.selectFirst("time").attr("datetime")).isEqualTo(at(day, "09:00").toString());
            assertThat(times.select(".hint").text()).contains(text("booking.sign-in-hint"));

            MvcTestResult confirm = mvc.get().uri(first.attr("href")).exchange();
            assertThat(confirm).hasStatus3xxRedirection();
            assertThat(confirm.getResponse().getRedirectedUrl()).endsWith("/login");
        }

        @Test
        void htmxGetsOnlyTheBookingArea() {
            MvcTestResult step = mvc.get().uri("/book").param("type", sessionType(mvc, CONSULTATION))
                    .header("HX-Request", "true").exchange();

            assertThat(step).hasStatusOk();
            assertThat(Json.body(step)).doesNotContain("<html").contains("id=\"booking\"");
            assertThat(step.getResponse().getHeaders("Vary")).contains("HX-Request");
        }

        @Test
        void unknownChoicesAnswer404() {
            assertThat(mvc.get().uri("/book").param("type", UUID.randomUUID().toString())).hasStatus(404);
            assertThat(mvc.get().uri("/book").param("type", sessionType(mvc, CONSULTATION))
                    .param("therapist", "nobody")).hasStatus(404);
        }

        @Test
        void aClientConfirmsOnceEvenWhenTheFormIsSentTwice() {
            LocalDate day = TestDays.next();
            String type = sessionType(mvc, MEDICAL_MASSAGE);
            String theo = therapist(mvc, THEO);
            OffsetDateTime start = at(day, "11:00");

            Document confirm = page(mvc.get().uri("/book/confirm").param("type", type).param("therapist", theo)
                    .param("start", start.toInstant().toString()).with(client()).exchange());
            assertThat(confirm.select("#confirm-therapist").text()).isEqualTo(THEO);
            String key = confirm.select("input[name=key]").val();
            assertThat(key).isNotBlank();

            for (int i = 0; i < 2; i++) {
                assertThat(mvc.post().uri("/book/confirm").with(client()).with(csrf()).param("type", type)
                        .param("therapist", theo).param("start", start.toInstant().toString()).param("key", key))
                        .hasStatus3xxRedirection().hasRedirectedUrl("/me/appointments");
            }
            assertThat(jdbc.sql("SELECT COUNT(*) FROM appointment WHERE client_id = ? AND start_at = ?")
                    .params(UUID.fromString(demoClientId(mvc)), start).query(Long.class).single()).isEqualTo(1);
        }

        @Test
        void aTakenTimeOffersTheNearestFreeTimesAsButtons() {
            LocalDate day = TestDays.next();
            String type = sessionType(mvc, MEDICAL_MASSAGE);
            String theo = therapist(mvc, THEO);
            OffsetDateTime start = at(day, "14:00");
            booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), type, theo, start);

            MvcTestResult taken = mvc.post().uri("/book/confirm").with(client()).with(csrf()).param("type", type)
                    .param("therapist", theo).param("start", start.toInstant().toString())
                    .param("key", UUID.randomUUID().toString()).exchange();

            assertThat(taken).hasStatus(409);
            Document page = page(taken);
            assertThat(page.select(".form-errors").text()).contains(text("appointment.slot-taken"));
            assertThat(page.select("#alternatives a.slot")).isNotEmpty()
                    .allSatisfy(a -> assertThat(a.attr("href")).startsWith("/book/confirm?"));
            assertThat(page.select("#confirm-booking")).as("no button for the taken time").isEmpty();
        }

        @Test
        void aRefusedTreatmentSaysWhyAndWhatToDoNext() {
            String client = newClient(mvc);
            intake.refuse(new ClientId(UUID.fromString(client)), new TreatmentRefusal("clearance-needed",
                    "appointment.treatment.clearance-needed"));
            LocalDate day = TestDays.next();

            MvcTestResult refused = mvc.post().uri("/desk/book/confirm").with(desk()).with(csrf())
                    .param("client", client).param("type", sessionType(mvc, MEDICAL_MASSAGE))
                    .param("therapist", therapist(mvc, THEO)).param("start", at(day, "10:00").toInstant().toString())
                    .param("key", UUID.randomUUID().toString()).exchange();

            assertThat(refused).hasStatus(422);
            Document page = page(refused);
            assertThat(page.select(".form-errors").text()).contains(text("appointment.treatment.clearance-needed"),
                    text("booking.refusal.clearance-contact"), text("booking.refusal.consultation"));
            assertThat(page.select("#confirm-booking")).isEmpty();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM appointment WHERE client_id = ?")
                    .param(UUID.fromString(client)).query(Long.class).single()).isZero();
        }

        @Test
        void aClientWithoutAnIntakeIsSentToTheIntake() {
            String email = StaffAccounts.uniqueEmail("no-intake");
            assertThat(mvc.post().uri("/api/v1/signup").contentType(MediaType.APPLICATION_JSON).content("""
                    {"firstName":"Iris","lastName":"Moss","email":"%s","dateOfBirth":"1990-05-06",
                     "password":"%s","acceptedConsents":{"TREATMENT":1,"PRIVACY":1}}""".formatted(email,
                    "a long walk in the rain"))).hasStatus(202);
            String mail = jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ?").param(email)
                    .query(String.class).single();
            Matcher token = Pattern.compile("/verify-email\\?token=([A-Za-z0-9_-]+)").matcher(mail);
            assertThat(token.find()).isTrue();
            assertThat(mvc.post().uri("/api/v1/verify-email").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"token\":\"" + token.group(1) + "\"}")).hasStatus(204);
            String client = Json.read(mvc.get().uri("/api/v1/me")
                    .with(httpBasic(email, "a long walk in the rain")).exchange(), "$.clientId");
            intake.refuse(new ClientId(UUID.fromString(client)), new TreatmentRefusal("intake-missing",
                    "appointment.treatment.intake-missing"));

            MvcTestResult refused = mvc.post().uri("/book/confirm").with(SignIn.as(accounts, email)).with(csrf())
                    .param("type", sessionType(mvc, MEDICAL_MASSAGE)).param("therapist", therapist(mvc, THEO))
                    .param("start", at(TestDays.next(), "10:00").toInstant().toString())
                    .param("key", UUID.randomUUID().toString()).exchange();

            assertThat(refused).hasStatus(422);
            Document page = page(refused);
            assertThat(page.select(".form-errors").text()).contains(text("appointment.treatment.intake-missing"));
            assertThat(page.select(".form-errors a[href='/me/intake']").text())
                    .isEqualTo(text("booking.refusal.intake-link"));
            assertThat(page.select(".form-errors a[href='/book']")).hasSize(1);
        }

        @Test
        void theFrontDeskPicksAClientAndBooksForThem() {
            String client = newClient(mvc);
            LocalDate day = TestDays.next();

            Document picker = page(mvc.get().uri("/desk/book").param("q", "Robin").with(desk()).exchange());
            assertThat(picker.select("a.choice").eachAttr("href")).isNotEmpty()
                    .allMatch(href -> href.startsWith("/desk/book?client="));
            Document steps = page(mvc.get().uri("/desk/book").param("client", client).with(desk()).exchange());
            assertThat(steps.select("#booking-for").text()).contains("Robin Hale");

            assertThat(mvc.post().uri("/desk/book/confirm").with(desk()).with(csrf()).param("client", client)
                    .param("type", sessionType(mvc, CONSULTATION)).param("therapist", therapist(mvc, THEO))
                    .param("start", at(day, "09:00").toInstant().toString()).param("key", "k-" + client))
                    .hasStatus3xxRedirection().hasRedirectedUrl("/desk/day?date=" + day);
            assertThat(mvc.get().uri("/desk/book").with(client())).hasStatus(403);
        }
    }

    @Nested
    class AcuteRelief {

        @Test
        void aClientBooksTodaysEarliestTimeWithOneTap() {
            Document now = page(mvc.get().uri("/now").with(client()).exchange());
            Element button = now.selectFirst("#acute-today button.acute-slot");
            assertThat(button).as("today's acute relief times").isNotNull();
            Element form = button.parent();

            MvcTestResult booked = mvc.post().uri("/now").with(client()).with(csrf())
                    .param("type", form.select("input[name=type]").val())
                    .param("therapist", form.select("input[name=therapist]").val())
                    .param("start", form.select("input[name=start]").val())
                    .param("key", form.select("input[name=key]").val()).exchange();

            assertThat(booked).hasStatus3xxRedirection();
            String target = booked.getResponse().getRedirectedUrl();
            assertThat(target).startsWith("/now/booked/");
            Document done = page(mvc.get().uri(target).with(client()).exchange());
            assertThat(done.select("#acute-booked").text()).isNotBlank().doesNotContain("null");
            assertThat(mvc.get().uri(target).with(desk())).as("a client-only page").hasStatus(403);
        }

        @Test
        void staffCannotUseTheClientsAcutePage() {
            assertThat(mvc.get().uri("/now").with(desk())).hasStatus(403);
            assertThat(mvc.get().uri("/now")).hasStatus3xxRedirection();
        }
    }

    @Nested
    class MyAppointments {

        @Test
        void aClientSeesTheirAppointmentAndCancelsItAfterConfirming() {
            LocalDate day = TestDays.next();
            String id = booked(mvc, Demo.basic(Demo.CLIENT), demoClientId(mvc), sessionType(mvc, CONSULTATION),
                    therapist(mvc, THEO), at(day, "15:00"));

            Document list = page(mvc.get().uri("/me/appointments").with(client()).exchange());
            Element row = list.select("#upcoming tr").stream()
                    .filter(r -> r.select("a[href='/me/appointments/" + id + "/cancel']").size() == 1)
                    .findFirst().orElseThrow();
            assertThat(row.text()).contains(CONSULTATION, THEO, text("appointment-status.BOOKED"));
            assertThat(list.select(".hint").text()).contains(text("appointments.window", 24));

            Document confirm = page(mvc.get().uri("/me/appointments/{id}/cancel", id).with(client()).exchange());
            assertThat(confirm.select("#cancel-window").text()).isEqualTo(text("cancel.in-time", 24));
            assertThat(status(id)).isEqualTo("BOOKED");

            assertThat(mvc.post().uri("/me/appointments/{id}/cancel", id).with(client()).with(csrf())
                    .param("reason", "feeling better")).hasStatus3xxRedirection()
                    .hasRedirectedUrl("/me/appointments");
            assertThat(status(id)).isEqualTo("CANCELLED");
        }

        @Test
        void anotherClientsAppointmentIsNotThere() {
            String id = booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), sessionType(mvc, CONSULTATION),
                    therapist(mvc, THEO), at(TestDays.next(), "16:00"));

            assertThat(mvc.get().uri("/me/appointments/{id}/cancel", id).with(client())).hasStatus(404);
            assertThat(mvc.post().uri("/me/appointments/{id}/cancel", id).with(client()).with(csrf()))
                    .hasStatus(404);
            assertThat(status(id)).isEqualTo("BOOKED");
            assertThat(mvc.get().uri("/me/appointments").with(desk())).hasStatus(403);
        }
    }

    @Nested
    class Schedules {

        @Test
        void theTherapistSeesTheirWeekWithFirstNameAndInitialAndRecordsAttendance() {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, SchedulingFixtures.ZONE);
            String acute = sessionType(mvc, ACUTE_RELIEF);
            String theo = therapist(mvc, THEO);
            Map<String, Object> slot = availability(mvc, null, acute, today, today, "therapist", theo).get(0);
            OffsetDateTime start = OffsetDateTime.parse((String) slot.get("start"));
            String id = booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), acute, theo, start);

            Document week = page(mvc.get().uri("/therapist/week").param("date", today.toString())
                    .with(therapistAccount()).exchange());
            assertThat(week.select("#day-" + today + " li").text()).contains("Robin H.", ACUTE_RELIEF);
            assertThat(week.select("#day-" + today).text()).doesNotContain("Hale");

            clock.advance(Duration.between(clock.instant(), start.toInstant()).plusMinutes(5));
            Document day = page(mvc.get().uri("/therapist/day").param("date", today.toString())
                    .with(therapistAccount()).exchange());
            Element attended = day.selectFirst("form[action='/appointments/" + id + "/attended']");
            assertThat(attended).isNotNull();

            assertThat(mvc.post().uri("/appointments/{id}/attended", id).with(therapistAccount()).with(csrf())
                    .param("back", "/therapist/day?date=" + today)).hasStatus3xxRedirection()
                    .hasRedirectedUrl("/therapist/day?date=" + today);
            assertThat(status(id)).isEqualTo("COMPLETED");
            assertThat(mvc.post().uri("/appointments/{id}/attended", id).with(client()).with(csrf()))
                    .hasStatus(403);
        }

        @Test
        void theFrontDeskDayIsATableOfTherapistsAndHoursAndClientsMayNotOpenIt() {
            LocalDate day = TestDays.next();
            String client = newClient(mvc);
            String id = booked(mvc, Demo.basic(Demo.DESK), client, sessionType(mvc, CONSULTATION),
                    therapist(mvc, SAM), at(day, "13:30"));

            Document page = page(mvc.get().uri("/desk/day").param("date", day.toString()).with(desk()).exchange());
            assertThat(page.select("#desk-day caption").text()).contains(day.toString());
            assertThat(page.select("#desk-day thead th[scope=col]").eachText()).contains(THEO, SAM);
            Element cell = page.selectFirst("a[href='/desk/appointments/" + id + "/cancel']").closest("td");
            assertThat(cell.text()).contains("Robin Hale", CONSULTATION);
            assertThat(cell.parent().selectFirst("th[scope=row]").text()).isEqualTo("13:00");

            assertThat(mvc.get().uri("/desk/day").with(client())).hasStatus(403);
            assertThat(mvc.get().uri("/desk/day").with(therapistAccount())).hasStatus(403);
            assertThat(mvc.get().uri("/therapist/day").with(client())).hasStatus(403);

            assertThat(mvc.post().uri("/desk/appointments/{id}/cancel", id).with(desk()).with(csrf()))
                    .hasStatus3xxRedirection().hasRedirectedUrl("/desk/day?date=" + day);
            assertThat(status(id)).isEqualTo("CANCELLED");
        }
    }

    @Nested
    class WorkingTime {

        @Test
        void overlappingOrBackwardsHoursAreShownBesideTheirFieldsAndNothingIsSaved() {
            String sam = therapist(mvc, SAM);
            List<String> before = hours(sam);

            MvcTestResult invalid = mvc.post().uri("/admin/therapists/{id}/hours", sam).with(owner()).with(csrf())
                    .param("rows[0].day", "MONDAY").param("rows[0].start", "09:00").param("rows[0].end", "12:00")
                    .param("rows[1].day", "").param("rows[1].start", "").param("rows[1].end", "")
                    .param("rows[2].day", "MONDAY").param("rows[2].start", "11:00").param("rows[2].end", "13:00")
                    .param("rows[3].day", "TUESDAY").param("rows[3].start", "15:00").param("rows[3].end", "14:00")
                    .exchange();

            assertThat(invalid).hasStatusOk();
            Document page = page(invalid);
            assertThat(page.getElementById("rows[3].end-error").text())
                    .isEqualTo(text("working-hours.end-before-start"));
            assertThat(page.getElementById("rows[2].start-error")).as("overlap, after the end check passes")
                    .isNull();
            assertThat(hours(sam)).isEqualTo(before);

            MvcTestResult overlap = mvc.post().uri("/admin/therapists/{id}/hours", sam).with(owner()).with(csrf())
                    .param("rows[0].day", "MONDAY").param("rows[0].start", "09:00").param("rows[0].end", "12:00")
                    .param("rows[2].day", "MONDAY").param("rows[2].start", "11:00").param("rows[2].end", "13:00")
                    .exchange();
            assertThat(page(overlap).getElementById("rows[2].start-error").text())
                    .isEqualTo(text("working-hours.overlap", 1));
            assertThat(hours(sam)).isEqualTo(before);
        }

        @Test
        void theOwnerSavesAWeekAsItIsAndAddsAndDeletesTimeOff() {
            String sam = therapist(mvc, SAM);
            List<String> before = hours(sam);
            Document page = page(mvc.get().uri("/admin/therapists/{id}/hours", sam).with(owner()).exchange());
            var save = mvc.post().uri("/admin/therapists/{id}/hours", sam).with(owner()).with(csrf());
            for (Element field : page.select("#week-form select, #week-form input[type=time]")) {
                String value = field.tagName().equals("select")
                        ? field.select("option[selected]").val() : field.val();
                save = save.param(field.attr("name"), value);
            }
            assertThat(save).hasStatus3xxRedirection().hasRedirectedUrl("/admin/therapists/" + sam + "/hours");
            assertThat(hours(sam)).isEqualTo(before);

            LocalDate away = LocalDate.of(2027, 5, 27);
            MvcTestResult backwards = mvc.post().uri("/admin/therapists/{id}/hours/time-off", sam).with(owner())
                    .with(csrf()).param("day", away.toString()).param("start", "15:00").param("end", "14:00")
                    .exchange();
            assertThat(page(backwards).getElementById("end-error").text())
                    .isEqualTo(text("time-off.end-before-start"));
            assertThat(mvc.post().uri("/admin/therapists/{id}/hours/time-off", sam).with(owner()).with(csrf())
                    .param("day", away.toString()).param("start", "13:00").param("end", "17:00")
                    .param("reason", "dentist")).hasStatus3xxRedirection();
            UUID timeOff = jdbc.sql("SELECT id FROM time_off WHERE therapist_id = ? AND reason = 'dentist'")
                    .param(UUID.fromString(sam)).query(UUID.class).single();
            assertThat(page(mvc.get().uri("/admin/therapists/{id}/hours", sam).with(owner()).exchange())
                    .select("#time-off").text()).contains("dentist");

            assertThat(mvc.post().uri("/admin/therapists/{id}/hours/time-off/{t}/delete", sam, timeOff)
                    .with(owner()).with(csrf())).hasStatus3xxRedirection();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM time_off WHERE id = ?").param(timeOff).query(Long.class)
                    .single()).isZero();
        }

        @Test
        void aTherapistOpensOnlyTheirOwnHours() {
            Document own = page(mvc.get().uri("/therapist/hours").with(therapistAccount()).exchange());
            assertThat(own.select("h1").text()).contains(THEO);
            assertThat(own.select("#week-form option[selected][value=MONDAY]")).isNotEmpty();

            assertThat(mvc.get().uri("/admin/therapists/{id}/hours", therapist(mvc, SAM))
                    .with(therapistAccount())).hasStatus(403);
            assertThat(mvc.get().uri("/therapist/hours").with(client())).hasStatus(403);
        }

        @Test
        void theOwnerClosesTheClinicOnADayAndOpensItAgain() {
            LocalDate closed = LocalDate.of(2027, 5, 29);
            MvcTestResult empty = mvc.post().uri("/admin/closures").with(owner()).with(csrf()).param("date", "")
                    .exchange();
            assertThat(page(empty).getElementById("date-error").text()).isEqualTo(text("field.required"));

            assertThat(mvc.post().uri("/admin/closures").with(owner()).with(csrf()).param("date", closed.toString())
                    .param("reason", "Staff training")).hasStatus3xxRedirection().hasRedirectedUrl("/admin/closures");
            assertThat(page(mvc.get().uri("/admin/closures").with(owner()).exchange()).select("#closures").text())
                    .contains("Staff training");
            MvcTestResult again = mvc.post().uri("/admin/closures").with(owner()).with(csrf())
                    .param("date", closed.toString()).exchange();
            assertThat(page(again).getElementById("date-error").text()).isEqualTo(text("closure.exists"));

            assertThat(mvc.post().uri("/admin/closures/{date}/reopen", closed).with(owner()).with(csrf()))
                    .hasStatus3xxRedirection();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM clinic_closure WHERE closed_on = ?").param(closed)
                    .query(Long.class).single()).isZero();
            assertThat(mvc.get().uri("/admin/closures").with(desk())).hasStatus(403);
        }

        private List<String> hours(String therapist) {
            return jdbc.sql("SELECT day_of_week || ' ' || starts_at || '-' || ends_at FROM working_interval"
                    + " WHERE therapist_id = ? ORDER BY day_of_week, starts_at").param(UUID.fromString(therapist))
                    .query(String.class).list();
        }
    }

    private String status(String appointment) {
        return jdbc.sql("SELECT status FROM appointment WHERE id = ?").param(UUID.fromString(appointment))
                .query(String.class).single();
    }

    private Document page(MvcTestResult result) {
        String body = Json.body(result);
        assertThat(body).as("no missing message").doesNotContain("??");
        return Jsoup.parse(body);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    private RequestPostProcessor client() {
        return SignIn.as(accounts, Demo.CLIENT);
    }

    private RequestPostProcessor desk() {
        return SignIn.as(accounts, Demo.DESK);
    }

    private RequestPostProcessor owner() {
        return SignIn.as(accounts, Demo.OWNER);
    }

    private RequestPostProcessor therapistAccount() {
        return SignIn.as(accounts, Demo.THERAPIST);
    }
}
