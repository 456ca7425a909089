package org.stillpoint.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stillpoint.clients.ClientId;
import org.stillpoint.intake.Intake;
import org.stillpoint.platform.Accounts;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.scheduling.SchedulingTest;
import org.stillpoint.scheduling.SchedulingTestSetup;
import org.stillpoint.support.Demo;

/**
 * The demo clinic's session plans: every attended past session of a client who may be treated has the plan its
 * therapist saved before it, agreed to by the client, which the contraindication engine lets through; the session's
 * note records the plan's blocks as done. (The scheduling tests let every client be booked, so clients whose
 * screening stops treatment have sessions here, without a plan: the engine refuses one. Other tests move this
 * context's clock, so a clearance the demo relied on may have run out by now: those clients are left out.)
 */
@SchedulingTest
class SessionPlanDemoDataTests {

    /** The demo as it was written: before any test moved the clock or saved a plan of its own. */
    private static final OffsetDateTime DEMO = SchedulingTestSetup.START.atOffset(ZoneOffset.UTC);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    SessionPlans plans;

    @Autowired
    Intake intake;

    @Test
    void everyAttendedPastSessionOfAClientWhoMayBeTreatedHasAPlanTheEngineLetsThrough() {
        List<Map<String, Object>> sessions = jdbc.sql("""
                SELECT a.id, a.client_id, (SELECT COUNT(*) FROM session_plan p WHERE p.appointment_id = a.id) AS plans
                  FROM appointment a JOIN session_type t ON t.id = a.session_type_id
                 WHERE a.status = 'COMPLETED' AND t.kind <> 'CONSULTATION' AND a.end_at < :demo""")
                .param("demo", DEMO).query().listOfRows();
        List<String> wrong = new ArrayList<>();
        int planned = asOwner(() -> {
            int checked = 0;
            for (Map<String, Object> session : sessions) {
                AppointmentId id = new AppointmentId((UUID) session.get("id"));
                boolean mayBeTreated = intake.treatmentClearance(new ClientId((UUID) session.get("client_id")))
                        .allowed();
                if (!mayBeTreated) {
                    continue;
                }
                if (((Number) session.get("plans")).intValue() != 1) {
                    wrong.add(id + " has no plan");
                    continue;
                }
                SessionVerdict verdict = plans.plan(id).verdict();
                if (verdict.blocks().isEmpty() || verdict.blocks().stream()
                        .anyMatch(b -> b.outcome() != BlockOutcome.OK)) {
                    wrong.add(id + " " + verdict);
                }
                checked++;
            }
            return checked;
        });

        assertThat(wrong).isEmpty();
        assertThat(planned).isGreaterThan(50);
    }

    @Test
    void eachNoteRecordsItsPlansBlocksAsDone() {
        List<Map<String, Object>> differing = jdbc.sql("""
                SELECT p.appointment_id FROM session_plan p
                 WHERE p.updated_at < :demo
                   AND ((SELECT COUNT(*) FROM session_plan_block b WHERE b.appointment_id = p.appointment_id)
                        <> (SELECT COUNT(*) FROM session_note_block n WHERE n.appointment_id = p.appointment_id)
                        OR EXISTS (SELECT 1 FROM session_plan_block b WHERE b.appointment_id = p.appointment_id
                                     AND NOT EXISTS (SELECT 1 FROM session_note_block n
                                                      WHERE n.appointment_id = b.appointment_id
                                                        AND n.position = b.position AND n.technique = b.technique
                                                        AND n.area = b.area AND n.minutes = b.minutes
                                                        AND n.pressure = b.pressure)))""")
                .param("demo", DEMO).query().listOfRows();
        long notedWithAPlan = jdbc.sql("""
                SELECT COUNT(*) FROM session_note n JOIN session_plan p ON p.appointment_id = n.appointment_id
                 WHERE n.signed_at < :demo""").param("demo", DEMO).query(Long.class).single();

        assertThat(differing).isEmpty();
        assertThat(notedWithAPlan).isGreaterThan(50);
    }

    @Test
    void theTherapistSavedEachPlanBeforeTheSessionTheClientAgreedAndTheSessionsOwnTechniqueIsInIt() {
        List<Map<String, Object>> wrong = jdbc.sql("""
                SELECT p.appointment_id FROM session_plan p
                  JOIN appointment a ON a.id = p.appointment_id
                  JOIN therapist th ON th.id = a.therapist_id
                  JOIN session_type t ON t.id = a.session_type_id
                 WHERE p.updated_at < :demo
                   AND (p.client_id <> a.client_id OR p.updated_by <> th.account_id OR p.updated_at >= a.start_at
                        OR p.agreed_version IS NULL OR p.agreed_version <> p.version OR p.agreed_at >= a.start_at
                        OR (t.required_technique IS NOT NULL
                            AND EXISTS (SELECT 1 FROM therapist_technique tt WHERE tt.therapist_id = a.therapist_id
                                          AND tt.technique = t.required_technique)
                            AND NOT EXISTS (SELECT 1 FROM session_plan_block b
                                             WHERE b.appointment_id = p.appointment_id
                                               AND b.technique = t.required_technique)))""")
                .param("demo", DEMO).query().listOfRows();
        List<String> techniques = jdbc.sql("""
                SELECT DISTINCT b.technique FROM session_plan_block b JOIN session_plan p
                    ON p.appointment_id = b.appointment_id WHERE p.updated_at < :demo""")
                .param("demo", DEMO).query(String.class).list();

        assertThat(wrong).isEmpty();
        assertThat(techniques).contains("SWEDISH", "MEDICAL_MASSAGE", "CRANIOSACRAL");
    }

    private <T> T asOwner(java.util.function.Supplier<T> work) {
        return accounts.actingAs(accounts.findByEmail(Demo.OWNER).orElseThrow().id(), work);
    }
}
