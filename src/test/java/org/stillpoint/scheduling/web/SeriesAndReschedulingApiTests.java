package org.stillpoint.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stillpoint.scheduling.SchedulingFixtures.CARA;
import static org.stillpoint.scheduling.SchedulingFixtures.CONSULTATION;
import static org.stillpoint.scheduling.SchedulingFixtures.MEDICAL_MASSAGE;
import static org.stillpoint.scheduling.SchedulingFixtures.NINA;
import static org.stillpoint.scheduling.SchedulingFixtures.NINA_ACCOUNT;
import static org.stillpoint.scheduling.SchedulingFixtures.PRIYA;
import static org.stillpoint.scheduling.SchedulingFixtures.SAM;
import static org.stillpoint.scheduling.SchedulingFixtures.THEO;
import static org.stillpoint.scheduling.SchedulingFixtures.at;
import static org.stillpoint.scheduling.SchedulingFixtures.booked;
import static org.stillpoint.scheduling.SchedulingFixtures.demoClientId;
import static org.stillpoint.scheduling.SchedulingFixtures.iso;
import static org.stillpoint.scheduling.SchedulingFixtures.newClient;
import static org.stillpoint.scheduling.SchedulingFixtures.sessionType;
import static org.stillpoint.scheduling.SchedulingFixtures.therapist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stillpoint.clients.ClientId;
import org.stillpoint.scheduling.AppointmentBooked;
import org.stillpoint.scheduling.AppointmentCancelled;
import org.stillpoint.scheduling.AppointmentSeriesBooked;
import org.stillpoint.scheduling.SchedulingFixtures;
import org.stillpoint.scheduling.SchedulingTest;
import org.stillpoint.scheduling.SchedulingTestSetup.IntakeAnswers;
import org.stillpoint.scheduling.TreatmentRefusal;
import org.stillpoint.support.AdjustableClock;
import org.stillpoint.support.Demo;
import org.stillpoint.support.Json;

/**
 * {@code /api/v1/appointment-series} and {@code /api/v1/appointments/{id}/reschedule}. A series occupies one
 * weekday for weeks, so this class has a demo clinic of its own (the property below keeps its context apart from the
 * other scheduling tests'), and each test books on a therapist's weekday that no other test here uses: Theo on
 * Tuesdays and Wednesdays, Nina on Tuesdays and Fridays, Priya on Thursdays, and on Mondays each test at its own
 * hours. Each test starts with the clock at {@link #BASE} (Monday 2027-06-07, 08:00 in Los Angeles), after the
 * demo clinic's booked month, unless it moves the clock itself.
 */
@SchedulingTest
// The default horizon of 90 days, which the conflicts below reach.
@TestPropertySource(properties = {"stillpoint.test.context=series-and-rescheduling",
        "stillpoint.scheduling.horizon=90d"})
@RecordApplicationEvents
class SeriesAndReschedulingApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AdjustableClock clock;

    @Autowired
    IntakeAnswers intake;

    @Autowired
    ApplicationEvents events;

    /** Monday 2027-06-07, 08:00 in Los Angeles: weeks after the demo clinic's month of booked appointments. */
    static final Instant BASE = Instant.parse("2027-06-07T15:00:00Z");

    @BeforeEach
    void clockAtTheBase() {
        clock.advance(Duration.between(clock.instant(), BASE));
    }

    @AfterEach
    void noOverlapAfterwards() {
        assertThat(overlaps()).as("overlapping appointments after the test").isZero();
    }

    @Nested
    class BookingASeries {

        @Test
        void sixWeeklySessionsAreAllBookedAtTheSameLocalTime() {
            String client = newClient(mvc);
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String theo = therapist(mvc, THEO);

            MvcTestResult result = series(Demo.DESK, client, massage, theo, at(day("2027-06-08"), "10:00"), "P1W", 6,
                    null);

            assertThat(result).as(Json.body(result)).hasStatus(201).bodyJson().isLenientlyEqualTo("""
                    {"clientId":"%s","therapistId":"%s","sessionTypeId":"%s","every":"P1W","count":6,
                     "conflicts":[]}""".formatted(client, theo, massage));
            String id = Json.read(result, "$.id");
            assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/v1/appointment-series/" + id);
            List<Map<String, Object>> appointments = Json.read(result, "$.appointments");
            assertThat(appointments).extracting(a -> a.get("start")).containsExactly(
                    iso(at(day("2027-06-08"), "10:00")), iso(at(day("2027-06-15"), "10:00")),
                    iso(at(day("2027-06-22"), "10:00")), iso(at(day("2027-06-29"), "10:00")),
                    iso(at(day("2027-07-06"), "10:00")), iso(at(day("2027-07-13"), "10:00")));
            assertThat(appointments).allSatisfy(a -> {
                assertThat(a).containsEntry("seriesId", id).containsEntry("status", "BOOKED")
                        .containsEntry("therapistId", theo).containsEntry("clientId", client);
            });
            assertThat(events.stream(AppointmentBooked.class)).hasSize(6)
                    .allSatisfy(e -> assertThat(e.series().toString()).isEqualTo(id));
            assertThat(events.stream(AppointmentSeriesBooked.class)).singleElement().satisfies(e -> {
                assertThat(e.series().toString()).isEqualTo(id);
                assertThat(e.appointments()).extracting(Object::toString)
                        .containsExactlyElementsOf(appointments.stream().map(a -> (String) a.get("id")).toList());
            });
            assertThat(mvc.get().uri("/api/v1/appointments/{id}", appointments.get(2).get("id"))
                    .with(Demo.basic(Demo.DESK))).bodyJson().extractingPath("$.seriesId").isEqualTo(id);
            assertThat(appointmentsOf(client)).isEqualTo(6);
        }

        @Test
        void everyTwoWeeksSkipsAWeek() {
            String client = newClient(mvc);

            MvcTestResult result = series(Demo.DESK, client, sessionType(mvc, MEDICAL_MASSAGE), therapist(mvc, NINA),
                    at(day("2027-06-08"), "10:00"), "P2W", 4, null);

            assertThat(result).hasStatus(201).bodyJson().extractingPath("$.every").isEqualTo("P2W");
            assertThat(Json.<List<String>>read(result, "$.appointments[*].start")).containsExactly(
                    iso(at(day("2027-06-08"), "10:00")), iso(at(day("2027-06-22"), "10:00")),
                    iso(at(day("2027-07-06"), "10:00")), iso(at(day("2027-07-20"), "10:00")));
        }

        @Test
        void aSeriesAcrossTheSpringForwardKeepsTenOClockLocalTime() {
            // Monday 2028-02-28, 08:00 in Los Angeles, well after the demo clinic's booked month.
            clock.advance(Duration.between(clock.instant(), Instant.parse("2028-02-28T16:00:00Z")));

            MvcTestResult result = series(Demo.DESK, newClient(mvc), sessionType(mvc, MEDICAL_MASSAGE),
                    therapist(mvc, THEO), OffsetDateTime.parse("2028-03-08T10:00:00-08:00"), "P1W", 3, null);

            // Los Angeles moves its clocks forward on Sunday 2028-03-12.
            assertThat(result).as(Json.body(result)).hasStatus(201);
            assertThat(Json.<List<String>>read(result, "$.appointments[*].start")).containsExactly(
                    "2028-03-08T10:00:00-08:00", "2028-03-15T10:00:00-07:00", "2028-03-22T10:00:00-07:00");
        }

        @Test
        void aSeriesAcrossTheFallBackKeepsTenOClockLocalTime() {
            // Monday 2027-10-18, 08:00 in Los Angeles, so that November is inside the booking horizon.
            clock.advance(Duration.between(clock.instant(), Instant.parse("2027-10-18T15:00:00Z")));

            MvcTestResult result = series(Demo.DESK, newClient(mvc), sessionType(mvc, MEDICAL_MASSAGE),
                    therapist(mvc, THEO), OffsetDateTime.parse("2027-10-27T10:00:00-07:00"), "P1W", 3, null);

            // Los Angeles moves its clocks back on Sunday 2027-11-07.
            assertThat(result).as(Json.body(result)).hasStatus(201);
            assertThat(Json.<List<String>>read(result, "$.appointments[*].start")).containsExactly(
                    "2027-10-27T10:00:00-07:00", "2027-11-03T10:00:00-07:00", "2027-11-10T10:00:00-08:00");
        }

        @Test
        void occurrencesThatCannotBeBookedAreConflictsWithTheReasonAndTheNearestFreeTime() {
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String priya = therapist(mvc, PRIYA);
            String client = newClient(mvc);
            booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), massage, priya, at(day("2027-06-17"), "10:00"));
            assertThat(mvc.post().uri("/api/v1/closures").with(Demo.basic(Demo.OWNER))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2027-06-24\"}")).hasStatus(201);
            assertThat(mvc.post().uri("/api/v1/therapists/{id}/time-off", priya).with(Demo.basic(Demo.OWNER))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"firstDay\":\"2027-07-01\",\"lastDay\":\"2027-07-01\"}")).hasStatus(201);

            // Fourteen Thursdays from 2027-06-10: the last one, 2027-09-09, is beyond the 90-day horizon.
            MvcTestResult result = series(Demo.DESK, client, massage, priya, at(day("2027-06-10"), "10:00"), "P1W",
                    14, null);

            assertThat(result).as(Json.body(result)).hasStatus(201);
            List<Map<String, Object>> conflicts = Json.read(result, "$.conflicts");
            assertThat(conflicts).extracting(c -> c.get("start"), c -> c.get("reason")).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(iso(at(day("2027-06-17"), "10:00")), "therapist-busy"),
                    org.assertj.core.groups.Tuple.tuple(iso(at(day("2027-06-24"), "10:00")), "clinic-closed"),
                    org.assertj.core.groups.Tuple.tuple(iso(at(day("2027-07-01"), "10:00")), "therapist-away"),
                    org.assertj.core.groups.Tuple.tuple(iso(at(day("2027-09-09"), "10:00")), "beyond-horizon"));
            assertAlternative(conflicts.get(0), priya, day("2027-06-17"), null);
            assertAlternative(conflicts.get(1), priya, null, day("2027-06-24"));
            assertAlternative(conflicts.get(2), priya, null, day("2027-07-01"));
            assertThat(conflicts.get(3).get("alternative")).isNull();
            assertThat(Json.<List<String>>read(result, "$.appointments[*].start")).hasSize(10)
                    .doesNotContain(iso(at(day("2027-06-17"), "10:00")), iso(at(day("2027-06-24"), "10:00")))
                    .contains(iso(at(day("2027-06-10"), "10:00")), iso(at(day("2027-09-02"), "10:00")));
            assertThat(events.stream(AppointmentSeriesBooked.class)).singleElement()
                    .satisfies(e -> assertThat(e.appointments()).hasSize(10));
            // the series as read back says the same
            MvcTestResult read = mvc.get().uri("/api/v1/appointment-series/{id}", Json.<String>read(result, "$.id"))
                    .with(Demo.basic(Demo.DESK)).exchange();
            assertThat(Json.body(read)).isEqualTo(Json.body(result));
        }

        @Test
        void whenNoOccurrenceIsFreeTheAnswerIs409WithTheConflictsAndNothingIsStored() {
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String nina = therapist(mvc, NINA);
            booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), massage, nina, at(day("2027-06-11"), "14:00"));
            booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), massage, nina, at(day("2027-06-18"), "14:00"));
            String client = newClient(mvc);

            MvcTestResult result = series(Demo.DESK, client, massage, nina, at(day("2027-06-11"), "14:00"), "P1W", 2,
                    null);

            assertThat(result).hasStatus(409).bodyJson().isLenientlyEqualTo("""
                    {"type":"urn:stillpoint:problem:series-unbookable",
                     "conflicts":[{"start":"%s","reason":"therapist-busy"},{"start":"%s","reason":"therapist-busy"}]}"""
                    .formatted(iso(at(day("2027-06-11"), "14:00")), iso(at(day("2027-06-18"), "14:00"))));
            assertThat(Json.<String>read(result, "$.conflicts[0].alternative.therapistId")).isEqualTo(nina);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM appointment_series WHERE client_id = ?")
                    .param(UUID.fromString(client)).query(Long.class).single()).isZero();
            assertThat(appointmentsOf(client)).isZero();
            assertThat(events.stream(AppointmentSeriesBooked.class)).isEmpty();
        }

        @Test
        void aRetryWithTheSameKeyAnswersTheFirstSeriesAgain() {
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String nina = therapist(mvc, NINA);
            booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), massage, nina, at(day("2027-06-18"), "10:00"));
            String client = newClient(mvc);
            String key = "series-" + UUID.randomUUID();

            MvcTestResult first = series(Demo.DESK, client, massage, nina, at(day("2027-06-11"), "10:00"), "P1W", 3,
                    key);
            MvcTestResult retry = series(Demo.DESK, client, massage, nina, at(day("2027-06-11"), "10:00"), "P1W", 3,
                    key);
            MvcTestResult otherRequest = series(Demo.DESK, client, massage, nina, at(day("2027-06-11"), "10:00"),
                    "P1W", 2, key);

            assertThat(first).hasStatus(201).doesNotContainHeader("Idempotent-Replayed");
            assertThat(Json.<List<Object>>read(first, "$.conflicts")).hasSize(1);
            assertThat(retry).hasStatus(201).hasHeader("Idempotent-Replayed", "true");
            assertThat(Json.body(retry)).isEqualTo(Json.body(first));
            assertThat(otherRequest).hasStatus(422).bodyJson().extractingPath("$.type")
                    .isEqualTo("urn:stillpoint:problem:idempotency-key-reused");
            assertThat(appointmentsOf(client)).isEqualTo(2);
            assertThat(events.stream(AppointmentSeriesBooked.class)).hasSize(1);
        }

        @Test
        void aBadRecurrenceOrCountIs400NamingTheField() {
            String client = newClient(mvc);
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String theo = therapist(mvc, THEO);
            OffsetDateTime start = at(day("2027-06-08"), "15:00");

            assertThat(series(Demo.DESK, client, massage, theo, start, "P1W", 27, null)).hasStatus(400).bodyJson()
                    .extractingPath("$.errors[0].field").isEqualTo("count");
            assertThat(series(Demo.DESK, client, massage, theo, start, "P1W", 0, null)).hasStatus(400).bodyJson()
                    .extractingPath("$.errors[0].field").isEqualTo("count");
            assertThat(series(Demo.DESK, client, massage, theo, start, "P3W", 2, null)).hasStatus(400).bodyJson()
                    .extractingPath("$.errors[0].field").isEqualTo("every");
            assertThat(series(Demo.DESK, client, massage, theo, start, "P1M", 30, null)).hasStatus(400);
            assertThat(appointmentsOf(client)).isZero();
        }

        @Test
        void aClientBooksASeriesOnlyForThemselfAndABlockedClientIs422WithTheReason() {
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String theo = therapist(mvc, THEO);
            String other = newClient(mvc);
            String blocked = newClient(mvc);
            intake.refuse(new ClientId(UUID.fromString(blocked)), new TreatmentRefusal("screening-urgent",
                    "appointment.treatment.intake-not-available"));
            OffsetDateTime start = at(day("2027-06-08"), "15:00");

            assertThat(series(Demo.CLIENT, other, massage, theo, start, "P1W", 2, null)).hasStatus(404);
            assertThat(series(Demo.THERAPIST, other, massage, theo, start, "P1W", 2, null)).hasStatus(403);
            assertThat(series(Demo.DESK, blocked, massage, theo, start, "P1W", 2, null)).hasStatus(422).bodyJson()
                    .isLenientlyEqualTo("""
                            {"type":"urn:stillpoint:problem:treatment-blocked","reason":"screening-urgent"}""");
            assertThat(appointmentsOf(other) + appointmentsOf(blocked)).isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM appointment_series WHERE client_id IN (?, ?)")
                    .params(UUID.fromString(other), UUID.fromString(blocked)).query(Long.class).single()).isZero();
        }
    }

    @Nested
    class ReadingAndCancellingASeries {

        @Test
        void theClientTheSeriesTherapistAndStaffSeeASeriesAndNobodyElse() {
            MvcTestResult result = series(Demo.CLIENT, demoClientId(mvc), sessionType(mvc, MEDICAL_MASSAGE),
                    therapist(mvc, THEO), at(day("2027-06-14"), "13:30"), "P1W", 2, null);
            assertThat(result).as(Json.body(result)).hasStatus(201);
            String id = Json.read(result, "$.id");

            for (String who : List.of(Demo.CLIENT, Demo.THERAPIST, Demo.DESK, Demo.OWNER)) {
                assertThat(mvc.get().uri("/api/v1/appointment-series/{id}", id).with(Demo.basic(who)))
                        .as(who).hasStatusOk().bodyJson().extractingPath("$.id").isEqualTo(id);
            }
            assertThat(mvc.get().uri("/api/v1/appointment-series/{id}", id).with(Demo.basic(NINA_ACCOUNT)))
                    .hasStatus(404);
            assertThat(mvc.post().uri("/api/v1/appointment-series/{id}/cancel", id).with(Demo.basic(NINA_ACCOUNT)))
                    .hasStatus(404);
            assertThat(mvc.get().uri("/api/v1/appointment-series/{id}", UUID.randomUUID())
                    .with(Demo.basic(Demo.OWNER))).hasStatus(404);
        }

        @Test
        void cancellingFromAnOccurrenceCancelsThatOneAndTheRest() {
            MvcTestResult booked = series(Demo.DESK, newClient(mvc), sessionType(mvc, CONSULTATION),
                    therapist(mvc, CARA), at(day("2027-06-14"), "10:00"), "P1W", 4, null);
            String id = Json.read(booked, "$.id");
            String second = Json.read(booked, "$.appointments[1].id");

            MvcTestResult cancelled = mvc.post().uri("/api/v1/appointment-series/{id}/cancel", id)
                    .with(Demo.basic(Demo.DESK)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"from\":\"%s\",\"reason\":\"moving away\"}".formatted(second)).exchange();

            assertThat(cancelled).hasStatusOk();
            assertThat(Json.<List<String>>read(cancelled, "$.appointments[*].status"))
                    .containsExactly("BOOKED", "CANCELLED", "CANCELLED", "CANCELLED");
            assertThat(events.stream(AppointmentCancelled.class)).hasSize(3)
                    .allSatisfy(e -> assertThat(e.late()).isFalse());
            assertThat(mvc.post().uri("/api/v1/appointment-series/{id}/cancel", id).with(Demo.basic(Demo.DESK))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"from\":\"next week\"}")).hasStatus(400)
                    .bodyJson().extractingPath("$.errors[0].field").isEqualTo("from");
        }

        @Test
        void cancellingWithoutAStartCancelsEveryOccurrenceNotYetStartedAndFromADayThoseOnAndAfterIt() {
            String consultation = sessionType(mvc, CONSULTATION);
            String all = Json.read(series(Demo.DESK, newClient(mvc), consultation, therapist(mvc, SAM),
                    at(day("2027-06-14"), "10:00"), "P1W", 2, null), "$.id");
            String fromDay = Json.read(series(Demo.DESK, newClient(mvc), consultation, therapist(mvc, SAM),
                    at(day("2027-06-14"), "14:00"), "P1W", 3, null), "$.id");

            MvcTestResult allCancelled = mvc.post().uri("/api/v1/appointment-series/{id}/cancel", all)
                    .with(Demo.basic(Demo.DESK)).exchange();
            MvcTestResult someCancelled = mvc.post().uri("/api/v1/appointment-series/{id}/cancel", fromDay)
                    .with(Demo.basic(Demo.DESK)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"from\":\"2027-06-21\"}").exchange();

            assertThat(Json.<List<String>>read(allCancelled, "$.appointments[*].status"))
                    .containsExactly("CANCELLED", "CANCELLED");
            assertThat(Json.<List<String>>read(someCancelled, "$.appointments[*].status"))
                    .containsExactly("BOOKED", "CANCELLED", "CANCELLED");
        }
    }

    @Nested
    class Rescheduling {

        @Test
        void anAppointmentMovesToAnOverlappingTimeAndToAnotherTherapistAndTheOldOneIsCancelled() {
            String client = newClient(mvc);
            String theo = therapist(mvc, THEO);
            String nina = therapist(mvc, NINA);
            String old = booked(mvc, Demo.basic(Demo.DESK), client, sessionType(mvc, MEDICAL_MASSAGE), theo,
                    at(day("2027-06-14"), "10:00"));

            MvcTestResult moved = reschedule(Demo.DESK, old, at(day("2027-06-14"), "10:30"), null);

            assertThat(moved).as(Json.body(moved)).hasStatus(201).bodyJson().isLenientlyEqualTo("""
                    {"appointment":{"start":"%s","therapistId":"%s","clientId":"%s","status":"BOOKED"},
                     "previous":{"id":"%s","status":"CANCELLED","lateCancellation":false}}"""
                    .formatted(iso(at(day("2027-06-14"), "10:30")), theo, client, old));
            String movedId = Json.read(moved, "$.appointment.id");
            assertThat(jdbc.sql("SELECT cancellation_reason FROM appointment WHERE id = ?")
                    .param(UUID.fromString(old)).query(String.class).single()).isEqualTo("rescheduled");
            assertThat(events.stream(AppointmentCancelled.class)).singleElement().satisfies(e -> {
                assertThat(e.appointment().toString()).isEqualTo(old);
                assertThat(e.replacedBy().toString()).isEqualTo(movedId);
            });
            assertThat(events.stream(AppointmentBooked.class).filter(e -> e.replaces() != null)).singleElement()
                    .satisfies(e -> {
                        assertThat(e.appointment().toString()).isEqualTo(movedId);
                        assertThat(e.replaces().toString()).isEqualTo(old);
                    });

            MvcTestResult toNina = reschedule(Demo.DESK, movedId, at(day("2027-06-14"), "10:30"), nina);

            assertThat(toNina).hasStatus(201).bodyJson().extractingPath("$.appointment.therapistId").isEqualTo(nina);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM appointment WHERE client_id = ? AND status = 'BOOKED'")
                    .param(UUID.fromString(client)).query(Long.class).single()).isEqualTo(1);
        }

        @Test
        void aMovedOccurrenceStaysInItsSeriesAndIsAnnouncedAsAMove() {
            MvcTestResult booked = series(Demo.DESK, newClient(mvc), sessionType(mvc, CONSULTATION),
                    therapist(mvc, CARA), at(day("2027-06-09"), "10:00"), "P1W", 2, null);
            String id = Json.read(booked, "$.id");
            String second = Json.read(booked, "$.appointments[1].id");

            MvcTestResult moved = reschedule(Demo.DESK, second, at(day("2027-06-16"), "11:00"), null);

            assertThat(moved).hasStatus(201).bodyJson().extractingPath("$.appointment.seriesId").isEqualTo(id);
            MvcTestResult read = mvc.get().uri("/api/v1/appointment-series/{id}", id).with(Demo.basic(Demo.DESK))
                    .exchange();
            assertThat(Json.<List<String>>read(read, "$.appointments[*].status"))
                    .containsExactly("BOOKED", "CANCELLED", "BOOKED");
            assertThat(events.stream(AppointmentBooked.class).filter(e -> e.replaces() != null)).singleElement()
                    .satisfies(e -> assertThat(e.series()).isNull());
        }

        @Test
        void aRetriedRescheduleWithTheSameKeyAnswersTheFirstMoveAgain() {
            String client = newClient(mvc);
            String old = booked(mvc, Demo.basic(Demo.DESK), client, sessionType(mvc, MEDICAL_MASSAGE),
                    therapist(mvc, PRIYA), at(day("2027-06-14"), "09:00"));
            String key = "move-" + UUID.randomUUID();

            MvcTestResult first = mvc.post().uri("/api/v1/appointments/{id}/reschedule", old)
                    .with(Demo.basic(Demo.DESK)).header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"start\":\"%s\"}".formatted(at(day("2027-06-14"), "15:00"))).exchange();
            MvcTestResult retry = mvc.post().uri("/api/v1/appointments/{id}/reschedule", old)
                    .with(Demo.basic(Demo.DESK)).header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"start\":\"%s\"}".formatted(at(day("2027-06-14"), "15:00"))).exchange();

            assertThat(first).hasStatus(201);
            assertThat(retry).hasStatus(201).hasHeader("Idempotent-Replayed", "true");
            assertThat(Json.<String>read(retry, "$.appointment.id")).isEqualTo(Json.read(first, "$.appointment.id"));
            assertThat(appointmentsOf(client)).isEqualTo(2);
            assertThat(events.stream(AppointmentCancelled.class)).hasSize(1);
        }

        @Test
        void aTakenNewTimeIs409WithAlternativesAndTheOldAppointmentStaysAsItWas() {
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String theo = therapist(mvc, THEO);
            String client = newClient(mvc);
            String old = booked(mvc, Demo.basic(Demo.DESK), client, massage, theo, at(day("2027-06-28"), "10:00"));
            booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), massage, theo, at(day("2027-06-28"), "14:00"));

            MvcTestResult taken = reschedule(Demo.DESK, old, at(day("2027-06-28"), "14:30"), null);

            assertThat(taken).hasStatus(409).bodyJson().isLenientlyEqualTo("""
                    {"type":"urn:stillpoint:problem:slot-taken","obstacle":"THERAPIST_BUSY"}""");
            assertThat(Json.<List<String>>read(taken, "$.alternatives[*].therapistId")).isNotEmpty()
                    .containsOnly(theo);
            assertThat(mvc.get().uri("/api/v1/appointments/{id}", old).with(Demo.basic(Demo.DESK))).bodyJson()
                    .isLenientlyEqualTo("""
                            {"status":"BOOKED","start":"%s"}""".formatted(iso(at(day("2027-06-28"), "10:00"))));
            assertThat(appointmentsOf(client)).isEqualTo(1);
            assertThat(events.stream(AppointmentCancelled.class)).isEmpty();
        }

        @Test
        void anotherClientOrTherapistCannotMoveAnAppointment() {
            String old = booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), sessionType(mvc, MEDICAL_MASSAGE),
                    therapist(mvc, THEO), at(day("2027-06-21"), "15:00"));

            assertThat(reschedule(Demo.CLIENT, old, at(day("2027-06-21"), "15:30"), null)).hasStatus(404);
            assertThat(reschedule(NINA_ACCOUNT, old, at(day("2027-06-21"), "15:30"), null)).hasStatus(404);
            assertThat(mvc.get().uri("/api/v1/appointments/{id}", old).with(Demo.basic(Demo.DESK))).bodyJson()
                    .extractingPath("$.status").isEqualTo("BOOKED");
        }

        @Test
        void aClientMovingTheirOwnInsideTheWindowMakesItLateButStaffDoNot() {
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            LocalDate today = day("2027-06-07");
            String own = booked(mvc, Demo.basic(Demo.CLIENT), demoClientId(mvc), massage, therapist(mvc, THEO),
                    at(today, "13:30"));
            String byDesk = booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), massage, therapist(mvc, NINA),
                    at(today, "13:30"));

            MvcTestResult movedByClient = reschedule(Demo.CLIENT, own, at(today, "15:00"), null);
            MvcTestResult movedByDesk = reschedule(Demo.DESK, byDesk, at(today, "15:00"), null);

            assertThat(movedByClient).as(Json.body(movedByClient)).hasStatus(201).bodyJson()
                    .extractingPath("$.previous.lateCancellation").isEqualTo(true);
            assertThat(movedByDesk).as(Json.body(movedByDesk)).hasStatus(201).bodyJson()
                    .extractingPath("$.previous.lateCancellation").isEqualTo(false);
            assertThat(events.stream(AppointmentCancelled.class)).extracting(AppointmentCancelled::late)
                    .containsExactlyInAnyOrder(true, false);
        }
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    private MvcTestResult series(String who, String client, String type, String therapist, OffsetDateTime start,
                                 String every, int count, String key) {
        RequestPostProcessor caller = Demo.basic(who);
        var request = mvc.post().uri("/api/v1/appointment-series").with(caller)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"clientId":"%s","sessionTypeId":"%s","therapistId":"%s","start":"%s","every":"%s",
                         "count":%d}""".formatted(client, type, therapist, start, every, count));
        return key == null ? request.exchange() : request.header("Idempotency-Key", key).exchange();
    }

    private MvcTestResult reschedule(String who, String appointment, OffsetDateTime start, String therapist) {
        return mvc.post().uri("/api/v1/appointments/{id}/reschedule", appointment).with(Demo.basic(who))
                .contentType(MediaType.APPLICATION_JSON).content("{\"start\":\"%s\"%s}".formatted(start,
                        therapist == null ? "" : ",\"therapistId\":\"" + therapist + "\"")).exchange();
    }

    private long appointmentsOf(String client) {
        return jdbc.sql("SELECT COUNT(*) FROM appointment WHERE client_id = ?").param(UUID.fromString(client))
                .query(Long.class).single();
    }

    /** The overlap check of DoubleBookingTests over the stored appointments: pairs that are both busy at once. */
    private long overlaps() {
        return jdbc.sql("""
                SELECT COUNT(*) FROM appointment a JOIN appointment b ON a.id < b.id
                 WHERE a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'
                   AND (a.therapist_id = b.therapist_id OR a.room_id = b.room_id)
                   AND a.start_at < b.blocked_until AND b.start_at < a.blocked_until""")
                .query(Long.class).single();
    }

    private static void assertAlternative(Map<String, Object> conflict, String therapist, LocalDate onDay,
                                          LocalDate notOnDay) {
        @SuppressWarnings("unchecked")
        Map<String, Object> alternative = (Map<String, Object>) conflict.get("alternative");
        assertThat(alternative).as("alternative of %s", conflict).isNotNull().containsEntry("therapistId", therapist);
        OffsetDateTime start = OffsetDateTime.parse((String) alternative.get("start"));
        LocalDate day = start.atZoneSameInstant(SchedulingFixtures.ZONE).toLocalDate();
        if (onDay != null) {
            assertThat(day).isEqualTo(onDay);
            assertThat(start.atZoneSameInstant(SchedulingFixtures.ZONE).toLocalTime()).isNotEqualTo(LocalTime.of(10, 0));
        }
        if (notOnDay != null) {
            assertThat(day).isNotEqualTo(notOnDay);
        }
    }
}
