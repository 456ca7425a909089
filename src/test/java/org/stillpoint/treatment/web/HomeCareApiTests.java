package org.stillpoint.treatment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stillpoint.treatment.web.HomeCareRequests.TWO_ITEMS;
import static org.stillpoint.treatment.web.HomeCareRequests.as;
import static org.stillpoint.treatment.web.HomeCareRequests.claire;
import static org.stillpoint.treatment.web.HomeCareRequests.clientWithPlan;
import static org.stillpoint.treatment.web.HomeCareRequests.plan;
import static org.stillpoint.treatment.web.HomeCareRequests.put;
import static org.stillpoint.treatment.web.HomeCareRequests.signUp;
import static org.stillpoint.treatment.web.HomeCareRequests.tick;
import static org.stillpoint.treatment.web.HomeCareRequests.uniqueEmail;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.clients.ClientId;
import org.stillpoint.intake.Intake;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.treatment.HomeCare;
import org.stillpoint.treatment.homecare.TickWindow;

/**
 * The home-care API on the demo clinic: who reads and changes a plan, who ticks, the refusals (which save nothing),
 * the audit of staff reads, and the demo plans.
 */
@DemoClinicTest
class HomeCareApiTests {

    /** A demo therapist who has no appointment with the demo client. */
    static final String OTHER_THERAPIST = "nina.neuro@demo.stillpoint.test";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HomeCare homeCare;

    @Autowired
    Intake intake;

    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Nested
    class WhoMayDoWhat {

        @Test
        void theTherapistWhoCaresForTheClientReadsAndChangesThePlanAndTheReadIsAudited() {
            String claire = claire(mvc);
            long readsBefore = audit(Demo.THERAPIST, "READ", "home-care-plan", claire);

            MvcTestResult read = plan(mvc, claire, Demo.basic(Demo.THERAPIST));
            assertThat(read).hasStatusOk();
            assertThat(audit(Demo.THERAPIST, "READ", "home-care-plan", claire)).isEqualTo(readsBefore + 1);

            long version = ((Number) Json.read(read, "$.version")).longValue();
            List<String> ids = Json.read(read, "$.items[*].id");
            List<String> templates = Json.read(read, "$.items[*].template");
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < ids.size(); i++) {
                if (!templates.get(i).equals("MEDITATION")) {
                    items.append(keep(read, i)).append(',');
                }
            }
            items.append("""
                    {"template":"MEDITATION","frequency":"TIMES_PER_WEEK","times":3,"minutes":10,
                     "notes":"Evenings, with the recording."}""");
            MvcTestResult changed = put(mvc, claire, Demo.basic(Demo.THERAPIST), """
                    {"version":%d,"note":"After the session of this week.","items":[%s]}"""
                    .formatted(version, items));

            assertThat(changed).hasStatusOk();
            assertThat(Json.<Integer>read(changed, "$.version")).isEqualTo((int) version + 1);
            assertThat(Json.<String>read(changed, "$.updatedBy")).isEqualTo("Theo Marsh");
            assertThat(Json.<List<String>>read(changed, "$.items[?(@.template == 'MEDITATION')].notes"))
                    .containsExactly("Evenings, with the recording.");
            assertThat(Json.<List<String>>read(changed, "$.items[*].id")).containsAll(ids.stream()
                    .filter(id -> !templates.get(ids.indexOf(id)).equals("MEDITATION")).toList());
            assertThat(audit(Demo.THERAPIST, "UPDATE", "home-care-plan", claire)).isPositive();
        }

        @Test
        void theOwnerWritesAnyClientsPlanAndTheClientReadsTheirOwn() {
            String email = uniqueEmail("own");
            String client = clientWithPlan(mvc, email);

            MvcTestResult own = plan(mvc, client, as(email));
            assertThat(own).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                    {"version":1,"note":"Little and often.","updatedBy":"Olivia Owner",
                     "items":[{"template":"SKULL_BASE_PRESSURE","name":"Circular pressure at the base of the skull",
                               "frequency":"TIMES_PER_DAY","times":2,"minutes":5,"notes":"Slowly."},
                              {"template":"HYDRATION","frequency":"DAILY","glasses":8}]}""");
            assertThat(Json.<String>read(own, "$.items[1].addedOn")).isEqualTo(homeCare.today().toString());
            assertThat(audit(email, "READ", "home-care-plan", client)).as("a client's own read").isZero();
        }

        @Test
        void theClientReadsButDoesNotChangeTheirPlan() {
            String email = uniqueEmail("reader");
            String client = clientWithPlan(mvc, email);

            assertThat(put(mvc, client, as(email), TWO_ITEMS.formatted(1))).hasStatus(403);
            assertThat(Json.<Integer>read(plan(mvc, client, Demo.basic(Demo.OWNER)), "$.version")).isEqualTo(1);
        }

        @Test
        void anotherClientGets404ForThePlanAndForTicking() {
            String claire = claire(mvc);
            String email = uniqueEmail("other");
            signUp(mvc, email);
            String item = Json.<List<String>>read(plan(mvc, claire, Demo.basic(Demo.CLIENT)), "$.items[*].id").get(0);

            MvcTestResult refused = plan(mvc, claire, as(email));
            assertThat(refused).hasStatus(404);
            assertThat(Json.body(refused)).doesNotContain("Bennett", item);
            assertThat(tick(mvc, claire, as(email), item, homeCare.today(), true)).hasStatus(404);
            assertThat(put(mvc, claire, as(email), TWO_ITEMS.formatted(0))).hasStatus(404);
            assertThat(plan(mvc, UUID.randomUUID().toString(), as(email))).hasStatus(404);
        }

        @Test
        void theFrontDeskAndATherapistWhoDoesNotCareForTheClientGet404AndChangeNothing() {
            String email = uniqueEmail("desk");
            String client = clientWithPlan(mvc, email);

            for (String staff : List.of(Demo.DESK, OTHER_THERAPIST)) {
                assertThat(plan(mvc, client, Demo.basic(staff))).as(staff).hasStatus(404);
                assertThat(put(mvc, client, Demo.basic(staff), TWO_ITEMS.formatted(1))).as(staff).hasStatus(404);
                assertThat(mvc.get().uri("/api/v1/clients/{id}/home-care/adherence", client)
                        .with(Demo.basic(staff))).as(staff).hasStatus(404);
            }
            assertThat(Json.<Integer>read(plan(mvc, client, as(email)), "$.version")).isEqualTo(1);
            assertThat(jdbc.sql("""
                    SELECT COUNT(*) FROM audit_log WHERE actor_email = ? AND record_type = 'home-care-plan'
                       AND record_id = ? AND outcome = 'DENIED'""").params(Demo.DESK, client).query(Long.class)
                    .single()).isEqualTo(2);
        }

        @Test
        void onlyTheClientTicksNotStaff() {
            String email = uniqueEmail("ticker");
            String client = clientWithPlan(mvc, email);
            String item = firstItem(client);

            assertThat(tick(mvc, client, Demo.basic(Demo.OWNER), item, homeCare.today(), true)).hasStatus(403);
            assertThat(tick(mvc, claire(mvc), Demo.basic(Demo.THERAPIST), item, homeCare.today(), true))
                    .hasStatus(403);
            assertThat(ticks(item)).isZero();
        }
    }

    @Nested
    class Ticks {

        @Test
        void theClientTicksAnItemTakesTheTickBackAndStaffReadTheHistory() {
            String email = uniqueEmail("daily");
            String client = clientWithPlan(mvc, email);
            String item = firstItem(client);
            LocalDate today = homeCare.today();

            MvcTestResult ticked = tick(mvc, client, as(email), item, today, true);
            assertThat(ticked).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                    {"itemId":"%s","day":"%s","done":true}""".formatted(item, today));
            assertThat(doneOn(client, Demo.OWNER, today)).containsExactly(item);
            assertThat(audit(Demo.OWNER, "READ", "home-care-adherence", client)).isEqualTo(1);

            assertThat(tick(mvc, client, as(email), item, today, false)).hasStatusOk();
            assertThat(doneOn(client, Demo.OWNER, today)).isEmpty();
            assertThat(ticks(item)).as("one row per item and day").isEqualTo(1);
        }

        @Test
        void aRemovedItemLeavesThePlanButItsTicksAreKept() {
            String email = uniqueEmail("removed");
            String client = clientWithPlan(mvc, email);
            String item = firstItem(client);
            assertThat(tick(mvc, client, as(email), item, homeCare.today(), true)).hasStatusOk();

            assertThat(put(mvc, client, Demo.basic(Demo.OWNER), """
                    {"version":1,"items":[{"template":"COLD_PACK","frequency":"DURING_ATTACK","minutes":15}]}"""))
                    .hasStatusOk();

            assertThat(Json.<List<String>>read(plan(mvc, client, as(email)), "$.items[*].template"))
                    .containsExactly("COLD_PACK");
            assertThat(ticks(item)).isEqualTo(1);
            assertThat(tick(mvc, client, as(email), item, homeCare.today(), true)).hasStatus(422);
        }

        @Test
        void aDayInTheFutureTooLongAgoOrBeforeTheItemAndAnItemNotInThePlanAre422AndSaveNothing() {
            String email = uniqueEmail("window");
            String client = clientWithPlan(mvc, email);
            String item = firstItem(client);
            LocalDate today = homeCare.today();

            assertRefused(tick(mvc, client, as(email), item, today.plusDays(1), true), "day",
                    "This day has not come yet.");
            assertRefused(tick(mvc, client, as(email), item, today.minusDays(TickWindow.DAYS_BACK + 1L), true),
                    "day", "Ticks can be recorded for the last 14 days only.");
            assertRefused(tick(mvc, client, as(email), item, today.minusDays(1), true), "day",
                    "This was not in your plan yet on that day; it was added on " + today + ".");
            assertRefused(tick(mvc, client, as(email), UUID.randomUUID().toString(), today, true), "itemId",
                    "This item is not in your plan (any more).");
            String claireItem = Json.<List<String>>read(plan(mvc, claire(mvc), Demo.basic(Demo.CLIENT)),
                    "$.items[*].id").get(0);
            long claireTicks = ticks(claireItem);
            assertRefused(tick(mvc, client, as(email), claireItem, today, true), "itemId",
                    "This item is not in your plan (any more).");
            assertThat(ticks(item)).isZero();
            assertThat(ticks(claireItem)).isEqualTo(claireTicks);
        }

        @Test
        void aTickWithoutADayOrItemIs400() {
            String email = uniqueEmail("shape");
            String client = clientWithPlan(mvc, email);

            MvcTestResult refused = mvc.post().uri("/api/v1/clients/{id}/home-care/adherence", client).with(as(email))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"done\":true}").exchange();

            assertThat(refused).hasStatus(400);
            assertThat(Json.<List<String>>read(refused, "$.errors[*].field")).containsExactlyInAnyOrder("day",
                    "itemId");
            assertThat(mvc.post().uri("/api/v1/clients/{id}/home-care/adherence", client).with(as(email))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"day\":\"someday\"}")).hasStatus(400);
        }

        @Test
        void theHistoryCoversAtMostAQuarterAndEndsAfterItBegins() {
            String email = uniqueEmail("history");
            String client = clientWithPlan(mvc, email);
            LocalDate today = homeCare.today();

            MvcTestResult week = mvc.get().uri("/api/v1/clients/{id}/home-care/adherence", client).with(as(email))
                    .exchange();
            assertThat(week).hasStatusOk();
            assertThat(Json.<List<String>>read(week, "$.days[*].day")).hasSize(7).last()
                    .isEqualTo(today.toString());
            assertThat(mvc.get().uri("/api/v1/clients/{id}/home-care/adherence?from={f}&to={t}", client,
                    today, today.minusDays(1)).with(as(email))).hasStatus(400);
            assertThat(mvc.get().uri("/api/v1/clients/{id}/home-care/adherence?from={f}&to={t}", client,
                    today.minusDays(HomeCare.HISTORY_MAX_DAYS), today).with(as(email))).hasStatus(400);
        }
    }

    @Nested
    class Changes {

        @Test
        void aChangeFromAnOlderVersionIs409AndSavesNothing() {
            String email = uniqueEmail("stale");
            String client = clientWithPlan(mvc, email);

            assertThat(put(mvc, client, Demo.basic(Demo.OWNER), TWO_ITEMS.formatted(0))).as("a second first plan")
                    .hasStatus(409);
            MvcTestResult second = put(mvc, client, Demo.basic(Demo.OWNER), """
                    {"version":1,"items":[{"template":"DEEP_BREATHING","frequency":"DAILY","minutes":5}]}""");
            assertThat(second).hasStatusOk();
            MvcTestResult stale = put(mvc, client, Demo.basic(Demo.OWNER), """
                    {"version":1,"items":[{"template":"MEDITATION","frequency":"DAILY","minutes":20}]}""");

            assertThat(stale).hasStatus(409);
            assertThat(stale.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(Json.<String>read(stale, "$.type")).isEqualTo("urn:stillpoint:problem:stale-edit");
            assertThat(Json.<List<String>>read(plan(mvc, client, as(email)), "$.items[*].template"))
                    .containsExactly("DEEP_BREATHING");
            assertThat(Json.<Integer>read(plan(mvc, client, as(email)), "$.version")).isEqualTo(2);
        }

        @Test
        void badInputNamesEachFieldInProblemJsonAndSavesNothing() {
            String email = uniqueEmail("bad");
            String client = clientWithPlan(mvc, email);
            String item = firstItem(client);

            MvcTestResult refused = put(mvc, client, Demo.basic(Demo.OWNER), """
                    {"version":1,"items":[
                      {"template":"FOOT_SPA","frequency":"DAILY","minutes":5},
                      {"template":"TEMPLE_MASSAGE","frequency":"TIMES_PER_DAY","times":9,"minutes":99},
                      {"template":"HEAT_PACK","frequency":"DURING_ATTACK","minutes":15},
                      {"template":"HYDRATION","frequency":"DAILY","minutes":8},
                      {"template":"TEMPLE_MASSAGE","frequency":"DAILY","minutes":3},
                      {"id":"%s","template":"NECK_STRETCHES","frequency":"DAILY","minutes":5}]}""".formatted(item));

            assertThat(refused).hasStatus(400);
            assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(Json.<String>read(refused, "$.type"))
                    .isEqualTo("urn:stillpoint:problem:invalid-home-care-plan");
            List<Map<String, String>> errors = Json.read(refused, "$.errors");
            assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder("items[0].template",
                    "items[1].times", "items[1].minutes", "items[2].frequency", "items[3].glasses",
                    "items[3].minutes", "items[4].template");
            assertThat(errors).extracting(e -> e.get("message")).contains("There is no such home-care template.",
                    "Choose from 1 to 6 times a day.", "Choose from 1 to 15 minutes.",
                    "Heat is not used during an attack; a cold pack is the choice then.",
                    "This template is already in the plan.");
            assertThat(plan(mvc, client, as(email))).bodyJson().isLenientlyEqualTo("""
                    {"version":1,"items":[{"template":"SKULL_BASE_PRESSURE"},{"template":"HYDRATION"}]}""");
        }

        @Test
        void anItemKeepsItsTemplateAndAnUnknownItemIdIsRefused() {
            String email = uniqueEmail("ids");
            String client = clientWithPlan(mvc, email);
            String item = firstItem(client);

            MvcTestResult refused = put(mvc, client, Demo.basic(Demo.OWNER), """
                    {"version":1,"items":[
                      {"id":"%s","template":"NECK_STRETCHES","frequency":"DAILY","minutes":5},
                      {"id":"%s","template":"HYDRATION","frequency":"DAILY","glasses":6}]}"""
                    .formatted(item, UUID.randomUUID()));

            assertThat(refused).hasStatus(400);
            assertThat(Json.<List<String>>read(refused, "$.errors[*].field")).containsExactlyInAnyOrder(
                    "items[0].template", "items[1].id");
            assertThat(Json.<Integer>read(plan(mvc, client, as(email)), "$.version")).as("nothing saved")
                    .isEqualTo(1);
        }

        @Test
        void unreadableShapesAre400() {
            String email = uniqueEmail("shapes");
            String client = clientWithPlan(mvc, email);

            MvcTestResult badEnum = put(mvc, client, Demo.basic(Demo.OWNER), """
                    {"version":1,"items":[{"template":"HYDRATION","frequency":"HOURLY","glasses":8}]}""");
            assertThat(badEnum).hasStatus(400);
            assertThat(Json.<List<String>>read(badEnum, "$.errors[*].field")).containsExactly("items[0].frequency");
            MvcTestResult noVersion = put(mvc, client, Demo.basic(Demo.OWNER), "{\"items\":[]}");
            assertThat(noVersion).hasStatus(400);
            assertThat(Json.<List<String>>read(noVersion, "$.errors[*].field")).containsExactly("version");
            assertThat(plan(mvc, "not-an-id", Demo.basic(Demo.OWNER))).hasStatus(400);
        }
    }

    @Nested
    class TemplatesAndDemo {

        @Test
        void theNineTemplatesAreSeededWithDefaultsAndCarefulWords() {
            MvcTestResult templates = mvc.get().uri("/api/v1/home-care/templates").with(Demo.basic(Demo.CLIENT))
                    .exchange();

            assertThat(templates).hasStatusOk();
            assertThat(Json.<List<String>>read(templates, "$[*].key")).containsExactly("SKULL_BASE_PRESSURE",
                    "TEMPLE_MASSAGE", "JAW_RELAXATION", "COLD_PACK", "HEAT_PACK", "HYDRATION", "DEEP_BREATHING",
                    "MEDITATION", "NECK_STRETCHES");
            assertThat(Json.<List<String>>read(templates, "$[*].name")).noneMatch(n -> n.startsWith("home-care."));
            assertThat(Json.<List<String>>read(templates, "$[*].instructions"))
                    .noneMatch(n -> n.startsWith("home-care."));
            assertThat(Json.<List<String>>read(templates, "$[?(@.heat == true)].key")).containsExactly("HEAT_PACK");
            assertThat(Json.<List<String>>read(templates, "$[?(@.measure == 'GLASSES')].key"))
                    .containsExactly("HYDRATION");
            assertThat(Json.<List<String>>read(templates, "$[?(@.frequency == 'DURING_ATTACK')].key"))
                    .containsExactly("COLD_PACK");
            assertThat(Json.<List<Integer>>read(templates, "$[?(@.key == 'SKULL_BASE_PRESSURE')].times"))
                    .containsExactly(2);
            // clinical-reference §8.4: no efficacy claims.
            assertThat(Json.body(templates).toLowerCase(Locale.ROOT)).doesNotContain("cure", "treat", "prevent",
                    "serotonin", "migraine relief");
            assertThat(mvc.get().uri("/api/v1/home-care/templates")).hasStatus(401);
        }

        @Test
        void demoPlansAreForEveryDemoClientWhoseScreeningAllowsTreatmentAndNobodyElse() {
            UUID claire = UUID.fromString(claire(mvc));
            // The demo's intakes were sent at least a day ago; the other tests of this context send theirs now.
            List<UUID> demo = jdbc.sql("SELECT DISTINCT client_id FROM intake_version WHERE submitted_at < ?")
                    .param(OffsetDateTime.now(ZoneOffset.UTC).minusHours(12)).query(UUID.class).list();
            List<UUID> withPlans = jdbc.sql("SELECT client_id FROM home_care_plan").query(UUID.class).list();
            signIn(Demo.OWNER);
            List<UUID> treatable = demo.stream().filter(id -> intake.clearanceStatus(new ClientId(id)).allowed())
                    .toList();

            assertThat(demo).hasSize(30);
            assertThat(treatable).hasSizeBetween(20, 29).contains(claire);
            assertThat(withPlans).filteredOn(demo::contains).containsExactlyInAnyOrderElementsOf(treatable);
            assertThat(withPlans).doesNotContain(clientId("Hussain"), clientId("Berg"));
        }

        @Test
        void theDemoClientTickedMostOfTheLastTwoWeeksAndTodayOnlyHerWater() {
            UUID claire = UUID.fromString(claire(mvc));
            LocalDate today = homeCare.today();

            List<LocalDate> days = jdbc.sql("""
                    SELECT DISTINCT done_on FROM home_care_adherence WHERE client_id = ? AND done""").param(claire)
                    .query(LocalDate.class).list();
            assertThat(days).hasSizeGreaterThan(7).allMatch(d -> !d.isAfter(today)
                    && !d.isBefore(today.minusDays(13)));
            assertThat(jdbc.sql("""
                    SELECT updated_by_name FROM home_care_plan WHERE client_id = ?""").param(claire)
                    .query(String.class).single()).isEqualTo("Theo Marsh");
        }
    }

    private UUID clientId(String lastName) {
        return jdbc.sql("SELECT id FROM client WHERE last_name = ?").param(lastName).query(UUID.class).single();
    }

    private String keep(MvcTestResult plan, int index) {
        Map<String, Object> item = Json.read(plan, "$.items[" + index + "]");
        return """
                {"id":"%s","template":"%s","frequency":"%s","times":%s,"minutes":%s,"glasses":%s}""".formatted(
                item.get("id"), item.get("template"), item.get("frequency"), item.get("times"), item.get("minutes"),
                item.get("glasses"));
    }

    private String firstItem(String client) {
        return Json.<List<String>>read(plan(mvc, client, Demo.basic(Demo.OWNER)), "$.items[*].id").get(0);
    }

    private List<String> doneOn(String client, String caller, LocalDate day) {
        return Json.read(mvc.get().uri("/api/v1/clients/{id}/home-care/adherence?from={d}&to={d}", client, day, day)
                .with(Demo.basic(caller)).exchange(), "$.days[0].done");
    }

    private void assertRefused(MvcTestResult result, String field, String message) {
        assertThat(result).hasStatus(422);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(Json.<String>read(result, "$.errors[0].field")).isEqualTo(field);
        assertThat(Json.<String>read(result, "$.detail")).isEqualTo(message);
    }

    private long ticks(String item) {
        return jdbc.sql("SELECT COUNT(*) FROM home_care_adherence WHERE item_id = ?").param(UUID.fromString(item))
                .query(Long.class).single();
    }

    private long audit(String actor, String action, String recordType, String recordId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM audit_log WHERE actor_email = ? AND action = ? AND record_type = ?
                   AND record_id = ? AND outcome = 'SUCCESS'""").params(actor, action, recordType, recordId)
                .query(Long.class).single();
    }

    private void signIn(String email) {
        UserDetails user = accounts.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
