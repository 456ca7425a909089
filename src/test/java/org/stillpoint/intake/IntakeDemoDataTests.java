package org.stillpoint.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;

/** The demo clinic's intakes: one per demo client, mostly NONE or ROUTINE, two URGENT (one cleared), one EMERGENCY. */
@DemoClinicTest
class IntakeDemoDataTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Test
    void everyDemoClientHasAnIntakeWithTheIntendedSpreadOfTiers() {
        // The demo's intakes were sent at least a day ago; the other tests of this context send theirs now.
        Map<String, Long> tiers = jdbc.sql("SELECT tier FROM intake_version WHERE submitted_at < ?")
                .param(OffsetDateTime.now(ZoneOffset.UTC).minusHours(12)).query(String.class).list().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(tiers.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(30);
        assertThat(tiers).containsEntry("EMERGENCY", 1L).containsEntry("URGENT", 2L);
        assertThat(tiers.getOrDefault("NONE", 0L)).isGreaterThan(tiers.getOrDefault("ROUTINE", 0L)).isPositive();
        assertThat(tierOf("Hussain")).isEqualTo("EMERGENCY");
        assertThat(tierOf("Marino")).isEqualTo("URGENT");
        assertThat(tierOf("Berg")).isEqualTo("URGENT");
        assertThat(tierOf("Bennett")).isIn("NONE", "ROUTINE");
    }

    @Test
    void oneUrgentClientIsClearedAndTheOtherStillWaits() {
        assertThat(status("Marino")).isEqualTo("CLEARED");
        assertThat(status("Berg")).isEqualTo("BLOCKED");
        assertThat(status("Hussain")).isEqualTo("EMERGENCY");
    }

    @Test
    void theDemoClientSeesARoutineResultOnTheirOwnIntake() {
        String bennett = clientId("Bennett");

        assertThat(mvc.get().uri("/api/v1/clients/{id}/intake", bennett).with(Demo.basic(Demo.CLIENT)))
                .hasStatusOk().bodyJson().isLenientlyEqualTo("""
                        {"version": 1, "submittedByRole": "CLIENT",
                         "screening": {"tier": "ROUTINE", "flags": [{"code": "MEDICATION_OVERUSE_PATTERN"}]}}""");
        assertThat(Json.<List<Object>>read(mvc.get().uri("/api/v1/clients/{id}/scores", bennett)
                .with(Demo.basic(Demo.CLIENT)).exchange(), "$.midas")).hasSize(1);
    }

    private String tierOf(String lastName) {
        return jdbc.sql("SELECT v.tier FROM intake_version v JOIN client c ON c.id = v.client_id "
                + "WHERE c.last_name = ? AND v.version_number = 1").param(lastName).query(String.class).single();
    }

    private String status(String lastName) {
        return Json.read(mvc.get().uri("/api/v1/clients/{id}/treatment-clearance", clientId(lastName))
                .with(Demo.basic(Demo.DESK)).exchange(), "$.status");
    }

    private String clientId(String lastName) {
        return jdbc.sql("SELECT id FROM client WHERE last_name = ?").param(lastName).query(UUID.class).single()
                .toString();
    }
}
