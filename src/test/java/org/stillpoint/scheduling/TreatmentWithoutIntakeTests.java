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
 * Without a module that answers for the intake (no {@link TreatmentEligibility} bean), nobody has checked the red
 * flags, so every treatment is refused with the reason; a free consultation needs no intake and is booked.
 */
@DemoClinicTest
class TreatmentWithoutIntakeTests {

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
                {"type":"urn:stillpoint:problem:treatment-blocked","reason":"intake-not-available"}""");
        assertThat(treatment).bodyJson().extractingPath("$.detail").asString().contains("intake");
        assertThat(consultation).hasStatus(201);
    }
}
