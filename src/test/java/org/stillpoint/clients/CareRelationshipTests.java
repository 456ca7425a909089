package org.stillpoint.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.stillpoint.platform.AccountSummary;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.NotFound;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;

/**
 * A module that implements {@link CareRelationships} (as scheduling will) opens a client's records to the therapist
 * who cares for them, and to nobody else; the facade's checks for other modules audit the record type they name.
 */
@DemoClinicTest
@TestPropertySource(properties = "spring.datasource.hikari.minimum-idle=2")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CareRelationshipTests {

    /** The demo therapist has an appointment with the demo client, and with nobody else. */
    @TestConfiguration(proxyBeanMethods = false)
    static class OneAppointment {

        @Bean
        CareRelationships theDemoTherapistCaresForTheDemoClient(Accounts accounts, Clients clients) {
            return (therapist, client) -> accounts.findByEmail(Demo.THERAPIST).map(AccountSummary::id)
                    .filter(therapist::equals).isPresent()
                    && clients.clientOf(accounts.findByEmail(Demo.CLIENT).orElseThrow().id())
                    .filter(client::equals).isPresent();
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Clients clients;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theTherapistWhoCaresForTheClientSeesThemAndTheReadIsAudited() {
        String id = demoClientId();

        assertThat(mvc.get().uri("/api/v1/clients/{id}", id).with(Demo.basic(Demo.THERAPIST))).hasStatusOk()
                .bodyJson().extractingPath("$.email").isEqualTo(Demo.CLIENT);
        assertThat(auditRows(Demo.THERAPIST, "client", id)).isEqualTo(1);
    }

    @Test
    void theTherapistSeesNoOtherClientAndChangesNothing() {
        String id = demoClientId();
        // A client the front desk has just registered: nobody has an appointment with them yet.
        String other = Json.read(mvc.post().uri("/api/v1/clients").with(Demo.basic(Demo.DESK))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"firstName":"Nell","lastName":"Newcomer","email":"nell.newcomer@example.com",
                         "dateOfBirth":"1990-04-02"}""").exchange(), "$.id");

        assertThat(mvc.get().uri("/api/v1/clients/{id}", other).with(Demo.basic(Demo.THERAPIST))).hasStatus(404);
        assertThat(mvc.put().uri("/api/v1/clients/{id}", id).with(Demo.basic(Demo.THERAPIST))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"firstName":"Changed","lastName":"ByTherapist","dateOfBirth":"1988-01-01"}"""))
                .hasStatus(403);
        assertThat(mvc.put().uri("/api/v1/clients/{id}/sharing", id).with(Demo.basic(Demo.THERAPIST))
                .contentType(MediaType.APPLICATION_JSON).content("{\"sharesDiaryWithTherapists\":false}"))
                .hasStatus(403);
    }

    @Test
    void clinicalAccessIsForTheTherapistWhoCaresTheOwnerAndTheClientAuditedUnderTheNamedRecordType() {
        ClientId id = new ClientId(UUID.fromString(demoClientId()));
        // The demo clinic was filled on the owner's behalf, which read intakes too: count only the reads made here.
        long therapistBefore = auditRows(Demo.THERAPIST, "intake", id.toString());
        long ownerBefore = auditRows(Demo.OWNER, "intake", id.toString());

        signIn(Demo.THERAPIST);
        assertThat(clients.requireClinicalAccess(id, "intake").email()).isEqualTo(Demo.CLIENT);
        signIn(Demo.OWNER);
        assertThat(clients.requireClinicalAccess(id, "intake").fullName()).isEqualTo("Claire Bennett");
        signIn(Demo.CLIENT);
        assertThat(clients.requireClinicalAccess(id, "intake").id()).isEqualTo(id);
        signIn(Demo.DESK);
        assertThatThrownBy(() -> clients.requireClinicalAccess(id, "intake")).isInstanceOf(NotFound.class);
        assertThat(clients.requireContactAccess(id).id()).isEqualTo(id);

        assertThat(auditRows(Demo.THERAPIST, "intake", id.toString())).isEqualTo(therapistBefore + 1);
        assertThat(auditRows(Demo.OWNER, "intake", id.toString())).isEqualTo(ownerBefore + 1);
        assertThat(auditRows(Demo.CLIENT, "intake", id.toString())).isZero();
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_log WHERE actor_email = ? AND record_type = 'intake' AND record_id = ?
                   AND outcome = 'DENIED'""").params(Demo.DESK, id.toString()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void otherModulesLearnWhetherTheAddressIsConfirmedTheDiarySharedAndThePreferences() {
        ClientId id = new ClientId(UUID.fromString(demoClientId()));
        signIn(Demo.THERAPIST);

        assertThat(clients.isEmailVerified(id)).isTrue();
        assertThat(clients.sharesDiaryWithTherapists(id)).isTrue();
        assertThat(clients.preferences(id).pressure()).isEqualTo(PressurePreference.LIGHT);
        assertThat(clients.isEmailVerified(ClientId.random())).isFalse();
    }

    private String demoClientId() {
        return Json.read(mvc.get().uri("/api/v1/me").with(Demo.basic(Demo.CLIENT)).exchange(), "$.clientId");
    }

    private void signIn(String email) {
        UserDetails user = accounts.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private long auditRows(String actor, String recordType, String recordId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM audit_log WHERE actor_email = ? AND action = 'READ' AND record_type = ?
                   AND record_id = ? AND outcome = 'SUCCESS'""").params(actor, recordType, recordId)
                .query(Long.class).single();
    }
}
