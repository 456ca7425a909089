package org.stillpoint.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stillpoint.scheduling.SchedulingFixtures.CONSULTATION;
import static org.stillpoint.scheduling.SchedulingFixtures.MEDICAL_MASSAGE;
import static org.stillpoint.scheduling.SchedulingFixtures.THEO;
import static org.stillpoint.scheduling.SchedulingFixtures.availability;
import static org.stillpoint.scheduling.SchedulingFixtures.book;
import static org.stillpoint.scheduling.SchedulingFixtures.newClient;
import static org.stillpoint.scheduling.SchedulingFixtures.sessionType;
import static org.stillpoint.scheduling.SchedulingFixtures.therapist;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;

/**
 * The intake answers for treatment (clinical-reference §5): a client who has not submitted an intake cannot be
 * booked for treatment, and the answer says why; a free consultation needs no intake and is booked.
 */
@DemoClinicTest
class TreatmentAndIntakeTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Scheduling scheduling;

    @Test
    void treatmentIsRefusedUntilTheIntakeAnswersButAConsultationIsBooked() {
        String client = newClient(mvc);
        String theo = therapist(mvc, THEO);
        LocalDate today = scheduling.today();
        List<Map<String, Object>> free = availability(mvc, null, sessionType(mvc, CONSULTATION), today,
                today.plusDays(13), "therapist", theo);
        assertThat(free).isNotEmpty();
        OffsetDateTime start = OffsetDateTime.parse((String) free.get(free.size() - 1).get("start"));

        MvcTestResult treatment = book(mvc, Demo.basic(Demo.DESK), client, sessionType(mvc, MEDICAL_MASSAGE), theo,
                start);
        MvcTestResult consultation = book(mvc, Demo.basic(Demo.DESK), client, sessionType(mvc, CONSULTATION), theo,
                start);

        assertThat(treatment).hasStatus(422).bodyJson().isLenientlyEqualTo("""
                {"type":"urn:stillpoint:problem:treatment-blocked","reason":"intake-missing"}""");
        assertThat(treatment).bodyJson().extractingPath("$.detail").asString().contains("intake");
        assertThat(consultation).hasStatus(201);
    }

    @Test
    void aClientWhoseIntakeAllowsTreatmentIsBooked() throws Exception {
        String client = mvc.get().uri("/api/v1/me").with(Demo.basic(Demo.CLIENT)).exchange().getResponse()
                .getContentAsString().replaceAll(".*\"clientId\":\"([^\"]+)\".*", "$1");
        String theo = therapist(mvc, THEO);
        LocalDate today = scheduling.today();
        String massage = sessionType(mvc, MEDICAL_MASSAGE);
        List<Map<String, Object>> free = availability(mvc, null, massage, today, today.plusDays(13), "therapist",
                theo);
        assertThat(free).isNotEmpty();
        OffsetDateTime start = OffsetDateTime.parse((String) free.get(0).get("start"));

        assertThat(book(mvc, Demo.basic(Demo.DESK), client, massage, theo, start)).hasStatus(201);
    }
}
