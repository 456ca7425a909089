package org.stillpoint.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.stillpoint.clients.ClientId;
import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.NotFound;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;

/**
 * One client's appointments for another module's screen (the diary's calendar marks the sessions): the client
 * themself and the staff who may see the client read them, staff reads audited; anyone else gets 404.
 */
@DemoClinicTest
class ClientAppointmentsTests {

    static final String PASSWORD = "a long walk in the rain";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Scheduling scheduling;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theClientAndTheStaffWhoMaySeeThemReadTheSameListAndStaffReadsAreAudited() {
        ClientId claire = new ClientId(UUID.fromString(SchedulingFixtures.demoClientId(mvc)));
        LocalDate today = LocalDate.now(SchedulingFixtures.ZONE);
        LocalDate from = today.minusDays(90);
        LocalDate to = today.plusDays(30);
        List<String> ownList = Json.read(mvc.get().uri("/api/v1/appointments?from={f}&to={t}", from, to)
                .with(Demo.basic(Demo.CLIENT)).exchange(), "$[*].id");
        assertThat(ownList).as("the demo client has appointments").isNotEmpty();

        signIn(Demo.CLIENT);
        assertThat(ids(scheduling.appointmentsOf(claire, from, to))).isEqualTo(ownList);
        for (String staff : List.of(Demo.OWNER, Demo.DESK, Demo.THERAPIST)) {
            long before = audited(staff, claire);
            signIn(staff);
            List<AppointmentView> seen = scheduling.appointmentsOf(claire, from, to);
            assertThat(ids(seen)).as("as %s", staff).isEqualTo(ownList);
            assertThat(seen).allMatch(a -> a.clientId().equals(claire));
            assertThat(audited(staff, claire)).as("read by %s audited", staff).isEqualTo(before + 1);
        }
        assertThat(audited(Demo.CLIENT, claire)).as("a client's own read is not a staff read").isZero();
    }

    @Test
    void aTherapistWhoDoesNotCareForTheClientAndAnotherClientGet404() {
        ClientId claire = new ClientId(UUID.fromString(SchedulingFixtures.demoClientId(mvc)));
        String email = signUp("newcomer");
        ClientId newcomer = new ClientId(UUID.fromString(Json.read(mvc.get().uri("/api/v1/me")
                .with(Demo.basic(email, PASSWORD)).exchange(), "$.clientId")));
        LocalDate today = LocalDate.now(SchedulingFixtures.ZONE);

        signIn(Demo.THERAPIST);
        assertThatThrownBy(() -> scheduling.appointmentsOf(newcomer, today.minusDays(30), today))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> scheduling.appointmentsOf(ClientId.random(), today.minusDays(30), today))
                .isInstanceOf(NotFound.class);

        signIn(email);
        assertThat(scheduling.appointmentsOf(newcomer, today.minusDays(30), today)).isEmpty();
        assertThatThrownBy(() -> scheduling.appointmentsOf(claire, today.minusDays(30), today))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void daysOutOfOrderMissingOrTooManyAreBadInput() {
        ClientId claire = new ClientId(UUID.fromString(SchedulingFixtures.demoClientId(mvc)));
        LocalDate today = LocalDate.now(SchedulingFixtures.ZONE);
        signIn(Demo.CLIENT);

        assertThatThrownBy(() -> scheduling.appointmentsOf(claire, today, today.minusDays(1)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> scheduling.appointmentsOf(claire, null, today)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> scheduling.appointmentsOf(claire,
                today.minusDays(Scheduling.MAX_CLIENT_LIST_DAYS), today)).isInstanceOf(InvalidInput.class);
        assertThat(scheduling.appointmentsOf(claire, today.minusDays(Scheduling.MAX_CLIENT_LIST_DAYS - 1), today))
                .isNotEmpty();
    }

    private String signUp(String who) {
        String email = who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        assertThat(mvc.post().uri("/api/v1/signup").contentType(MediaType.APPLICATION_JSON).content("""
                {"firstName":"Noor","lastName":"Newcomer","email":"%s","dateOfBirth":"1988-06-01",
                 "password":"%s","acceptedConsents":{"TREATMENT":1,"PRIVACY":1}}""".formatted(email, PASSWORD)))
                .hasStatus(202);
        return email;
    }

    private static List<String> ids(List<AppointmentView> appointments) {
        return appointments.stream().map(a -> a.id().value().toString()).toList();
    }

    private void signIn(String email) {
        UserDetails user = accounts.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private long audited(String actor, ClientId client) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM audit_log WHERE actor_email = ? AND action = 'READ'
                   AND record_type = 'client-appointments' AND record_id = ? AND outcome = 'SUCCESS'""")
                .params(actor, client.toString()).query(Long.class).single();
    }
}
