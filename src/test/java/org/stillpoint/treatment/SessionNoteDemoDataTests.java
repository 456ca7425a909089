package org.stillpoint.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stillpoint.scheduling.SchedulingTest;
import org.stillpoint.scheduling.SchedulingTestSetup;

/**
 * The demo clinic's notes: one signed note per attended past session (none for consultations), realistic and varied,
 * by the session's therapist with techniques they offer, within the session's length, and never an emergency.
 */
@SchedulingTest
class SessionNoteDemoDataTests {

    /** The demo as it was written: before any test moved the clock or wrote a note of its own. */
    private static final OffsetDateTime DEMO = SchedulingTestSetup.START.atOffset(ZoneOffset.UTC);

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyAttendedPastSessionHasASignedNoteAndNoConsultationHasOne() {
        long sessions = jdbc.sql("""
                SELECT COUNT(*) FROM appointment a JOIN session_type t ON t.id = a.session_type_id
                 WHERE a.status = 'COMPLETED' AND t.kind <> 'CONSULTATION' AND a.end_at < :demo""")
                .param("demo", DEMO).query(Long.class).single();
        long unsigned = jdbc.sql("""
                SELECT COUNT(*) FROM appointment a JOIN session_type t ON t.id = a.session_type_id
                 WHERE a.status = 'COMPLETED' AND t.kind <> 'CONSULTATION' AND a.end_at < :demo
                   AND NOT EXISTS (SELECT 1 FROM session_note n WHERE n.appointment_id = a.id
                                      AND n.status = 'SIGNED' AND n.signed_at < :demo)""")
                .param("demo", DEMO).query(Long.class).single();
        long onConsultations = jdbc.sql("""
                SELECT COUNT(*) FROM session_note n JOIN appointment a ON a.id = n.appointment_id
                  JOIN session_type t ON t.id = a.session_type_id
                 WHERE t.kind = 'CONSULTATION' AND n.created_at < :demo""")
                .param("demo", DEMO).query(Long.class).single();

        assertThat(sessions).isGreaterThan(50);
        assertThat(unsigned).isZero();
        assertThat(onConsultations).isZero();
    }

    @Test
    void theNotesAreByTheSessionsTherapistWithTechniquesTheyOfferAndFitTheSession() {
        List<Map<String, Object>> wrong = jdbc.sql("""
                SELECT n.appointment_id FROM session_note n
                  JOIN appointment a ON a.id = n.appointment_id
                  JOIN therapist th ON th.id = a.therapist_id
                 WHERE n.signed_at < :demo
                   AND (n.therapist_id <> a.therapist_id OR n.client_id <> a.client_id OR n.signed_by <> th.account_id
                        OR n.appointment_start <> a.start_at OR n.appointment_end <> a.end_at
                        OR EXISTS (SELECT 1 FROM session_note_block b WHERE b.appointment_id = n.appointment_id
                                     AND NOT EXISTS (SELECT 1 FROM therapist_technique tt
                                                      WHERE tt.therapist_id = a.therapist_id
                                                        AND tt.technique = b.technique))
                        OR (SELECT COALESCE(SUM(b.minutes), 0) FROM session_note_block b
                             WHERE b.appointment_id = n.appointment_id)
                           > (SELECT t.minutes FROM session_type t WHERE t.id = a.session_type_id)
                        OR NOT EXISTS (SELECT 1 FROM session_note_block b WHERE b.appointment_id = n.appointment_id))""")
                .param("demo", DEMO).query().listOfRows();

        assertThat(wrong).isEmpty();
    }

    @Test
    void painAndAdverseEventsVaryButNoneIsAnEmergency() {
        List<Integer> drops = jdbc.sql("""
                SELECT DISTINCT pain_before - pain_after FROM session_note WHERE signed_at < :demo""")
                .param("demo", DEMO).query(Integer.class).list();
        List<String> events = jdbc.sql("""
                SELECT e.event FROM session_note_adverse_event e JOIN session_note n
                    ON n.appointment_id = e.appointment_id WHERE n.signed_at < :demo""")
                .param("demo", DEMO).query(String.class).list();

        assertThat(drops).hasSizeGreaterThan(3).contains(0);
        assertThat(events).contains("SORENESS").doesNotContain("SUDDEN_NECK_PAIN", "NEW_HEADACHE", "DIZZINESS",
                "VISUAL_CHANGE", "SPEECH_CHANGE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM session_note WHERE emergency_reported_at IS NOT NULL "
                + "AND signed_at < :demo").param("demo", DEMO).query(Long.class).single()).isZero();
    }
}
