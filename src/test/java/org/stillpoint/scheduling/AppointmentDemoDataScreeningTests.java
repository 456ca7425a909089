package org.stillpoint.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stillpoint.support.DemoClinicTest;

/** The demo appointments follow the real intake screening: nobody it stops is booked for hands-on work. */
@DemoClinicTest
class AppointmentDemoDataScreeningTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aClientWhoseIntakeAdvisedEmergencyCareHasAConsultationOnly() {
        List<String> kinds = jdbc.sql("""
                SELECT t.kind FROM appointment a JOIN session_type t ON t.id = a.session_type_id
                  JOIN client c ON c.id = a.client_id WHERE c.last_name = 'Hussain'""")
                .query(String.class).list();
        assertThat(kinds).containsOnly("CONSULTATION").isNotEmpty();
    }

    @Test
    void clientsWithoutClearanceHaveNoHandsOnSessions() {
        // Jonas Berg: URGENT, not cleared yet (IntakeDemoData).
        List<String> kinds = jdbc.sql("""
                SELECT t.kind FROM appointment a JOIN session_type t ON t.id = a.session_type_id
                  JOIN client c ON c.id = a.client_id WHERE c.last_name = 'Berg'""")
                .query(String.class).list();
        assertThat(kinds).containsOnly("CONSULTATION").isNotEmpty();
    }
}
