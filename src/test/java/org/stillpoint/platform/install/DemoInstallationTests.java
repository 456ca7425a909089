package org.stillpoint.platform.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.support.Demo;
import org.stillpoint.support.EmptyDatabaseTest;
import org.stillpoint.support.Json;

/** "Explore with demo data" on the first-run page fills the empty database with the demo clinic (DESIGN §6). */
@EmptyDatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoInstallationTests {

    @Autowired
    MockMvcTester mvc;

    private MvcTestResult demo;

    @BeforeAll
    void exploreWithDemoData() {
        demo = mvc.post().uri("/setup/demo").with(csrf()).exchange();
    }

    @Test
    void leadsToTheSignInPage() {
        assertThat(demo).hasStatus3xxRedirection().hasRedirectedUrl("/login");
    }

    @Test
    void createsFiveTherapistsOneOfEachProviderType() {
        List<String> providerTypes = Json.read(mvc.get().uri("/api/v1/therapists").exchange(), "$[*].providerType");

        assertThat(providerTypes).containsExactlyInAnyOrder("MEDICAL_MASSAGE_THERAPIST", "NEUROMUSCULAR_THERAPIST",
                "CRANIOSACRAL_THERAPIST", "SPA_MASSAGE_THERAPIST", "PHYSICAL_THERAPIST");
    }

    @Test
    void createsFourRoomsWithDifferentSensoryFeatures() {
        List<Map<String, Object>> rooms = Json.read(mvc.get().uri("/api/v1/rooms").exchange(), "$[*]");

        assertThat(rooms).hasSize(4);
        Set<List<Object>> featureSets = new HashSet<>();
        rooms.forEach(room -> featureSets.add(List.of(room.get("dimmable"), room.get("scentFree"),
                room.get("soundproofed"), room.get("heatedTable"), room.get("hotStoneHeater"))));
        assertThat(featureSets).as("each room's features").hasSize(4);
        assertThat(rooms).anySatisfy(room -> assertThat(room).containsEntry("migraineFriendly", true));
    }

    @Test
    void createsTheClinicWithTheDefaultMenu() {
        assertThat(mvc.get().uri("/api/v1/clinic")).hasStatusOk().bodyJson().extractingPath("$.name")
                .isEqualTo("Stillpoint Demo Clinic");
        assertThat(Json.<List<String>>read(mvc.get().uri("/api/v1/session-types").exchange(), "$[*].name"))
                .hasSize(7);
    }

    @Test
    void theFourDemoAccountsSignInWithTheirRoles() {
        Map<String, String> roles = Map.of(Demo.OWNER, "OWNER", Demo.DESK, "FRONT_DESK",
                Demo.THERAPIST, "THERAPIST", Demo.CLIENT, "CLIENT");

        roles.forEach((email, role) -> assertThat(mvc.get().uri("/api/v1/me").with(Demo.basic(email))).as(email)
                .hasStatusOk().bodyJson().extractingPath("$.role").isEqualTo(role));
    }

    @Test
    void setupIsGoneAfterwards() {
        assertThat(mvc.get().uri("/setup")).hasStatus(404);
        assertThat(mvc.post().uri("/setup/demo").with(csrf())).hasStatus(404);
        assertThat(Json.<List<String>>read(mvc.get().uri("/api/v1/therapists").exchange(), "$[*].id")).hasSize(5);
    }
}
