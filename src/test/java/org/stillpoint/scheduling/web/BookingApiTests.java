package org.stillpoint.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.stillpoint.scheduling.SchedulingFixtures.ACUTE_RELIEF;
import static org.stillpoint.scheduling.SchedulingFixtures.CARA;
import static org.stillpoint.scheduling.SchedulingFixtures.CONSULTATION;
import static org.stillpoint.scheduling.SchedulingFixtures.HOT_STONE;
import static org.stillpoint.scheduling.SchedulingFixtures.MEDICAL_MASSAGE;
import static org.stillpoint.scheduling.SchedulingFixtures.NINA;
import static org.stillpoint.scheduling.SchedulingFixtures.NINA_ACCOUNT;
import static org.stillpoint.scheduling.SchedulingFixtures.PRIYA;
import static org.stillpoint.scheduling.SchedulingFixtures.SAM;
import static org.stillpoint.scheduling.SchedulingFixtures.THEO;
import static org.stillpoint.scheduling.SchedulingFixtures.at;
import static org.stillpoint.scheduling.SchedulingFixtures.availability;
import static org.stillpoint.scheduling.SchedulingFixtures.book;
import static org.stillpoint.scheduling.SchedulingFixtures.booked;
import static org.stillpoint.scheduling.SchedulingFixtures.bookingJson;
import static org.stillpoint.scheduling.SchedulingFixtures.demoClientId;
import static org.stillpoint.scheduling.SchedulingFixtures.iso;
import static org.stillpoint.scheduling.SchedulingFixtures.newClient;
import static org.stillpoint.scheduling.SchedulingFixtures.room;
import static org.stillpoint.scheduling.SchedulingFixtures.sessionType;
import static org.stillpoint.scheduling.SchedulingFixtures.therapist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.clients.ClientId;
import org.stillpoint.scheduling.AppointmentBooked;
import org.stillpoint.scheduling.AppointmentCancelled;
import org.stillpoint.scheduling.AppointmentCompleted;
import org.stillpoint.scheduling.AppointmentMissed;
import org.stillpoint.scheduling.SchedulingFixtures;
import org.stillpoint.scheduling.SchedulingTest;
import org.stillpoint.scheduling.domain.IdempotencyKeys;
import org.stillpoint.scheduling.SchedulingTestSetup.IntakeAnswers;
import org.stillpoint.scheduling.TestDays;
import org.stillpoint.scheduling.TreatmentRefusal;
import org.stillpoint.support.AdjustableClock;
import org.stillpoint.support.Demo;
import org.stillpoint.support.Json;
import org.stillpoint.support.StaffAccounts;

/** {@code /api/v1/appointments}: booking and its refusals, idempotent retries, cancelling, attendance, reading. */
@SchedulingTest
@RecordApplicationEvents
class BookingApiTests {

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

    @Autowired
    IdempotencyKeys keys;

    @Nested
    class Booking {

        @Test
        void theFrontDeskBooksForAClientAndGetsTheAppointment() {
            LocalDate day = TestDays.next();
            String client = newClient(mvc);
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String theo = therapist(mvc, THEO);

            MvcTestResult result = book(mvc, Demo.basic(Demo.DESK), client, massage, theo, at(day, "10:00"));

            assertThat(result).hasStatus(201).bodyJson().isLenientlyEqualTo("""
                    {"clientId":"%s","therapistId":"%s","sessionTypeId":"%s","roomId":"%s",
                     "start":"%s","end":"%s","status":"BOOKED","lateCancellation":false}"""
                    .formatted(client, theo, massage, room(mvc, "Birch"), iso(at(day, "10:00")), iso(at(day, "11:00"))));
            String id = Json.read(result, "$.id");
            assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/v1/appointments/" + id);
            assertThat(events.stream(AppointmentBooked.class)).singleElement().satisfies(booked -> {
                assertThat(booked.appointment().toString()).isEqualTo(id);
                assertThat(booked.client().toString()).isEqualTo(client);
                assertThat(booked.start()).isEqualTo(at(day, "10:00").toInstant());
            });
        }

        @Test
        void theRoomCanBeChosenIfItSuits() {
            LocalDate day = TestDays.next();
            String client = newClient(mvc);

            MvcTestResult fern = book(mvc, Demo.basic(Demo.DESK), bookingJson(client, sessionType(mvc, MEDICAL_MASSAGE),
                    therapist(mvc, NINA), at(day, "10:00"), room(mvc, "Fern")));
            MvcTestResult hotStoneInFern = book(mvc, Demo.basic(Demo.DESK), bookingJson(client,
                    sessionType(mvc, HOT_STONE), therapist(mvc, SAM), at(day, "14:00"), room(mvc, "Fern")));

            assertThat(fern).hasStatus(201).bodyJson().extractingPath("$.roomId").isEqualTo(room(mvc, "Fern"));
            assertThat(hotStoneInFern).hasStatus(422).bodyJson().isLenientlyEqualTo("""
                    {"type":"urn:stillpoint:problem:room-unsuitable","errors":[{"field":"roomId"}]}""");
        }

        @Test
        void aClientBooksForThemselfInARoomThatSuitsThemButNotForAnyoneElse() {
            LocalDate day = TestDays.next();
            String massage = sessionType(mvc, MEDICAL_MASSAGE);

            MvcTestResult own = book(mvc, Demo.basic(Demo.CLIENT), demoClientId(mvc), massage, therapist(mvc, THEO),
                    at(day, "09:00"));
            MvcTestResult other = book(mvc, Demo.basic(Demo.CLIENT), newClient(mvc), massage, therapist(mvc, NINA),
                    at(day, "09:00"));

            assertThat(own).hasStatus(201).bodyJson().extractingPath("$.roomId").isEqualTo(room(mvc, "Willow"));
            assertThat(other).hasStatus(404);
            assertThat(book(mvc, Demo.basic(Demo.THERAPIST), newClient(mvc), massage, therapist(mvc, PRIYA),
                    at(day, "09:00"))).hasStatus(403);
        }

        @Test
        void aTakenTherapistIs409WithTheNearestFreeTimesOfTheSameTherapist() {
            LocalDate day = TestDays.next();
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String theo = therapist(mvc, THEO);
            booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), massage, theo, at(day, "10:00"));

            MvcTestResult taken = book(mvc, Demo.basic(Demo.DESK), newClient(mvc), massage, theo, at(day, "10:30"));

            assertThat(taken).hasStatus(409).bodyJson().isLenientlyEqualTo("""
                    {"type":"urn:stillpoint:problem:slot-taken","obstacle":"THERAPIST_BUSY"}""");
            List<Map<String, Object>> alternatives = Json.read(taken, "$.alternatives");
            assertThat(alternatives).extracting(a -> a.get("start"))
                    .containsExactly(iso(at(day, "11:15")), iso(at(day, "11:30")), iso(at(day, "13:30")));
            assertThat(alternatives).allMatch(a -> theo.equals(a.get("therapistId")) && a.get("roomId") != null);
        }

        @Test
        void aClientCannotBeInTwoSessionsAtOnceEvenWithDifferentTherapists() {
            LocalDate day = TestDays.next();
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String client = newClient(mvc);
            booked(mvc, Demo.basic(Demo.DESK), client, massage, therapist(mvc, THEO), at(day, "10:00"));

            MvcTestResult overlapping = book(mvc, Demo.basic(Demo.DESK), client, massage, therapist(mvc, NINA),
                    at(day, "10:45"));
            assertThat(overlapping).hasStatus(409).bodyJson().isLenientlyEqualTo("""
                    {"type":"urn:stillpoint:problem:slot-taken","obstacle":"CLIENT_BUSY"}""");
            assertThat(Json.<String>read(overlapping, "$.detail")).contains("already have an appointment");

            // Right after the first session ends is fine: the buffer belongs to the therapist and the room.
            assertThat(book(mvc, Demo.basic(Demo.DESK), client, massage, therapist(mvc, NINA), at(day, "11:00")))
                    .hasStatus(201);
        }

        @Test
        void theTimesOfferedInsteadOfAClientsOverlappingBookingLeaveTheirOtherAppointmentFree() {
            LocalDate day = TestDays.next();
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String client = newClient(mvc);
            booked(mvc, Demo.basic(Demo.DESK), client, massage, therapist(mvc, THEO), at(day, "10:00"));

            MvcTestResult overlapping = book(mvc, Demo.basic(Demo.DESK), client, massage, therapist(mvc, NINA),
                    at(day, "10:00"));

            assertThat(overlapping).hasStatus(409).bodyJson().extractingPath("$.obstacle").isEqualTo("CLIENT_BUSY");
            // Nina is free at 10:00, but the client is with Theo from 10:00 to 11:00.
            List<Map<String, Object>> alternatives = Json.read(overlapping, "$.alternatives");
            assertThat(alternatives).isNotEmpty().noneMatch(a ->
                    OffsetDateTime.parse((String) a.get("start")).isBefore(at(day, "11:00"))
                            && OffsetDateTime.parse((String) a.get("end")).isAfter(at(day, "10:00")));
        }

        @Test
        void aTakenRoomIs409AndSoIsNoSuitableRoomFree() {
            LocalDate day = TestDays.next();
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String consultation = sessionType(mvc, CONSULTATION);
            book(mvc, Demo.basic(Demo.DESK), bookingJson(newClient(mvc), massage, therapist(mvc, NINA),
                    at(day, "14:00"), room(mvc, "Willow")));
            book(mvc, Demo.basic(Demo.DESK), bookingJson(newClient(mvc), consultation, therapist(mvc, CARA),
                    at(day, "14:00"), room(mvc, "Cedar")));

            MvcTestResult roomTaken = book(mvc, Demo.basic(Demo.DESK), bookingJson(newClient(mvc), massage,
                    therapist(mvc, PRIYA), at(day, "14:30"), room(mvc, "Willow")));
            // The demo client needs a dim, quiet, scent-free room: Willow and Cedar are both taken.
            MvcTestResult noRoom = book(mvc, Demo.basic(Demo.DESK), demoClientId(mvc), consultation,
                    therapist(mvc, THEO), at(day, "14:00"));

            assertThat(roomTaken).hasStatus(409).bodyJson().extractingPath("$.obstacle").isEqualTo("ROOM_BUSY");
            assertThat(noRoom).hasStatus(409).bodyJson().extractingPath("$.obstacle").isEqualTo("NO_ROOM_FREE");
        }

        @Test
        void aTimeAvailabilityWouldNotOfferIs422WithTheReason() {
            LocalDate day = TestDays.next();
            String client = newClient(mvc);
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String theo = therapist(mvc, THEO);
            Instant now = clock.instant();

            assertRefused(book(mvc, Demo.basic(Demo.DESK), client, massage, therapist(mvc, CARA), at(day, "10:00")),
                    "therapist-not-eligible");
            assertRefused(book(mvc, Demo.basic(Demo.DESK), client, massage, theo, at(day, "10:10")), "slot-off-grid");
            assertRefused(book(mvc, Demo.basic(Demo.DESK), client, massage, theo, onGrid(now.plusSeconds(3600))),
                    "too-short-notice");
            assertRefused(book(mvc, Demo.basic(Demo.DESK), client, massage, theo,
                    at(day.plusDays(SchedulingTest.HORIZON_DAYS + 10), "10:00")), "beyond-horizon");
            assertRefused(book(mvc, Demo.basic(Demo.DESK), client, massage, theo, at(day, "07:00")),
                    "outside-working-hours");
            assertRefused(book(mvc, Demo.basic(Demo.DESK), client, massage, theo, at(day, "12:00")),
                    "outside-working-hours");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM appointment WHERE client_id = ?")
                    .param(UUID.fromString(client)).query(Long.class).single()).isZero();
        }

        @Test
        void badRequestsAre400NamingTheFieldsAndUnknownRecords404() {
            MvcTestResult empty = book(mvc, Demo.basic(Demo.DESK), "{}");
            MvcTestResult noOffset = book(mvc, Demo.basic(Demo.DESK), """
                    {"clientId":"%s","sessionTypeId":"%s","therapistId":"%s","start":"2027-04-01T10:00:00"}"""
                    .formatted(newClient(mvc), sessionType(mvc, MEDICAL_MASSAGE), therapist(mvc, THEO)));
            String unknown = "00000000-0000-0000-0000-000000000001";
            OffsetDateTime start = at(TestDays.next(), "10:00");

            assertThat(Json.<List<String>>read(empty, "$.errors[*].field"))
                    .containsExactlyInAnyOrder("clientId", "sessionTypeId", "therapistId", "start");
            assertThat(noOffset).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("start");
            assertThat(book(mvc, Demo.basic(Demo.DESK), unknown, sessionType(mvc, MEDICAL_MASSAGE),
                    therapist(mvc, THEO), start)).hasStatus(404);
            assertThat(book(mvc, Demo.basic(Demo.DESK), newClient(mvc), unknown, therapist(mvc, THEO), start))
                    .hasStatus(404);
            assertThat(book(mvc, Demo.basic(Demo.DESK), newClient(mvc), sessionType(mvc, MEDICAL_MASSAGE), unknown,
                    start)).hasStatus(404);
        }

        private OffsetDateTime onGrid(Instant instant) {
            OffsetDateTime local = instant.atZone(SchedulingFixtures.ZONE).toOffsetDateTime();
            return local.withMinute(local.getMinute() / 15 * 15).withSecond(0).withNano(0);
        }
    }

    @Nested
    class Treatment {

        @Test
        void aClientWhoseIntakeRefusesTreatmentIs422WithTheReasonButMayBookAConsultation() {
            LocalDate day = TestDays.next();
            String client = newClient(mvc);
            intake.refuse(new ClientId(UUID.fromString(client)), new TreatmentRefusal("screening-urgent",
                    "appointment.treatment.intake-not-available"));

            MvcTestResult treatment = book(mvc, Demo.basic(Demo.DESK), client, sessionType(mvc, MEDICAL_MASSAGE),
                    therapist(mvc, THEO), at(day, "10:00"));
            MvcTestResult consultation = book(mvc, Demo.basic(Demo.DESK), client, sessionType(mvc, CONSULTATION),
                    therapist(mvc, THEO), at(day, "10:00"));

            assertThat(treatment).hasStatus(422).bodyJson().isLenientlyEqualTo("""
                    {"type":"urn:stillpoint:problem:treatment-blocked","reason":"screening-urgent"}""");
            assertThat(consultation).hasStatus(201);
        }

        @Test
        void aClientWhoHasNotConfirmedTheirAddressBooksAConsultationButNoTreatment() {
            LocalDate day = TestDays.next();
            String email = signUp();
            String client = Json.read(mvc.get().uri("/api/v1/me").with(httpBasic(email, PASSWORD)).exchange(),
                    "$.clientId");

            MvcTestResult treatment = book(mvc, httpBasic(email, PASSWORD), client, sessionType(mvc, ACUTE_RELIEF),
                    therapist(mvc, THEO), at(day, "10:00"));
            MvcTestResult consultation = book(mvc, httpBasic(email, PASSWORD), client,
                    sessionType(mvc, CONSULTATION), therapist(mvc, THEO), at(day, "10:00"));
            MvcTestResult byTheDesk = book(mvc, Demo.basic(Demo.DESK), client, sessionType(mvc, ACUTE_RELIEF),
                    therapist(mvc, NINA), at(day, "11:00"));

            assertThat(treatment).hasStatus(422).bodyJson().extractingPath("$.type")
                    .isEqualTo("urn:stillpoint:problem:email-not-verified");
            assertThat(consultation).hasStatus(201);
            assertThat(byTheDesk).hasStatus(201);
        }

        private static final String PASSWORD = "a calm and quiet evening";

        private String signUp() {
            String email = StaffAccounts.uniqueEmail("unconfirmed");
            MvcTestResult texts = mvc.get().uri("/api/v1/consent-texts").exchange();
            List<String> kinds = Json.read(texts, "$[*].kind");
            List<Integer> versions = Json.read(texts, "$[*].version");
            StringBuilder consents = new StringBuilder("{");
            for (int i = 0; i < kinds.size(); i++) {
                consents.append(i == 0 ? "" : ",").append('"').append(kinds.get(i)).append("\":").append(versions.get(i));
            }
            consents.append('}');
            assertThat(mvc.post().uri("/api/v1/signup").contentType(MediaType.APPLICATION_JSON).content("""
                    {"firstName":"Una","lastName":"Firmed","email":"%s","dateOfBirth":"1990-01-01","password":"%s",
                     "acceptedConsents":%s}""".formatted(email, PASSWORD, consents))).hasStatus(202);
            return email;
        }
    }

    @Nested
    class IdempotentRetries {

        @Test
        void aRetryWithTheSameKeyAnswersTheFirstBookingAgain() {
            LocalDate day = TestDays.next();
            String client = newClient(mvc);
            String json = bookingJson(client, sessionType(mvc, MEDICAL_MASSAGE), therapist(mvc, THEO),
                    at(day, "10:00"), null);

            MvcTestResult first = withKey("retry-" + day, json, Demo.DESK);
            MvcTestResult retry = withKey("retry-" + day, json, Demo.DESK);

            assertThat(first).hasStatus(201);
            assertThat(retry).hasStatus(201).hasHeader("Idempotent-Replayed", "true");
            assertThat(Json.body(retry)).isEqualTo(Json.body(first));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM appointment WHERE client_id = ?")
                    .param(UUID.fromString(client)).query(Long.class).single()).isEqualTo(1);
            assertThat(events.stream(AppointmentBooked.class)).hasSize(1);
        }

        @Test
        void theSameKeyForAnotherRequestIs422AndKeysBelongToOneAccount() {
            LocalDate day = TestDays.next();
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String key = "k-" + UUID.randomUUID();
            assertThat(withKey(key, bookingJson(newClient(mvc), massage, therapist(mvc, THEO), at(day, "10:00"), null),
                    Demo.DESK)).hasStatus(201);

            MvcTestResult reused = withKey(key, bookingJson(newClient(mvc), massage, therapist(mvc, NINA),
                    at(day, "10:00"), null), Demo.DESK);
            MvcTestResult otherAccount = withKey(key, bookingJson(newClient(mvc), massage, therapist(mvc, PRIYA),
                    at(day, "10:00"), null), Demo.OWNER);

            assertThat(reused).hasStatus(422).bodyJson().extractingPath("$.type")
                    .isEqualTo("urn:stillpoint:problem:idempotency-key-reused");
            assertThat(otherAccount).hasStatus(201).doesNotContainHeader("Idempotent-Replayed");
        }

        @Test
        void anUnusableKeyIs400() {
            String json = bookingJson(newClient(mvc), sessionType(mvc, MEDICAL_MASSAGE), therapist(mvc, THEO),
                    at(TestDays.next(), "10:00"), null);

            assertThat(withKey("x".repeat(201), json, Demo.DESK)).hasStatus(400).bodyJson()
                    .extractingPath("$.errors[0].field").isEqualTo("Idempotency-Key");
            assertThat(withKey("two words", json, Demo.DESK)).hasStatus(400);
        }

        @Test
        void keysAreForgottenOnceTheyAreOldAndOnlyThen() {
            LocalDate day = TestDays.next();
            String client = newClient(mvc);
            String json = bookingJson(client, sessionType(mvc, MEDICAL_MASSAGE), therapist(mvc, THEO),
                    at(day, "10:00"), null);
            assertThat(withKey("old-" + day, json, Demo.DESK)).hasStatus(201);

            // Keys newer than the cutoff stay: the retry is still answered with the first booking.
            keys.forgetBefore(clock.instant().minusSeconds(60));
            assertThat(withKey("old-" + day, json, Demo.DESK)).hasStatus(201)
                    .hasHeader("Idempotent-Replayed", "true");

            // Older ones go: the same request is then a new booking of a time that is taken (by the first one).
            assertThat(keys.forgetBefore(clock.instant().plusSeconds(1))).isPositive();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM booking_request WHERE idempotency_key = ?")
                    .param("old-" + day).query(Long.class).single()).isZero();
            assertThat(withKey("old-" + day, json, Demo.DESK)).hasStatus(409);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM appointment WHERE client_id = ?")
                    .param(UUID.fromString(client)).query(Long.class).single()).isEqualTo(1);
        }

        private MvcTestResult withKey(String key, String json, String who) {
            return mvc.post().uri("/api/v1/appointments").with(Demo.basic(who)).header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
        }
    }

    @Nested
    class AfterBooking {

        @Test
        void aClientCancelsTheirOwnInTimeAndTheSlotIsFreeAgain() {
            LocalDate day = TestDays.next();
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String theo = therapist(mvc, THEO);
            String id = booked(mvc, Demo.basic(Demo.CLIENT), demoClientId(mvc), massage, theo, at(day, "11:00"));

            MvcTestResult byAnother = mvc.post().uri("/api/v1/appointments/{id}/cancel", id)
                    .with(Demo.basic(NINA_ACCOUNT)).exchange();
            MvcTestResult cancelled = mvc.post().uri("/api/v1/appointments/{id}/cancel", id)
                    .with(Demo.basic(Demo.CLIENT)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\":\"feeling better\"}").exchange();
            MvcTestResult again = mvc.post().uri("/api/v1/appointments/{id}/cancel", id)
                    .with(Demo.basic(Demo.CLIENT)).exchange();

            assertThat(byAnother).hasStatus(404);
            assertThat(cancelled).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                    {"status":"CANCELLED","lateCancellation":false}""");
            assertThat(again).hasStatus(409).bodyJson().extractingPath("$.type")
                    .isEqualTo("urn:stillpoint:problem:appointment-not-open");
            assertThat(availability(mvc, null, massage, day, day, "therapist", theo))
                    .anyMatch(s -> at(day, "11:00").equals(OffsetDateTime.parse((String) s.get("start"))));
            assertThat(events.stream(AppointmentCancelled.class)).singleElement()
                    .satisfies(e -> assertThat(e.late()).isFalse());
        }

        @Test
        void acuteReliefCanBeBookedForNowAndCancellingItIsLate() {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, SchedulingFixtures.ZONE);
            String acute = sessionType(mvc, ACUTE_RELIEF);
            Map<String, Object> first = availability(mvc, null, acute, today, today).get(0);
            assertThat(OffsetDateTime.parse((String) first.get("start")).toInstant())
                    .isBefore(now.plus(Duration.ofHours(2)));

            String id = booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), acute, (String) first.get("therapistId"),
                    OffsetDateTime.parse((String) first.get("start")));

            assertThat(mvc.post().uri("/api/v1/appointments/{id}/cancel", id).with(Demo.basic(Demo.DESK)))
                    .hasStatusOk().bodyJson().extractingPath("$.lateCancellation").isEqualTo(true);
        }

        @Test
        void staffRecordAttendanceAndNoShowsOnceTheSessionHasStarted() {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, SchedulingFixtures.ZONE);
            String acute = sessionType(mvc, ACUTE_RELIEF);
            List<Map<String, Object>> slots = availability(mvc, null, acute, today, today);
            Map<String, Object> first = slots.get(0);
            Map<String, Object> second = slots.stream().filter(s -> s.get("start").equals(first.get("start"))
                    && !s.get("therapistId").equals(first.get("therapistId"))).findFirst().orElseThrow();
            OffsetDateTime start = OffsetDateTime.parse((String) first.get("start"));
            String attended = booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), acute,
                    (String) first.get("therapistId"), start);
            String missed = booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), acute,
                    (String) second.get("therapistId"), start);

            assertThat(mvc.post().uri("/api/v1/appointments/{id}/attended", attended).with(Demo.basic(Demo.DESK)))
                    .hasStatus(422);
            clock.advance(Duration.between(now, start.toInstant()).plusMinutes(5));
            assertThat(mvc.post().uri("/api/v1/appointments/{id}/attended", attended).with(Demo.basic(Demo.CLIENT)))
                    .hasStatus(403);
            assertThat(mvc.post().uri("/api/v1/appointments/{id}/attended", attended).with(Demo.basic(Demo.DESK)))
                    .hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("COMPLETED");
            assertThat(mvc.post().uri("/api/v1/appointments/{id}/no-show", missed).with(Demo.basic(Demo.OWNER)))
                    .hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("MISSED");
            assertThat(mvc.post().uri("/api/v1/appointments/{id}/no-show", attended).with(Demo.basic(Demo.DESK)))
                    .hasStatus(409);
            assertThat(events.stream(AppointmentCompleted.class)).hasSize(1);
            assertThat(events.stream(AppointmentMissed.class)).hasSize(1);
        }
    }

    @Nested
    class Reading {

        @Test
        void everyoneSeesTheirOwnAppointmentsAndStaffSeeAll() {
            LocalDate day = TestDays.next();
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String mine = booked(mvc, Demo.basic(Demo.CLIENT), demoClientId(mvc), massage, therapist(mvc, THEO),
                    at(day, "09:00"));
            String other = booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), massage, therapist(mvc, NINA),
                    at(day, "09:00"));

            assertThat(ids(Demo.CLIENT, day)).contains(mine).doesNotContain(other);
            assertThat(ids(Demo.THERAPIST, day)).containsExactly(mine);
            assertThat(ids(NINA_ACCOUNT, day)).containsExactly(other);
            assertThat(ids(Demo.DESK, day)).contains(mine, other);
            assertThat(mvc.get().uri("/api/v1/appointments/{id}", mine).with(Demo.basic(Demo.CLIENT))).hasStatusOk();
            assertThat(mvc.get().uri("/api/v1/appointments/{id}", other).with(Demo.basic(Demo.CLIENT)))
                    .hasStatus(404);
            assertThat(mvc.get().uri("/api/v1/appointments/{id}", other).with(Demo.basic(Demo.THERAPIST)))
                    .hasStatus(404);
            assertThat(mvc.get().uri("/api/v1/appointments/{id}", UUID.randomUUID()).with(Demo.basic(Demo.OWNER)))
                    .hasStatus(404);
            assertThat(mvc.get().uri("/api/v1/appointments").param("from", "2027-03-01").param("to", "2028-03-02")
                    .with(Demo.basic(Demo.DESK))).hasStatus(400);
        }

        @Test
        void aTherapistCaresForTheClientsTheyHaveAnAppointmentWithUntilItIsCancelled() {
            LocalDate day = TestDays.next();
            String client = newClient(mvc);
            assertThat(mvc.get().uri("/api/v1/clients/{id}", client).with(Demo.basic(Demo.THERAPIST))).hasStatus(404);

            String id = booked(mvc, Demo.basic(Demo.DESK), client, sessionType(mvc, MEDICAL_MASSAGE),
                    therapist(mvc, THEO), at(day, "15:00"));

            assertThat(mvc.get().uri("/api/v1/clients/{id}", client).with(Demo.basic(Demo.THERAPIST))).hasStatusOk();
            assertThat(mvc.get().uri("/api/v1/clients/{id}", client).with(Demo.basic(NINA_ACCOUNT))).hasStatus(404);
            assertThat(mvc.post().uri("/api/v1/appointments/{id}/cancel", id).with(Demo.basic(Demo.DESK)))
                    .hasStatusOk();
            assertThat(mvc.get().uri("/api/v1/clients/{id}", client).with(Demo.basic(Demo.THERAPIST))).hasStatus(404);
        }

        private List<String> ids(String who, LocalDate day) {
            return Json.read(mvc.get().uri("/api/v1/appointments").param("from", day.toString())
                    .param("to", day.toString()).with(Demo.basic(who)).exchange(), "$[*].id");
        }
    }

    private static void assertRefused(MvcTestResult result, String type) {
        assertThat(result).as(Json.body(result)).hasStatus(422).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:stillpoint:problem:" + type);
    }
}
