package org.stillpoint.scheduling.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stillpoint.scheduling.SchedulingFixtures.CONSULTATION;
import static org.stillpoint.scheduling.SchedulingFixtures.MEDICAL_MASSAGE;
import static org.stillpoint.scheduling.SchedulingFixtures.NINA;
import static org.stillpoint.scheduling.SchedulingFixtures.SAM;
import static org.stillpoint.scheduling.SchedulingFixtures.THEO;
import static org.stillpoint.scheduling.SchedulingFixtures.at;
import static org.stillpoint.scheduling.SchedulingFixtures.booked;
import static org.stillpoint.scheduling.SchedulingFixtures.demoClientId;
import static org.stillpoint.scheduling.SchedulingFixtures.iso;
import static org.stillpoint.scheduling.SchedulingFixtures.newClient;
import static org.stillpoint.scheduling.SchedulingFixtures.sessionType;
import static org.stillpoint.scheduling.SchedulingFixtures.therapist;
import static org.stillpoint.scheduling.waitlist.WaitlistFixtures.QUIET_DAY;
import static org.stillpoint.scheduling.waitlist.WaitlistFixtures.emailOf;
import static org.stillpoint.scheduling.waitlist.WaitlistFixtures.entryJson;
import static org.stillpoint.scheduling.waitlist.WaitlistFixtures.entryStatus;
import static org.stillpoint.scheduling.waitlist.WaitlistFixtures.freeUp;
import static org.stillpoint.scheduling.waitlist.WaitlistFixtures.join;
import static org.stillpoint.scheduling.waitlist.WaitlistFixtures.joined;
import static org.stillpoint.scheduling.waitlist.WaitlistFixtures.latestOffer;
import static org.stillpoint.scheduling.waitlist.WaitlistFixtures.offerCount;
import static org.stillpoint.scheduling.waitlist.WaitlistFixtures.offerMailsTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.support.AdjustableClock;
import org.stillpoint.support.Demo;
import org.stillpoint.support.Json;
import org.stillpoint.therapists.TherapistId;

/**
 * {@code /api/v1/waitlist}: joining and its refusals, offers made when an appointment is cancelled, first come first
 * served, held while open, passed on when they expire or are declined, accepted into a booking, and the job's
 * claims when instances race.
 */
@WaitlistTest
class WaitlistTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AdjustableClock clock;

    @Autowired
    WaitlistOffers offers;

    @Nested
    class Joining {

        @Test
        void aClientJoinsForThemselfAndSeesOnlyTheirOwnEntries() {
            LocalDate day = QUIET_DAY;
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String other = joined(mvc, Demo.basic(Demo.DESK),
                    entryJson(newClient(mvc), massage, null, day, day, "MORNING"));

            MvcTestResult own = join(mvc, Demo.basic(Demo.CLIENT),
                    entryJson(null, massage, therapist(mvc, THEO), day, day, "EVENING", "MORNING"));

            assertThat(own).hasStatus(201).bodyJson().isLenientlyEqualTo("""
                    {"clientId":"%s","sessionTypeName":"Medical massage","therapistName":"Theo Marsh",
                     "dateFrom":"%s","dateTo":"%s","partsOfDay":["MORNING","EVENING"],"status":"ACTIVE"}"""
                    .formatted(demoClientId(mvc), day, day));
            String id = Json.read(own, "$.id");
            assertThat(own.getResponse().getHeader("Location")).isEqualTo("/api/v1/waitlist/" + id);
            List<String> mine = Json.read(mvc.get().uri("/api/v1/waitlist").with(Demo.basic(Demo.CLIENT)).exchange(),
                    "$[*].id");
            assertThat(mine).contains(id).doesNotContain(other);
            List<String> everyone = Json.read(mvc.get().uri("/api/v1/waitlist").with(Demo.basic(Demo.DESK))
                    .exchange(), "$[*].id");
            assertThat(everyone).contains(id, other);
            assertThat(mvc.get().uri("/api/v1/waitlist/{id}", other).with(Demo.basic(Demo.CLIENT)))
                    .hasStatus(404);
            assertThat(mvc.delete().uri("/api/v1/waitlist/{id}", other).with(Demo.basic(Demo.CLIENT)))
                    .hasStatus(404);
            assertThat(mvc.get().uri("/api/v1/waitlist").with(Demo.basic(Demo.THERAPIST))).hasStatus(403);

            assertThat(mvc.delete().uri("/api/v1/waitlist/{id}", id).with(Demo.basic(Demo.CLIENT)))
                    .hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("WITHDRAWN");
        }

        @Test
        void aClientCannotPutSomeoneElseOnTheWaitlist() {
            LocalDate day = QUIET_DAY;
            MvcTestResult result = join(mvc, Demo.basic(Demo.CLIENT),
                    entryJson(newClient(mvc), sessionType(mvc, MEDICAL_MASSAGE), null, day, day, "MORNING"));

            assertThat(result).hasStatus(404);
        }

        @Test
        void daysOutOfOrderOrPastAndAnUnknownSessionAreRefusedNamingTheField() {
            LocalDate day = QUIET_DAY;
            String client = newClient(mvc);
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            LocalDate past = LocalDate.of(2027, 2, 1);

            MvcTestResult backwards = join(mvc, Demo.basic(Demo.DESK),
                    entryJson(client, massage, null, day, day.minusDays(1), "MORNING"));
            MvcTestResult inThePast = join(mvc, Demo.basic(Demo.DESK),
                    entryJson(client, massage, null, past, day, "MORNING"));
            MvcTestResult unknown = join(mvc, Demo.basic(Demo.DESK),
                    entryJson(client, UUID.randomUUID().toString(), null, day, day, "MORNING"));
            MvcTestResult tooFar = join(mvc, Demo.basic(Demo.DESK),
                    entryJson(client, massage, null, day, day.plusYears(1), "MORNING"));
            MvcTestResult noTime = join(mvc, Demo.basic(Demo.DESK), entryJson(client, massage, null, day, day));
            MvcTestResult noType = join(mvc, Demo.basic(Demo.DESK), """
                    {"clientId":"%s","dateFrom":"%s","dateTo":"%s","partsOfDay":["MORNING"]}"""
                    .formatted(client, day, day));

            assertThat(backwards).hasStatus(400).bodyJson().isLenientlyEqualTo("""
                    {"type":"urn:stillpoint:problem:invalid-waitlist-entry","errors":[{"field":"dateTo"}]}""");
            assertThat(inThePast).hasStatus(400).bodyJson().isLenientlyEqualTo("""
                    {"errors":[{"field":"dateFrom"}]}""");
            assertThat(unknown).hasStatus(400).bodyJson().isLenientlyEqualTo("""
                    {"errors":[{"field":"sessionTypeId","message":"There is no such session."}]}""");
            assertThat(tooFar).hasStatus(400).bodyJson().isLenientlyEqualTo("""
                    {"errors":[{"field":"dateTo"}]}""");
            assertThat(noTime).hasStatus(400).bodyJson().isLenientlyEqualTo("""
                    {"errors":[{"field":"partsOfDay"}]}""");
            assertThat(noType).hasStatus(400).bodyJson().isLenientlyEqualTo("""
                    {"errors":[{"field":"sessionTypeId"}]}""");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM waitlist_entry WHERE client_id = CAST(:c AS UUID)")
                    .param("c", client).query(Long.class).single()).isZero();
        }

        @Test
        void aTherapistWhoDoesNotGiveTheSessionIsRefused() {
            LocalDate day = QUIET_DAY;
            String therapistNotGivingIt = therapist(mvc, SAM); // a spa therapist: no medical massage

            MvcTestResult result = join(mvc, Demo.basic(Demo.DESK), entryJson(newClient(mvc),
                    sessionType(mvc, MEDICAL_MASSAGE), therapistNotGivingIt, day, day, "MORNING"));

            assertThat(result).hasStatus(400).bodyJson().isLenientlyEqualTo("""
                    {"errors":[{"field":"therapistId"}]}""");
        }
    }

    @Nested
    class Offers {

        @Test
        void aCancellationOffersTheSlotToTheFirstMatchingClientByEmailAndToNobodyElseWhileItIsHeld() {
            LocalDate day = WaitlistTest.Days.next();
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String theo = therapist(mvc, THEO);
            String eveningsOnly = joined(mvc, Demo.basic(Demo.DESK),
                    entryJson(newClient(mvc), massage, null, day, day, "EVENING"));
            String ninaOnly = joined(mvc, Demo.basic(Demo.DESK),
                    entryJson(newClient(mvc), massage, therapist(mvc, NINA), day, day, "MORNING"));
            String firstClient = newClient(mvc);
            String first = joined(mvc, Demo.basic(Demo.DESK),
                    entryJson(firstClient, massage, null, day, day, "MORNING"));
            String secondClient = newClient(mvc);
            String second = joined(mvc, Demo.basic(Demo.DESK),
                    entryJson(secondClient, massage, theo, day, day, "MORNING", "AFTERNOON"));

            freeUp(mvc, massage, theo, at(day, "10:00"));

            Map<String, Object> offer = latestOffer(mvc, first);
            assertThat(offer).containsEntry("status", "OPEN").containsEntry("therapistId", theo)
                    .containsEntry("start", iso(at(day, "10:00"))).containsEntry("clientId", firstClient);
            assertThat(Instant.parse((String) offer.get("expiresAt")).toString())
                    .isEqualTo(clock.instant().plus(Duration.ofMinutes(30)).toString());
            List<String> mails = offerMailsTo(jdbc, emailOf(mvc, firstClient));
            assertThat(mails).singleElement().asString().contains("/waitlist/offers/" + offer.get("id"))
                    .contains("Medical massage").contains("Theo Marsh").contains("30 minutes");
            assertThat(latestOffer(mvc, second)).isNull();
            assertThat(latestOffer(mvc, eveningsOnly)).isNull();
            assertThat(latestOffer(mvc, ninaOnly)).isNull();
            assertThat(offerMailsTo(jdbc, emailOf(mvc, secondClient))).isEmpty();

            offers.expireDue();
            offers.expireDue();

            assertThat(latestOffer(mvc, first)).containsEntry("status", "OPEN");
            assertThat(latestOffer(mvc, second)).isNull();
        }

        @Test
        void anExpiredOfferGoesToTheNextClientAndCannotBeAcceptedAnyMore() {
            LocalDate day = WaitlistTest.Days.next();
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String theo = therapist(mvc, THEO);
            String first = joined(mvc, Demo.basic(Demo.DESK),
                    entryJson(newClient(mvc), massage, theo, day, day, "MORNING"));
            String secondClient = newClient(mvc);
            String second = joined(mvc, Demo.basic(Demo.DESK),
                    entryJson(secondClient, massage, null, day, day, "MORNING"));
            freeUp(mvc, massage, theo, at(day, "09:00"));
            String firstOffer = (String) latestOffer(mvc, first).get("id");

            clock.advance(Duration.ofMinutes(31));
            assertThat(mvc.get().uri("/api/v1/waitlist/offers/{id}", firstOffer).with(Demo.basic(Demo.DESK)))
                    .bodyJson().extractingPath("$.status").isEqualTo("EXPIRED");
            offers.expireDue();
            int again = offers.expireDue();

            assertThat(again).as("the second run finds nothing left to claim").isZero();
            assertThat(latestOffer(mvc, first)).containsEntry("status", "EXPIRED");
            assertThat(entryStatus(mvc, first)).isEqualTo("ACTIVE");
            Map<String, Object> passedOn = latestOffer(mvc, second);
            assertThat(passedOn).containsEntry("status", "OPEN").containsEntry("start", iso(at(day, "09:00")))
                    .containsEntry("therapistId", theo);
            assertThat(offerMailsTo(jdbc, emailOf(mvc, secondClient))).singleElement().asString()
                    .contains("/waitlist/offers/" + passedOn.get("id"));
            assertThat(offerCount(jdbc, first)).isEqualTo(1);
            assertThat(offerCount(jdbc, second)).isEqualTo(1);

            MvcTestResult late = mvc.post().uri("/api/v1/waitlist/offers/{id}/accept", firstOffer)
                    .with(Demo.basic(Demo.DESK)).exchange();
            assertThat(late).hasStatus(409).bodyJson().isLenientlyEqualTo("""
                    {"type":"urn:stillpoint:problem:waitlist-offer-expired"}""");
        }

        @Test
        void acceptingBooksTheSlotForTheClientAndFulfilsTheEntry() {
            LocalDate day = WaitlistTest.Days.next();
            String consultation = sessionType(mvc, CONSULTATION);
            String theo = therapist(mvc, THEO);
            String client = demoClientId(mvc);
            String entry = joined(mvc, Demo.basic(Demo.CLIENT),
                    entryJson(null, consultation, theo, day, day, "AFTERNOON"));
            freeUp(mvc, consultation, theo, at(day, "14:00"));
            String offer = (String) latestOffer(mvc, entry).get("id");

            assertThat(mvc.get().uri("/api/v1/waitlist/offers/{id}", offer).with(Demo.basic(Demo.OWNER)))
                    .hasStatusOk();
            MvcTestResult accepted = mvc.post().uri("/api/v1/waitlist/offers/{id}/accept", offer)
                    .with(Demo.basic(Demo.CLIENT)).exchange();
            MvcTestResult twice = mvc.post().uri("/api/v1/waitlist/offers/{id}/accept", offer)
                    .with(Demo.basic(Demo.CLIENT)).exchange();

            assertThat(accepted).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("ACCEPTED");
            String appointment = Json.read(accepted, "$.appointmentId");
            assertThat(mvc.get().uri("/api/v1/appointments/{id}", appointment).with(Demo.basic(Demo.CLIENT)))
                    .hasStatusOk().bodyJson().isLenientlyEqualTo("""
                            {"clientId":"%s","therapistId":"%s","start":"%s","status":"BOOKED"}"""
                            .formatted(client, theo, iso(at(day, "14:00"))));
            assertThat(twice).hasStatusOk().bodyJson().extractingPath("$.appointmentId").isEqualTo(appointment);
            assertThat(jdbc.sql("""
                    SELECT COUNT(*) FROM appointment WHERE client_id = CAST(:c AS UUID) AND status = 'BOOKED'
                      AND start_at = :start""").param("c", client).param("start", at(day, "14:00"))
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(entryStatus(mvc, entry)).isEqualTo("FULFILLED");
        }

        @Test
        void aClientIsNotOfferedATimeAtWhichTheyAlreadyHaveAnAppointment() {
            LocalDate day = WaitlistTest.Days.next();
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String busyClient = newClient(mvc);
            booked(mvc, Demo.basic(Demo.DESK), busyClient, massage, therapist(mvc, NINA), at(day, "10:00"));
            String busy = joined(mvc, Demo.basic(Demo.DESK),
                    entryJson(busyClient, massage, null, day, day, "MORNING"));
            String next = joined(mvc, Demo.basic(Demo.DESK),
                    entryJson(newClient(mvc), massage, null, day, day, "MORNING"));

            freeUp(mvc, massage, therapist(mvc, THEO), at(day, "10:00"));

            assertThat(latestOffer(mvc, busy)).isNull();
            assertThat(latestOffer(mvc, next)).containsEntry("status", "OPEN")
                    .containsEntry("start", iso(at(day, "10:00")));
        }

        @Test
        void anOfferForATimeTheClientHasBookedElsewhereSinceStaysOpen() {
            LocalDate day = WaitlistTest.Days.next();
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String client = newClient(mvc);
            String entry = joined(mvc, Demo.basic(Demo.DESK), entryJson(client, massage, null, day, day, "MORNING"));
            freeUp(mvc, massage, therapist(mvc, THEO), at(day, "10:00"));
            String offer = (String) latestOffer(mvc, entry).get("id");
            booked(mvc, Demo.basic(Demo.DESK), client, massage, therapist(mvc, NINA), at(day, "10:00"));

            MvcTestResult busy = mvc.post().uri("/api/v1/waitlist/offers/{id}/accept", offer)
                    .with(Demo.basic(Demo.DESK)).exchange();

            assertThat(busy).hasStatus(409).bodyJson().isLenientlyEqualTo("""
                    {"type":"urn:stillpoint:problem:slot-taken","obstacle":"CLIENT_BUSY"}""");
            assertThat(latestOffer(mvc, entry)).containsEntry("id", offer).containsEntry("status", "OPEN");
            assertThat(entryStatus(mvc, entry)).isEqualTo("ACTIVE");
        }

        @Test
        void anotherClientsOfferIsNotFound() {
            LocalDate day = WaitlistTest.Days.next();
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String theo = therapist(mvc, THEO);
            String entry = joined(mvc, Demo.basic(Demo.DESK),
                    entryJson(newClient(mvc), massage, theo, day, day, "MORNING"));
            freeUp(mvc, massage, theo, at(day, "11:00"));
            String offer = (String) latestOffer(mvc, entry).get("id");

            assertThat(mvc.get().uri("/api/v1/waitlist/offers/{id}", offer).with(Demo.basic(Demo.CLIENT)))
                    .hasStatus(404);
            assertThat(mvc.post().uri("/api/v1/waitlist/offers/{id}/accept", offer).with(Demo.basic(Demo.CLIENT)))
                    .hasStatus(404);
            assertThat(mvc.post().uri("/api/v1/waitlist/offers/{id}/decline", offer).with(Demo.basic(Demo.CLIENT)))
                    .hasStatus(404);
            assertThat(mvc.get().uri("/api/v1/waitlist/offers/{id}", UUID.randomUUID())
                    .with(Demo.basic(Demo.DESK))).hasStatus(404);
            assertThat(latestOffer(mvc, entry)).containsEntry("status", "OPEN");
        }

        @Test
        void decliningPassesTheSlotOnAndASlotTakenMeanwhileIsSaidKindly() {
            LocalDate day = WaitlistTest.Days.next();
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String theo = therapist(mvc, THEO);
            String first = joined(mvc, Demo.basic(Demo.DESK),
                    entryJson(newClient(mvc), massage, theo, day, day, "AFTERNOON"));
            String second = joined(mvc, Demo.basic(Demo.DESK),
                    entryJson(newClient(mvc), massage, theo, day, day, "AFTERNOON"));
            freeUp(mvc, massage, theo, at(day, "15:00"));
            String firstOffer = (String) latestOffer(mvc, first).get("id");

            assertThat(mvc.post().uri("/api/v1/waitlist/offers/{id}/decline", firstOffer)
                    .with(Demo.basic(Demo.DESK))).hasStatusOk().bodyJson().extractingPath("$.status")
                    .isEqualTo("DECLINED");
            String secondOffer = (String) latestOffer(mvc, second).get("id");
            assertThat(latestOffer(mvc, second)).containsEntry("status", "OPEN");
            booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), massage, theo, at(day, "15:00"));

            MvcTestResult taken = mvc.post().uri("/api/v1/waitlist/offers/{id}/accept", secondOffer)
                    .with(Demo.basic(Demo.DESK)).exchange();

            assertThat(taken).hasStatus(409).bodyJson().isLenientlyEqualTo("""
                    {"type":"urn:stillpoint:problem:waitlist-slot-taken"}""");
            assertThat(latestOffer(mvc, second)).containsEntry("status", "TAKEN");
            assertThat(entryStatus(mvc, second)).isEqualTo("ACTIVE");
            assertThat(entryStatus(mvc, first)).isEqualTo("ACTIVE");
        }

        @Test
        void withdrawingAnEntryWithAnOpenOfferPassesTheSlotOn() {
            LocalDate day = WaitlistTest.Days.next();
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String theo = therapist(mvc, THEO);
            String first = joined(mvc, Demo.basic(Demo.DESK),
                    entryJson(newClient(mvc), massage, theo, day, day, "MORNING"));
            String second = joined(mvc, Demo.basic(Demo.DESK),
                    entryJson(newClient(mvc), massage, null, day, day, "MORNING"));
            freeUp(mvc, massage, theo, at(day, "10:00"));
            String firstOffer = (String) latestOffer(mvc, first).get("id");

            MvcTestResult withdrawn = mvc.delete().uri("/api/v1/waitlist/{id}", first).with(Demo.basic(Demo.DESK))
                    .exchange();

            assertThat(withdrawn).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("WITHDRAWN");
            assertThat(latestOffer(mvc, first)).containsEntry("id", firstOffer).containsEntry("status", "WITHDRAWN");
            assertThat(latestOffer(mvc, second)).containsEntry("status", "OPEN")
                    .containsEntry("start", iso(at(day, "10:00")));
            assertThat(mvc.post().uri("/api/v1/waitlist/offers/{id}/accept", firstOffer).with(Demo.basic(Demo.DESK)))
                    .hasStatus(409);
        }

        @Test
        void twoInstancesOfferingTheSameFreedTimeAtOnceMakeOneOffer() throws Exception {
            LocalDate day = WaitlistTest.Days.next();
            String massage = sessionType(mvc, MEDICAL_MASSAGE);
            String theo = therapist(mvc, THEO);
            String first = joined(mvc, Demo.basic(Demo.DESK),
                    entryJson(newClient(mvc), massage, theo, day, day, "MORNING"));
            String second = joined(mvc, Demo.basic(Demo.DESK),
                    entryJson(newClient(mvc), massage, theo, day, day, "MORNING"));
            Instant start = at(day, "10:00").toInstant();
            Instant end = at(day, "11:00").toInstant();
            TherapistId therapist = new TherapistId(UUID.fromString(theo));

            CountDownLatch ready = new CountDownLatch(1);
            Callable<Optional<WaitlistOffer>> instance = () -> {
                ready.await();
                return offers.offerFreedTime(therapist, start, end);
            };
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Optional<WaitlistOffer>>> runs = List.of(pool.submit(instance), pool.submit(instance),
                        pool.submit(instance), pool.submit(instance));
                ready.countDown();
                long made = 0;
                for (Future<Optional<WaitlistOffer>> run : runs) {
                    made += run.get().isPresent() ? 1 : 0;
                }
                assertThat(made).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }

            assertThat(jdbc.sql("""
                    SELECT COUNT(*) FROM waitlist_offer WHERE therapist_id = CAST(:t AS UUID) AND slot_start < :end
                      AND slot_end > :start""").param("t", theo).param("start", at(day, "10:00"))
                    .param("end", at(day, "11:00")).query(Long.class).single()).isEqualTo(1);
            assertThat(latestOffer(mvc, first)).containsEntry("status", "OPEN");
            assertThat(latestOffer(mvc, second)).isNull();
        }

        }
}
