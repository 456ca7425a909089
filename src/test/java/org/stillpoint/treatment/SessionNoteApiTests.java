package org.stillpoint.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stillpoint.scheduling.SchedulingFixtures.MEDICAL_MASSAGE;
import static org.stillpoint.scheduling.SchedulingFixtures.NINA;
import static org.stillpoint.scheduling.SchedulingFixtures.NINA_ACCOUNT;
import static org.stillpoint.scheduling.SchedulingFixtures.at;
import static org.stillpoint.scheduling.SchedulingFixtures.booked;
import static org.stillpoint.scheduling.SchedulingFixtures.sessionType;
import static org.stillpoint.scheduling.SchedulingFixtures.therapist;
import static org.stillpoint.treatment.NoteFixtures.COMPLETE;
import static org.stillpoint.treatment.NoteFixtures.NOTES;
import static org.stillpoint.treatment.NoteFixtures.attendedWithoutNote;
import static org.stillpoint.treatment.NoteFixtures.futureWithTheo;
import static org.stillpoint.treatment.NoteFixtures.get;
import static org.stillpoint.treatment.NoteFixtures.post;
import static org.stillpoint.treatment.NoteFixtures.signedByTheDemo;
import static org.stillpoint.treatment.NoteFixtures.startedWithTheo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.clinic.Technique;
import org.stillpoint.scheduling.AppointmentCompleted;
import org.stillpoint.scheduling.SchedulingTest;
import org.stillpoint.scheduling.TestDays;
import org.stillpoint.support.AdjustableClock;
import org.stillpoint.support.Demo;
import org.stillpoint.support.Json;

/**
 * {@code /api/v1/appointments/{id}/note}: drafts, signing, amendments, who may read and write, bad input, and the
 * emergency of clinical-reference §6.2. In the scheduling tests' demo clinic, whose clock stands still until a test
 * moves it forward.
 */
@SchedulingTest
@RecordApplicationEvents
class SessionNoteApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AdjustableClock clock;

    @Autowired
    ApplicationEvents events;

    @Nested
    class Drafts {

        @Test
        void theTherapistSavesADraftAndReplacesItWholeWithItsBlocksStoredAsRows() {
            String id = futureWithTheo(mvc, TestDays.next());

            MvcTestResult first = post(mvc, NOTES, id, Demo.THERAPIST, COMPLETE);
            MvcTestResult second = post(mvc, NOTES, id, Demo.THERAPIST, """
                    {"subjective":"Only a headache today.","painBefore":4,
                     "blocks":[{"technique":"SWEDISH","area":"SHOULDERS","minutes":30,"pressure":2}]}""");

            assertThat(first).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                    {"status":"DRAFT","painBefore":6,"painAfter":3,"adverseEvents":["SORENESS"],"emergency":false,
                     "nextSession":{"every":2,"unit":"WEEKS","note":"Same time"}}""");
            assertThat(second).hasStatusOk();
            MvcTestResult read = get(mvc, NOTES, id, Demo.THERAPIST);
            assertThat(read).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                    {"appointmentId":"%s","status":"DRAFT","subjective":"Only a headache today.","painBefore":4,
                     "painAfter":null,"findings":[],"adverseEvents":[],"nextSession":null,"signedAt":null,
                     "blocks":[{"technique":"SWEDISH","area":"SHOULDERS","minutes":30,"pressure":2}]}"""
                    .formatted(id));
            assertThat(jdbc.sql("SELECT technique, minutes FROM session_note_block WHERE appointment_id = ?")
                    .param(UUID.fromString(id)).query().listOfRows())
                    .singleElement().satisfies(row -> assertThat(row).containsEntry("technique", "SWEDISH")
                            .containsEntry("minutes", 30));
        }

        @Test
        void theOwnerWritesAnyNoteToo() {
            String id = futureWithTheo(mvc, TestDays.next());

            assertThat(post(mvc, NOTES, id, Demo.OWNER, "{\"painBefore\":2}")).hasStatusOk();
            assertThat(get(mvc, NOTES, id, Demo.THERAPIST)).hasStatusOk().bodyJson()
                    .extractingPath("$.painBefore").isEqualTo(2);
        }
    }

    @Nested
    class Signing {

        @Test
        void signingCompletesTheStartedAppointmentAndPublishesSessionDocumented() {
            String id = startedWithTheo(mvc, clock);
            assertThat(post(mvc, NOTES, id, Demo.THERAPIST, """
                    {"painBefore":7,"painAfter":4,
                     "blocks":[{"technique":"SWEDISH","area":"SCALP","minutes":10,"pressure":1},
                               {"technique":"MEDICAL_MASSAGE","area":"SHOULDERS","minutes":15,"pressure":2}]}"""))
                    .hasStatusOk();

            MvcTestResult signed = mvc.post().uri(NOTES + "/sign", id).with(Demo.basic(Demo.THERAPIST)).exchange();

            assertThat(signed).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                    {"status":"SIGNED","signedBy":"Theo Marsh","painBefore":7,"painAfter":4}""");
            assertThat(Json.<String>read(signed, "$.signedAt")).isNotBlank();
            assertThat(get(mvc, "/api/v1/appointments/{id}", id, Demo.DESK)).bodyJson()
                    .extractingPath("$.status").isEqualTo("COMPLETED");
            assertThat(events.stream(AppointmentCompleted.class)).singleElement()
                    .satisfies(e -> assertThat(e.appointment().toString()).isEqualTo(id));
            assertThat(events.stream(SessionDocumented.class)).singleElement().satisfies(documented -> {
                assertThat(documented.appointment().toString()).isEqualTo(id);
                assertThat(documented.therapist().toString()).isEqualTo(therapist(mvc, "Theo Marsh"));
                assertThat(documented.painBefore()).isEqualTo(7);
                assertThat(documented.painAfter()).isEqualTo(4);
                assertThat(documented.signedAt()).isEqualTo(clock.instant());
                assertThat(documented.blocks()).containsExactly(
                        new BlockDone(Technique.SWEDISH, BodyArea.SCALP, 10, 1),
                        new BlockDone(Technique.MEDICAL_MASSAGE, BodyArea.SHOULDERS, 15, 2));
            });
        }

        @Test
        void anAttendedAppointmentIsNotRecordedAgainAndTheBodySignedIsSaved() {
            Map<String, Object> consultation = attendedWithoutNote(mvc);
            String id = (String) consultation.get("id");

            MvcTestResult signed = post(mvc, NOTES + "/sign", id, Demo.THERAPIST, """
                    {"subjective":"Wants to try a series.","painBefore":3,"painAfter":3}""");

            assertThat(signed).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                    {"status":"SIGNED","subjective":"Wants to try a series.","clientId":"%s"}"""
                    .formatted(consultation.get("clientId")));
            assertThat(events.stream(AppointmentCompleted.class)).isEmpty();
            assertThat(events.stream(SessionDocumented.class)).singleElement()
                    .satisfies(e -> assertThat(e.blocks()).isEmpty());
        }

        @Test
        void anIncompleteNoteIs422NamingTheMissingFieldsAndStaysADraft() {
            String id = futureWithTheo(mvc, TestDays.next());
            post(mvc, NOTES, id, Demo.THERAPIST, "{\"subjective\":\"Tired.\"}");

            MvcTestResult empty = mvc.post().uri(NOTES + "/sign", id).with(Demo.basic(Demo.THERAPIST)).exchange();
            MvcTestResult halfGiven = post(mvc, NOTES + "/sign", id, Demo.THERAPIST,
                    "{\"subjective\":\"Changed\",\"painBefore\":5}");

            assertThat(empty).hasStatus(422).hasContentType("application/problem+json").bodyJson()
                    .extractingPath("$.type").isEqualTo("urn:stillpoint:problem:note-incomplete");
            assertThat(Json.<List<String>>read(empty, "$.errors[*].field")).containsExactly("painBefore", "painAfter");
            assertThat(Json.<List<String>>read(empty, "$.errors[*].message")).allSatisfy(m -> assertThat(m).isNotBlank());
            assertThat(Json.<List<String>>read(halfGiven, "$.errors[*].field")).containsExactly("painAfter");
            assertThat(get(mvc, NOTES, id, Demo.THERAPIST)).bodyJson().isLenientlyEqualTo("""
                    {"status":"DRAFT","subjective":"Tired.","painBefore":null}""");
            assertThat(events.stream(SessionDocumented.class)).isEmpty();
        }

        @Test
        void anEmergencyIsKeptAndReportedEvenWhenSigningIsRefusedForAMissingScore() {
            String id = futureWithTheo(mvc, TestDays.next());
            int before = emergencyMails();

            MvcTestResult refused = post(mvc, NOTES + "/sign", id, Demo.THERAPIST, """
                    {"painBefore":4,"adverseEvents":["SUDDEN_NECK_PAIN","DIZZINESS"]}""");

            assertThat(refused).hasStatus(422);
            assertThat(Json.<List<String>>read(refused, "$.errors[*].field")).containsExactly("painAfter");
            assertThat(get(mvc, NOTES, id, Demo.THERAPIST)).bodyJson().isLenientlyEqualTo("""
                    {"status":"DRAFT","emergency":true}""");
            assertThat(emergencyMails()).isGreaterThan(before);
            assertThat(events.stream(SessionDocumented.class)).isEmpty();
        }

        @Test
        void aSessionThatHasNotStartedCannotBeSignedAndNothingIsSaved() {
            String id = futureWithTheo(mvc, TestDays.next());

            MvcTestResult early = post(mvc, NOTES + "/sign", id, Demo.THERAPIST, COMPLETE);

            assertThat(early).hasStatus(422).bodyJson().extractingPath("$.type")
                    .isEqualTo("urn:stillpoint:problem:appointment-not-started");
            assertThat(get(mvc, NOTES, id, Demo.THERAPIST)).hasStatus(404);
            assertThat(get(mvc, "/api/v1/appointments/{id}", id, Demo.DESK)).bodyJson()
                    .extractingPath("$.status").isEqualTo("BOOKED");
        }
    }

    @Nested
    class SignedNotes {

        @Test
        void cannotBeEditedOrSignedAgain() {
            String id = signedByTheDemo(mvc, 0);
            String before = Json.body(get(mvc, NOTES, id, Demo.THERAPIST));

            MvcTestResult edit = post(mvc, NOTES, id, Demo.THERAPIST, COMPLETE);
            MvcTestResult again = mvc.post().uri(NOTES + "/sign", id).with(Demo.basic(Demo.OWNER)).exchange();

            assertThat(edit).hasStatus(409).hasContentType("application/problem+json").bodyJson()
                    .extractingPath("$.type").isEqualTo("urn:stillpoint:problem:note-signed");
            assertThat(again).hasStatus(409);
            assertThat(Json.body(get(mvc, NOTES, id, Demo.THERAPIST))).isEqualTo(before);
        }

        @Test
        void anAmendmentIsKeptBesideTheUnchangedOriginal() {
            String id = signedByTheDemo(mvc, 1);
            Map<String, Object> original = Json.read(get(mvc, NOTES, id, Demo.THERAPIST), "$");

            MvcTestResult amended = post(mvc, NOTES + "/amendments", id, Demo.THERAPIST, """
                    {"reason":"Pain after was written down wrong","text":"The client said 1, not what I wrote.",
                     "painAfter":1}""");

            assertThat(amended).hasStatus(201).bodyJson().isLenientlyEqualTo("""
                    {"number":1,"reason":"Pain after was written down wrong","painAfter":1,"painBefore":null,
                     "blocks":null,"writtenBy":"Theo Marsh"}""");
            MvcTestResult read = get(mvc, NOTES, id, Demo.THERAPIST);
            assertThat(read).bodyJson().isLenientlyEqualTo("""
                    {"status":"SIGNED","painAfter":%s,"painBefore":%s,"current":{"painAfter":1,"painBefore":%s},
                     "amendments":[{"number":1,"text":"The client said 1, not what I wrote."}]}"""
                    .formatted(original.get("painAfter"), original.get("painBefore"), original.get("painBefore")));
            assertThat(Json.<Object>read(read, "$.blocks")).isEqualTo(original.get("blocks"));
            assertThat(get(mvc, NOTES + "/amendments", id, Demo.OWNER)).hasStatusOk().bodyJson()
                    .extractingPath("$[0].number").isEqualTo(1);
            assertThat(events.stream(SessionNoteAmended.class)).singleElement()
                    .satisfies(e -> assertThat(e.painAfter()).isEqualTo(1));
        }

        @Test
        void anAmendmentNeedsAReasonAndACorrectionAndADraftIsEditedInstead() {
            String signed = signedByTheDemo(mvc, 2);
            String draft = futureWithTheo(mvc, TestDays.next());
            post(mvc, NOTES, draft, Demo.THERAPIST, "{\"painBefore\":3}");

            MvcTestResult noReason = post(mvc, NOTES + "/amendments", signed, Demo.THERAPIST, "{\"painAfter\":2}");
            MvcTestResult nothing = post(mvc, NOTES + "/amendments", signed, Demo.THERAPIST, "{\"reason\":\"x\"}");
            MvcTestResult onADraft = post(mvc, NOTES + "/amendments", draft, Demo.THERAPIST,
                    "{\"reason\":\"x\",\"text\":\"y\"}");

            assertThat(noReason).hasStatus(400);
            assertThat(Json.<List<String>>read(noReason, "$.errors[*].field")).containsExactly("reason");
            assertThat(nothing).hasStatus(400);
            assertThat(onADraft).hasStatus(409).bodyJson().extractingPath("$.type")
                    .isEqualTo("urn:stillpoint:problem:note-not-signed");
            assertThat(Json.<List<Object>>read(get(mvc, NOTES, signed, Demo.OWNER), "$.amendments")).isEmpty();
        }
    }

    @Nested
    class BadInput {

        @Test
        void isRefusedWith400NamingEachFieldAndNothingIsSaved() {
            String id = futureWithTheo(mvc, TestDays.next());

            MvcTestResult bad = post(mvc, NOTES, id, Demo.THERAPIST, """
                    {"painBefore":11,"painAfter":-1,
                     "blocks":[{"technique":"MEDICAL_MASSAGE","area":"SHOULDERS","minutes":40,"pressure":6},
                               {"technique":"SWEDISH","area":"SCALP","minutes":30,"pressure":2}]}""");

            assertThat(bad).hasStatus(400).hasContentType("application/problem+json");
            assertThat(Json.<List<String>>read(bad, "$.errors[*].field"))
                    .containsExactlyInAnyOrder("painBefore", "painAfter", "blocks[0].pressure", "blocks");
            assertThat(get(mvc, NOTES, id, Demo.THERAPIST)).hasStatus(404);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM session_note_block WHERE appointment_id = ?")
                    .param(UUID.fromString(id)).query(Long.class).single()).isZero();
        }

        @Test
        void aBadReplacementLeavesTheSavedDraftAsItWas() {
            String id = futureWithTheo(mvc, TestDays.next());
            post(mvc, NOTES, id, Demo.THERAPIST, COMPLETE);

            assertThat(post(mvc, NOTES, id, Demo.THERAPIST, """
                    {"painBefore":2,"blocks":[{"technique":"SWEDISH","area":"SCALP","minutes":61,"pressure":2}]}"""))
                    .hasStatus(400);
            assertThat(post(mvc, NOTES, id, Demo.THERAPIST, "{\"painBefore\":\"high\"}")).hasStatus(400);
            assertThat(post(mvc, NOTES, id, Demo.THERAPIST, "{\"adverseEvents\":[\"FAINTED\"]}")).hasStatus(400);
            assertThat(get(mvc, NOTES, id, Demo.THERAPIST)).bodyJson().isLenientlyEqualTo("""
                    {"painBefore":6,"painAfter":3}""");
            assertThat(Json.<List<Object>>read(get(mvc, NOTES, id, Demo.THERAPIST), "$.blocks")).hasSize(3);
        }

        @Test
        void aCancelledAppointmentTakesNoNote() {
            String id = futureWithTheo(mvc, TestDays.next());
            assertThat(mvc.post().uri("/api/v1/appointments/{id}/cancel", id).with(Demo.basic(Demo.DESK)))
                    .hasStatusOk();

            MvcTestResult refused = post(mvc, NOTES, id, Demo.THERAPIST, COMPLETE);

            assertThat(refused).hasStatus(409).bodyJson().extractingPath("$.type")
                    .isEqualTo("urn:stillpoint:problem:note-appointment-closed");
            assertThat(Json.<String>read(refused, "$.detail")).contains("cancelled");
        }
    }

    @Nested
    class Access {

        @Test
        void anotherTherapistGets404UntilTheyCareForTheClient() {
            LocalDate day = TestDays.next();
            String id = futureWithTheo(mvc, day);
            post(mvc, NOTES, id, Demo.THERAPIST, COMPLETE);
            String client = Json.read(get(mvc, NOTES, id, Demo.THERAPIST), "$.clientId");

            assertThat(post(mvc, NOTES, id, NINA_ACCOUNT, COMPLETE)).hasStatus(404);
            assertThat(get(mvc, NOTES, id, NINA_ACCOUNT)).hasStatus(404);

            booked(mvc, Demo.basic(Demo.DESK), client, sessionType(mvc, MEDICAL_MASSAGE), therapist(mvc, NINA),
                    at(TestDays.next(), "10:00"));
            assertThat(get(mvc, NOTES, id, NINA_ACCOUNT)).hasStatusOk().bodyJson()
                    .extractingPath("$.painBefore").isEqualTo(6);
            assertThat(post(mvc, NOTES, id, NINA_ACCOUNT, COMPLETE)).as("a treating therapist reads, never writes")
                    .hasStatus(404);
        }

        @Test
        void theClientNeverReadsNotesNotEvenOfTheirOwnSessions() {
            String own = signedByTheDemo(mvc, 3);
            String someoneElses = futureWithTheo(mvc, TestDays.next());
            post(mvc, NOTES, someoneElses, Demo.THERAPIST, COMPLETE);

            assertThat(get(mvc, NOTES, own, Demo.CLIENT)).hasStatus(404).hasContentType("application/problem+json");
            assertThat(get(mvc, NOTES + "/amendments", own, Demo.CLIENT)).hasStatus(404);
            assertThat(get(mvc, NOTES, someoneElses, Demo.CLIENT)).hasStatus(404);
            assertThat(post(mvc, NOTES, own, Demo.CLIENT, COMPLETE)).hasStatus(404);
            assertThat(post(mvc, NOTES + "/amendments", own, Demo.CLIENT, "{\"reason\":\"x\",\"text\":\"y\"}"))
                    .hasStatus(404);
        }

        @Test
        void theFrontDeskNeitherReadsNorWritesNotesAndTheAttemptIsAudited() {
            String id = signedByTheDemo(mvc, 4);
            String client = Json.read(get(mvc, NOTES, id, Demo.OWNER), "$.clientId");
            long refusedBefore = audited(Demo.DESK, client, "DENIED");

            assertThat(get(mvc, NOTES, id, Demo.DESK)).hasStatus(404);
            assertThat(post(mvc, NOTES, id, Demo.DESK, COMPLETE)).hasStatus(404);

            assertThat(audited(Demo.DESK, client, "DENIED")).isEqualTo(refusedBefore + 1);
        }

        @Test
        void everyReadByStaffIsAudited() {
            String id = signedByTheDemo(mvc, 5);
            String client = Json.read(get(mvc, NOTES, id, Demo.OWNER), "$.clientId");
            long therapistBefore = audited(Demo.THERAPIST, client, "SUCCESS");
            long ownerBefore = audited(Demo.OWNER, client, "SUCCESS");

            assertThat(get(mvc, NOTES, id, Demo.THERAPIST)).hasStatusOk();
            assertThat(get(mvc, NOTES + "/amendments", id, Demo.OWNER)).hasStatusOk();

            assertThat(audited(Demo.THERAPIST, client, "SUCCESS")).isEqualTo(therapistBefore + 1);
            assertThat(audited(Demo.OWNER, client, "SUCCESS")).isEqualTo(ownerBefore + 1);
        }
    }

    @Nested
    class Emergency {

        @Test
        void suddenNeckPainWithDizzinessIsRecordedAndTellsTheOwnerAndTheFrontDeskOnce() {
            LocalDate day = TestDays.next();
            String id = futureWithTheo(mvc, day);
            List<String> staff = jdbc.sql("""
                    SELECT email FROM account WHERE active = TRUE AND role IN ('OWNER', 'FRONT_DESK')""")
                    .query(String.class).list();
            String emergency = "{\"painBefore\":5,\"adverseEvents\":[\"SUDDEN_NECK_PAIN\",\"DIZZINESS\"]}";

            MvcTestResult saved = post(mvc, NOTES, id, Demo.THERAPIST, emergency);
            post(mvc, NOTES, id, Demo.THERAPIST, emergency);

            assertThat(saved).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                    {"emergency":true,"current":{"emergency":true}}""");
            assertThat(Json.<String>read(saved, "$.emergencyReportedAt")).isNotBlank();
            List<Map<String, Object>> mails = jdbc.sql("""
                    SELECT recipient, subject, body FROM mail_outbox WHERE body LIKE :link""")
                    .param("link", "%/desk/day?date=" + day + "%").query().listOfRows();
            assertThat(mails).extracting(m -> m.get("recipient")).containsExactlyInAnyOrderElementsOf(staff);
            assertThat(mails).extracting(m -> (String) m.get("body"))
                    .noneMatch(body -> body.contains("Robin") || body.contains("Hale") || body.contains("neck"));
        }

        @Test
        void ordinaryAdverseEventsAreRecordedWithoutTheEmergencyPath() {
            LocalDate day = TestDays.next();
            String id = futureWithTheo(mvc, day);

            MvcTestResult saved = post(mvc, NOTES, id, Demo.THERAPIST, """
                    {"adverseEvents":["SORENESS","BRUISING","NAUSEA","HEADACHE_WORSE","SUDDEN_NECK_PAIN"]}""");

            assertThat(saved).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                    {"emergency":false,"emergencyReportedAt":null}""");
            assertThat(Json.<List<String>>read(saved, "$.adverseEvents")).containsExactly("SUDDEN_NECK_PAIN",
                    "BRUISING", "SORENESS", "NAUSEA", "HEADACHE_WORSE");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE body LIKE :link")
                    .param("link", "%/desk/day?date=" + day + "%").query(Long.class).single()).isZero();
        }
    }

    private long audited(String email, String client, String outcome) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM audit_log WHERE actor_email = ? AND action = 'READ'
                   AND record_type = 'session-note' AND record_id = ? AND outcome = ?""")
                .params(email, client, outcome).query(Long.class).single();
    }

    private int emergencyMails() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE subject = 'Emergency recorded in a session'")
                .query(Integer.class).single();
    }
}
