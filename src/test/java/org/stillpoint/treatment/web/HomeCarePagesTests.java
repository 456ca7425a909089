package org.stillpoint.treatment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.stillpoint.treatment.web.HomeCareRequests.claire;
import static org.stillpoint.treatment.web.HomeCareRequests.clientWithPlan;
import static org.stillpoint.treatment.web.HomeCareRequests.plan;
import static org.stillpoint.treatment.web.HomeCareRequests.signUp;
import static org.stillpoint.treatment.web.HomeCareRequests.uniqueEmail;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.SignIn;
import org.stillpoint.treatment.HomeCare;
import org.stillpoint.treatment.NoteFixtures;

/**
 * The home-care pages: the client's page with their session plan, today's items, a tick by htmx or a plain form post,
 * the week's ticks; the therapist's and owner's editor, adding from a template and showing refusals beside their
 * fields. No page shows a missing message ({@code ??key??}).
 */
@DemoClinicTest
class HomeCarePagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HomeCare homeCare;

    @Nested
    class TheClientsPage {

        @Test
        void listsTodaysItemsAsButtonsAndTheTicksOfTheLastSevenDays() {
            List<String> items = Json.read(plan(mvc, claire(mvc), Demo.basic(Demo.CLIENT)), "$.items[*].id");

            Document page = page("/me/home-care", client());

            assertThat(page.select("h1").text()).isEqualTo("My plan and home care");
            assertThat(page.select("#items > li")).hasSize(items.size());
            assertThat(page.select("#items > li").eachAttr("id")).containsExactlyElementsOf(items.stream()
                    .map(id -> "item-" + id).toList());
            assertThat(page.select("#items button[aria-pressed]")).hasSize(items.size());
            assertThat(page.select("#items form[hx-post]")).hasSize(items.size());
            assertThat(page.select("#history thead th")).hasSize(1 + 7 + 1);
            assertThat(page.select("#history tbody tr")).hasSize(items.size());
            assertThat(page.select("#history tbody td").eachText()).contains("✓");
            assertThat(page.select("nav a[href=/me/home-care]")).hasSize(1);
        }

        @Test
        void showsTheClientsOwnLatestSessionPlanAboveTheItemsAndTheNextSessionsOnceItIsPlanned() {
            UUID claire = UUID.fromString(claire(mvc));
            UUID latest = shownSessionPlan(claire);
            assertThat(status(latest)).as("the demo's plans are of attended sessions").isEqualTo("COMPLETED");

            Document page = page("/me/home-care", client());

            assertThat(page.select("#session-plan a").attr("href")).isEqualTo("/me/appointments/" + latest + "/plan");
            assertThat(page.select("#session-plan .plan-summary li")).hasSize(planBlocks(latest));
            assertThat(page.select("#session-plan, #items").first().id()).as("above the home care")
                    .isEqualTo("session-plan");
            assertThat(mvc.get().uri("/me/appointments/{id}/plan", latest).with(client())).hasStatusOk();

            UUID next = jdbc.sql("""
                    SELECT id FROM appointment WHERE client_id = ? AND status = 'BOOKED' AND start_at > ?
                     ORDER BY start_at LIMIT 1""").params(claire, OffsetDateTime.now(ZoneOffset.UTC))
                    .query(UUID.class).single();
            NoteFixtures.savedProposal(mvc, next);
            assertThat(shownSessionPlan(claire)).isEqualTo(next);
            Document planned = page("/me/home-care", client());
            assertThat(planned.select("#session-plan a").attr("href")).isEqualTo("/me/appointments/" + next + "/plan");
            assertThat(planned.select("#session-plan .plan-summary li")).hasSize(planBlocks(next));
        }

        @Test
        void anotherClientSeesNoneOfTheDemoClientsSessionPlans() {
            String email = uniqueEmail("page-no-session-plan");
            clientWithPlan(mvc, email);

            MvcTestResult result = mvc.get().uri("/me/home-care").with(as(email)).exchange();

            Document page = Jsoup.parse(Json.body(result));
            assertThat(page.select("#items > li")).hasSize(2);
            assertThat(page.select("#session-plan")).isEmpty();
            assertThat(page.select(".plan-summary")).isEmpty();
            assertThat(page("/me/home-care", client()).select("#session-plan .plan-summary")).hasSize(1);
        }

        @Test
        void aTickByHtmxAnswersOnlyThatItemAndATickBackUndoesIt() throws Exception {
            String email = uniqueEmail("page-tick");
            String client = clientWithPlan(mvc, email);
            String item = Json.<List<String>>read(plan(mvc, client, Demo.basic(Demo.OWNER)), "$.items[*].id").get(0);
            LocalDate today = homeCare.today();

            MvcTestResult ticked = tick(email, item, today, true, true);

            assertThat(ticked).hasStatusOk();
            String fragment = Json.body(ticked).strip();
            assertThat(fragment).startsWith("<li id=\"item-" + item + "\"").endsWith("</li>")
                    .doesNotContain("<html", "<h1", "<nav", "??");
            Element li = Jsoup.parseBodyFragment(fragment).selectFirst("li");
            assertThat(li.selectFirst("button").attr("aria-pressed")).isEqualTo("true");
            assertThat(li.selectFirst("input[name=done]").val()).as("the next press takes it back").isEqualTo("false");
            assertThat(Json.<List<String>>read(history(client, today), "$.days[0].done")).containsExactly(item);

            Element back = Jsoup.parseBodyFragment(Json.body(tick(email, item, today, false, true))).selectFirst("li");
            assertThat(back.selectFirst("button").attr("aria-pressed")).isEqualTo("false");
            assertThat(Json.<List<String>>read(history(client, today), "$.days[0].done")).isEmpty();
        }

        @Test
        void aTickWithoutJavaScriptComesBackToThePageWithTheItemDone() {
            String email = uniqueEmail("page-plain");
            String client = clientWithPlan(mvc, email);
            String item = Json.<List<String>>read(plan(mvc, client, Demo.basic(Demo.OWNER)), "$.items[*].id").get(1);

            assertThat(tick(email, item, homeCare.today(), true, false)).hasStatus3xxRedirection()
                    .hasRedirectedUrl("/me/home-care");

            Document page = page("/me/home-care", as(email));
            assertThat(page.selectFirst("#item-" + item + " button").attr("aria-pressed")).isEqualTo("true");
            assertThat(page.select("#items > li")).hasSize(2);
        }

        @Test
        void aRefusedTickShowsWhyOnThePageAndInTheItemAndSavesNothing() {
            String email = uniqueEmail("page-refused");
            String client = clientWithPlan(mvc, email);
            String item = Json.<List<String>>read(plan(mvc, client, Demo.basic(Demo.OWNER)), "$.items[*].id").get(0);
            LocalDate tomorrow = homeCare.today().plusDays(1);

            MvcTestResult plain = tick(email, item, tomorrow, true, false);
            assertThat(plain).hasStatusOk();
            Document page = Jsoup.parse(Json.body(plain));
            assertThat(page.select("#tick-problem").text()).isEqualTo("This day has not come yet.");
            assertThat(page.select("#items .field-error")).as("said once, above the items").isEmpty();

            MvcTestResult htmx = tick(email, item, tomorrow, true, true);
            Element li = Jsoup.parseBodyFragment(Json.body(htmx)).selectFirst("li");
            assertThat(li.select(".field-error").text()).isEqualTo("This day has not come yet.");
            assertThat(li.selectFirst("button").attr("aria-pressed")).isEqualTo("false");

            Element gone = Jsoup.parseBodyFragment(Json.body(tick(email, UUID.randomUUID().toString(),
                    homeCare.today(), true, true))).selectFirst("li");
            assertThat(gone.text()).isEqualTo("This item is not in your plan (any more).");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM home_care_adherence WHERE client_id = ?")
                    .param(UUID.fromString(client)).query(Long.class).single()).isZero();
        }

        @Test
        void anEarlierDayOfTheWeekCanBeChosenAndANewClientIsToldThereIsNoPlanYet() {
            LocalDate yesterday = homeCare.today().minusDays(1);
            Document earlier = page("/me/home-care?day=" + yesterday, client());
            assertThat(earlier.select("#items input[name=day]").eachAttr("value")).isNotEmpty()
                    .allMatch(yesterday.toString()::equals);
            assertThat(earlier.select("a[href=/me/home-care]").eachText()).contains("Back to today");

            String email = uniqueEmail("page-none");
            signUp(mvc, email);
            Document none = page("/me/home-care", as(email));
            assertThat(none.select("#no-plan")).hasSize(1);
            assertThat(none.select("#items")).isEmpty();
        }

        @Test
        void isForClientsOnly() {
            assertThat(mvc.get().uri("/me/home-care").with(SignIn.as(accounts, Demo.THERAPIST))).hasStatus(403);
        }
    }

    @Nested
    class TheEditor {

        @Test
        void theTherapistWhoCaresForTheClientSeesThePlanAndTheLastTwoWeeksAndTheReadIsAudited() {
            String claire = claire(mvc);
            List<String> items = Json.read(plan(mvc, claire, Demo.basic(Demo.OWNER)), "$.items[*].id");
            long reads = jdbc.sql("""
                    SELECT COUNT(*) FROM audit_log WHERE actor_email = ? AND action = 'READ'
                       AND record_type = 'home-care-plan' AND record_id = ?""").params(Demo.THERAPIST, claire)
                    .query(Long.class).single();

            Document page = page("/therapist/clients/" + claire + "/home-care", SignIn.as(accounts, Demo.THERAPIST));

            assertThat(page.select("h1").text()).isEqualTo("Home care for Claire Bennett");
            assertThat(page.select("#plan-form fieldset.row-group")).hasSize(items.size());
            assertThat(page.select("#history thead th")).hasSize(1 + 14 + 1);
            assertThat(page.select("#history thead a")).as("no links to the client's page").isEmpty();
            assertThat(page.select("#intake-card").attr("href")).isEqualTo("/desk/clients/" + claire + "/intake");
            assertThat(jdbc.sql("""
                    SELECT COUNT(*) FROM audit_log WHERE actor_email = ? AND action = 'READ'
                       AND record_type = 'home-care-plan' AND record_id = ?""").params(Demo.THERAPIST, claire)
                    .query(Long.class).single()).isEqualTo(reads + 1);
        }

        @Test
        void theOwnerAddsAnItemFromATemplateAndSavesThePlan() {
            String client = signUp(mvc, uniqueEmail("editor-add"));
            String url = "/therapist/clients/" + client + "/home-care";
            Document empty = page(url, owner());
            assertThat(empty.select("#no-items")).hasSize(1);
            assertThat(empty.select("select[name=addTemplate] option")).hasSize(9);

            MvcTestResult added = mvc.post().uri(url).with(owner()).with(csrf()).param("version", "0")
                    .param("addTemplate", "HYDRATION").param("add", "add").exchange();
            assertThat(added).hasStatusOk();
            Document form = Jsoup.parse(Json.body(added));
            assertThat(form.select("#unsaved")).hasSize(1);
            assertThat(form.select("fieldset.row-group legend").eachText()).containsExactly("Daily water");
            assertThat(form.select("input[name=items[0].glasses]").val()).isEqualTo("8");
            assertThat(form.select("input[name=items[0].minutes]")).isEmpty();
            assertThat(form.select("select[name=addTemplate] option")).hasSize(8);
            assertThat(plan(mvc, client, Demo.basic(Demo.OWNER))).bodyJson().extractingPath("$.version")
                    .isEqualTo(0);

            MvcTestResult saved = mvc.post().uri(url).with(owner()).with(csrf()).param("version", "0")
                    .param("items[0].template", "HYDRATION").param("items[0].frequency", "DAILY")
                    .param("items[0].glasses", "6").param("items[0].notes", "With meals.")
                    .param("note", "Start gently.").param("save", "save").exchange();
            assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl(url);
            assertThat(saved).flash().containsEntry("flash", "home-care.saved");
            assertThat(plan(mvc, client, Demo.basic(Demo.OWNER))).bodyJson().isLenientlyEqualTo("""
                    {"version":1,"note":"Start gently.","items":[{"template":"HYDRATION","glasses":6,
                     "notes":"With meals."}]}""");
            assertThat(page(url, owner()).select("#plan-changed").text()).startsWith("From Olivia Owner, last changed");
        }

        @Test
        void refusalsAppearBesideTheirFieldsOnTheRightRowAndNothingIsSaved() {
            String email = uniqueEmail("editor-errors");
            String client = clientWithPlan(mvc, email);
            String url = "/therapist/clients/" + client + "/home-care";
            List<String> ids = Json.read(plan(mvc, client, Demo.basic(Demo.OWNER)), "$.items[*].id");

            MvcTestResult refused = saveRows(url, ids, "abc");

            assertThat(refused).hasStatusOk();
            Document page = Jsoup.parse(Json.body(refused));
            assertThat(page.getElementById("items[2].minutes-error")).as("an unreadable number").isNotNull();
            assertThat(page.select("fieldset.row-group")).hasSize(3);
            assertThat(plan(mvc, client, Demo.basic(Demo.OWNER))).bodyJson().extractingPath("$.version")
                    .isEqualTo(1);

            MvcTestResult ruled = saveRows(url, ids, "15");
            Document rules = Jsoup.parse(Json.body(ruled));
            assertThat(rules.getElementById("items[1].glasses-error").text())
                    .isEqualTo("Choose from 1 to 16 glasses.");
            assertThat(rules.getElementById("items[2].frequency-error").text())
                    .isEqualTo("Heat is not used during an attack; a cold pack is the choice then.");
            assertThat(rules.getElementById("items[0].glasses-error")).as("not the removed row").isNull();
            assertThat(rules.select("input[name=items[0].remove]").hasAttr("checked")).isTrue();
            assertThat(Json.body(ruled)).doesNotContain("??");
            assertThat(plan(mvc, client, Demo.basic(Demo.OWNER))).bodyJson().isLenientlyEqualTo("""
                    {"version":1,"items":[{"template":"SKULL_BASE_PRESSURE"},{"template":"HYDRATION","glasses":8}]}""");
        }

        @Test
        void aHandMadeRowWithoutATemplateComesBackWithTheMessageBesideItAndNothingSaved() {
            String client = clientWithPlan(mvc, uniqueEmail("editor-no-template"));
            String url = "/therapist/clients/" + client + "/home-care";

            MvcTestResult refused = mvc.post().uri(url).with(owner()).with(csrf()).param("version", "1")
                    .param("items[0].frequency", "DAILY").param("items[0].minutes", "5").param("save", "save")
                    .exchange();

            assertThat(refused).hasStatusOk();
            Document page = Jsoup.parse(Json.body(refused));
            assertThat(page.getElementById("items[0].template-error").text()).isEqualTo("Please fill this in.");
            assertThat(plan(mvc, client, Demo.basic(Demo.OWNER))).bodyJson().extractingPath("$.version")
                    .isEqualTo(1);
        }

        @Test
        void aSaveFromAnOlderVersionSaysSoAboveTheForm() {
            String client = clientWithPlan(mvc, uniqueEmail("editor-stale"));
            String url = "/therapist/clients/" + client + "/home-care";

            MvcTestResult stale = mvc.post().uri(url).with(owner()).with(csrf()).param("version", "0")
                    .param("save", "save").exchange();

            assertThat(stale).hasStatusOk();
            assertThat(Jsoup.parse(Json.body(stale)).select(".form-errors").text())
                    .isEqualTo("Someone else changed this record in the meantime; reload it and try again.");
            assertThat(plan(mvc, client, Demo.basic(Demo.OWNER))).bodyJson().extractingPath("$.items.length()")
                    .isEqualTo(2);
        }

        @Test
        void theFrontDeskAndClientsAreRefusedAndATherapistWhoDoesNotCareForTheClientGets404() {
            String claire = claire(mvc);
            String url = "/therapist/clients/" + claire + "/home-care";

            assertThat(mvc.get().uri(url).with(SignIn.as(accounts, Demo.DESK))).hasStatus(403);
            assertThat(mvc.get().uri(url).with(client())).hasStatus(403);
            assertThat(mvc.get().uri(url).with(SignIn.as(accounts, HomeCareApiTests.OTHER_THERAPIST)))
                    .hasStatus(404);
            assertThat(mvc.post().uri(url).with(SignIn.as(accounts, Demo.DESK)).with(csrf()).param("version", "9")
                    .param("save", "save")).hasStatus(403);
        }
    }

    /**
     * The editor's form with the first item ticked for removal, the water at 40 glasses and a new heat pack during an
     * attack for {@code heatMinutes}.
     */
    private MvcTestResult saveRows(String url, List<String> ids, String heatMinutes) {
        return mvc.post().uri(url).with(owner()).with(csrf()).param("version", "1")
                .param("items[0].id", ids.get(0)).param("items[0].template", "SKULL_BASE_PRESSURE")
                .param("items[0].frequency", "TIMES_PER_DAY").param("items[0].times", "2")
                .param("items[0].minutes", "5").param("items[0].remove", "true")
                .param("items[1].id", ids.get(1)).param("items[1].template", "HYDRATION")
                .param("items[1].frequency", "DAILY").param("items[1].glasses", "40")
                .param("items[2].template", "HEAT_PACK").param("items[2].frequency", "DURING_ATTACK")
                .param("items[2].minutes", heatMinutes).param("save", "save").exchange();
    }

    /**
     * The session plan the client's page should show: their next booked session's, else that of the latest one that
     * has begun (attended or booked); none of cancelled or missed sessions.
     */
    private UUID shownSessionPlan(UUID client) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<UUID> upcoming = jdbc.sql("""
                SELECT a.id FROM session_plan p JOIN appointment a ON a.id = p.appointment_id
                 WHERE p.client_id = ? AND a.status = 'BOOKED' AND a.start_at > ? ORDER BY a.start_at""")
                .params(client, now).query(UUID.class).list();
        if (!upcoming.isEmpty()) {
            return upcoming.get(0);
        }
        return jdbc.sql("""
                SELECT a.id FROM session_plan p JOIN appointment a ON a.id = p.appointment_id
                 WHERE p.client_id = ? AND a.status IN ('BOOKED', 'COMPLETED') AND a.start_at <= ?
                 ORDER BY a.start_at DESC""").params(client, now).query(UUID.class).list().get(0);
    }

    private String status(UUID appointment) {
        return jdbc.sql("SELECT status FROM appointment WHERE id = ?").param(appointment).query(String.class)
                .single();
    }

    private int planBlocks(UUID appointment) {
        return jdbc.sql("SELECT COUNT(*) FROM session_plan_block WHERE appointment_id = ?").param(appointment)
                .query(Integer.class).single();
    }

    private MvcTestResult tick(String email, String item, LocalDate day, boolean done, boolean htmx) {
        var request = mvc.post().uri("/me/home-care/ticks").with(as(email)).with(csrf()).param("itemId", item)
                .param("day", day.toString()).param("done", String.valueOf(done));
        return (htmx ? request.header("HX-Request", "true") : request).exchange();
    }

    private MvcTestResult history(String client, LocalDate day) {
        return mvc.get().uri("/api/v1/clients/{id}/home-care/adherence?from={d}&to={d}", client, day, day)
                .with(Demo.basic(Demo.OWNER)).exchange();
    }

    private Document page(String path, RequestPostProcessor who) {
        MvcTestResult result = mvc.get().uri(path).with(who).exchange();
        assertThat(result).as(path).hasStatusOk();
        String html = Json.body(result);
        assertThat(html).as("missing messages on " + path).doesNotContain("??");
        return Jsoup.parse(html);
    }

    private RequestPostProcessor client() {
        return SignIn.as(accounts, Demo.CLIENT);
    }

    private RequestPostProcessor owner() {
        return SignIn.as(accounts, Demo.OWNER);
    }

    private RequestPostProcessor as(String email) {
        return SignIn.as(accounts, email);
    }
}
