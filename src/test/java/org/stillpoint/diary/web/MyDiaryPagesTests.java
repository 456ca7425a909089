package org.stillpoint.diary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.stillpoint.diary.web.DiaryRequests.as;
import static org.stillpoint.diary.web.DiaryRequests.id;
import static org.stillpoint.diary.web.DiaryRequests.postAttack;
import static org.stillpoint.diary.web.DiaryRequests.signUp;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stillpoint.diary.AuraType;
import org.stillpoint.diary.DayStatus;
import org.stillpoint.diary.Disruption;
import org.stillpoint.diary.DrugClass;
import org.stillpoint.diary.Intensity;
import org.stillpoint.diary.MedicineEffect;
import org.stillpoint.diary.SelfCare;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.SignIn;

/**
 * The client's diary pages on the demo clinic: "Migraine now" in three taps, the attack form with every field and its
 * refusals beside the fields (nothing saved then), the diary home marking incomplete attacks, the check-in of a day,
 * the settings, and that no client reaches another's attack. No page shows a missing message ({@code ??key??}).
 */
@DemoClinicTest
class MyDiaryPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    RequestPostProcessor page(String client) {
        return SignIn.as(accounts, client.split(" ")[1]);
    }

    Document get(String url, String client) {
        MvcTestResult result = mvc.get().uri(url).with(page(client)).exchange();
        assertThat(result).as("GET %s", url).hasStatusOk();
        return parse(result);
    }

    static Document parse(MvcTestResult result) {
        String body = Json.body(result);
        assertThat(body).as("no missing message").doesNotContain("??");
        return Jsoup.parse(body);
    }

    MockMvcRequestBuilder post(String url, String client) {
        return mvc.post().uri(url).with(page(client)).with(csrf());
    }

    Map<String, Object> attackOf(String client, String attack) {
        return Json.read(mvc.get().uri("/api/v1/clients/{id}/diary/attacks/{a}", id(client), attack)
                .with(as(client)).exchange(), "$");
    }

    long attacksOf(String client) {
        return jdbc.sql("SELECT COUNT(*) FROM diary_attack WHERE client_id = CAST(? AS UUID) AND deleted_at IS NULL")
                .param(id(client)).query(Long.class).single();
    }

    ZoneId zoneOf(String client) {
        return ZoneId.of(Json.read(mvc.get().uri("/api/v1/clients/{id}/diary/settings", id(client))
                .with(as(client)).exchange(), "$.zone"));
    }

    /** A quick entry through the "Migraine now" page, started just now; answers the attack's id. */
    String logNow(String client, int pain) {
        return logNow(client, pain, 0);
    }

    String logNow(String client, int pain, int minutesAgo) {
        MvcTestResult saved = post("/me/diary/now", client).param("peakPain", String.valueOf(pain))
                .param("minutesAgo", String.valueOf(minutesAgo)).exchange();
        assertThat(saved).hasStatus3xxRedirection();
        String location = saved.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/me/diary/now/saved/");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static String minute(LocalDateTime time) {
        return time.truncatedTo(ChronoUnit.MINUTES).toString();
    }

    @Nested
    class MigraineNow {

        @Test
        void theHomePageLeadsToAPainScaleAndOneSaveButton() {
            String client = signUp(mvc, "home-now");
            Document home = get("/", client);
            assertThat(home.select("a#diary-now").attr("href")).isEqualTo("/me/diary/now");

            Document now = get("/me/diary/now", client);
            assertThat(now.select("#now-form input[name=peakPain][type=radio]")).hasSize(11);
            assertThat(now.select("#now-form label[for^=pain-]")).hasSize(11);
            assertThat(now.select("#now-form input[name=minutesAgo][checked]").val()).isEqualTo("0");
            assertThat(now.select("#now-form button[type=submit]")).hasSize(1);
            assertThat(now.select("#running")).isEmpty();
        }

        @Test
        void thePainAndSaveRecordAnAttackStartingNowThatIsStillGoing() {
            String client = signUp(mvc, "three-tap");
            Instant before = Instant.now().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);

            MvcTestResult saved = post("/me/diary/now", client).param("peakPain", "7").param("minutesAgo", "30")
                    .exchange();

            assertThat(saved).hasStatus3xxRedirection();
            String attack = saved.getResponse().getRedirectedUrl().replace("/me/diary/now/saved/", "");
            Map<String, Object> read = attackOf(client, attack);
            assertThat(read).containsEntry("peakPain", 7).containsEntry("stillGoing", true)
                    .containsEntry("intensity", "SEVERE").containsEntry("complete", false);
            assertThat(Instant.parse((String) read.get("start"))).isBetween(before.minusSeconds(5),
                    Instant.now().minus(Duration.ofMinutes(29)));

            Document done = get(saved.getResponse().getRedirectedUrl(), client);
            assertThat(done.select("h1").text()).isEqualTo("Saved");
            assertThat(done.select("#now-saved").text()).contains("pain 7 of 10");
            assertThat(done.select("#add-details").attr("href")).isEqualTo("/me/diary/attacks/" + attack);
            assertThat(done.select("#book-relief").attr("href")).isEqualTo("/now");
        }

        @Test
        void aSecondEntryWhileOneIsStillGoingIsNotSavedAndOffersToUpdateOrEndIt() {
            String client = signUp(mvc, "running");
            String first = logNow(client, 5);

            Document now = get("/me/diary/now", client);
            assertThat(now.select("#running")).hasSize(1);
            assertThat(now.select("#now-form")).isEmpty();
            assertThat(now.select("#update-running").attr("href")).isEqualTo("/me/diary/attacks/" + first);
            assertThat(now.select("#running form").attr("action")).isEqualTo("/me/diary/attacks/" + first + "/end");

            MvcTestResult again = post("/me/diary/now", client).param("peakPain", "8").exchange();
            assertThat(again).hasStatus(409);
            Document refused = parse(again);
            assertThat(refused.select("#problem").text()).startsWith("This overlaps another attack");
            assertThat(refused.select("#running")).hasSize(1);
            assertThat(attacksOf(client)).isEqualTo(1);
        }

        @Test
        void withoutAPainLevelSaveSaysWhatIsMissingAndSavesNothing() {
            String client = signUp(mvc, "no-pain");

            MvcTestResult refused = post("/me/diary/now", client).param("minutesAgo", "0").exchange();

            assertThat(refused).hasStatus(400);
            assertThat(parse(refused).select("#peakPain-error").text()).isEqualTo("Say how bad the pain was.");
            assertThat(post("/me/diary/now", client).param("peakPain", "4").param("minutesAgo", "45").exchange())
                    .hasStatus(400);
            assertThat(attacksOf(client)).isZero();
        }

        @Test
        void endItNowClosesTheStillGoingAttackAndLeadsToItsDetails() {
            String client = signUp(mvc, "end-now");
            String attack = logNow(client, 6, 15);

            MvcTestResult ended = post("/me/diary/attacks/" + attack + "/end", client).param("version", "1")
                    .exchange();

            assertThat(ended).hasStatus3xxRedirection().hasRedirectedUrl("/me/diary/attacks/" + attack);
            Map<String, Object> read = attackOf(client, attack);
            assertThat(read).containsEntry("stillGoing", false).containsEntry("peakPain", 6);
            assertThat(get("/me/diary/now", client).select("#now-form")).hasSize(1);
        }
    }

    @Nested
    class TheAttackForm {

        @Test
        void savesEveryFieldAndShowsThemAgain() {
            String client = signUp(mvc, "every-field");
            String attack = logNow(client, 3);
            ZoneId zone = zoneOf(client);
            LocalDateTime start = LocalDateTime.now(zone).minusHours(10);
            Document form = get("/me/diary/attacks/" + attack, client);
            assertThat(form.select("#missing li")).isNotEmpty();
            String version = form.select("#attack-form input[name=version]").val();

            MvcTestResult saved = post("/me/diary/attacks/" + attack, client).param("version", version)
                    .param("start", minute(start)).param("stillGoing", "false").param("end", minute(start.plusHours(6)))
                    .param("fellAsleep", "true").param("peakPain", "8").param("side", "LEFT")
                    .param("areas", "TEMPORALIS_LEFT", "SUBOCCIPITALS").param("quality", "PULSATING")
                    .param("worseWithActivity", "true").param("nausea", "MODERATE").param("vomiting", "false")
                    .param("photophobia", "true").param("phonophobia", "true")
                    .param("aura[0].type", "VISUAL").param("aura[0].positive", "true")
                    .param("aura[0].minutes", "20").param("aura[0].side", "LEFT")
                    .param("aura[1].type", "").param("aura[1].minutes", "")
                    .param("medicines[0].product", "sumatriptan 50 mg").param("medicines[0].drugClass", "")
                    .param("medicines[0].takenAt", minute(start.plusHours(1))).param("medicines[0].effect", "PARTIAL")
                    .param("medicines[1].product", "ibuprofen 400 mg").param("medicines[1].drugClass",
                            "NON_OPIOID_ANALGESIC").param("medicines[1].takenAt", "")
                    .param("triggers", "POOR_SLEEP", "SKIPPED_MEAL").param("ownTriggers", "long drive, perfume")
                    .param("selfCare", "COLD_PACK", "DARK_ROOM").param("stopped", "WORK_OR_SCHOOL")
                    .param("notes", "Started after the train.").exchange();

            assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/me/diary");
            Map<String, Object> read = attackOf(client, attack);
            assertThat(read).containsEntry("complete", true).containsEntry("stillGoing", false)
                    .containsEntry("fellAsleep", true).containsEntry("peakPain", 8).containsEntry("side", "LEFT")
                    .containsEntry("quality", "PULSATING").containsEntry("worseWithActivity", true)
                    .containsEntry("nausea", "MODERATE").containsEntry("vomiting", false)
                    .containsEntry("photophobia", true).containsEntry("phonophobia", true)
                    .containsEntry("notes", "Started after the train.").containsEntry("version", 2);
            assertThat(Instant.parse((String) read.get("start")))
                    .isEqualTo(start.truncatedTo(ChronoUnit.MINUTES).atZone(zone).toInstant());
            assertThat(Instant.parse((String) read.get("end")))
                    .isEqualTo(start.plusHours(6).truncatedTo(ChronoUnit.MINUTES).atZone(zone).toInstant());
            assertThat(read.get("areas")).isEqualTo(List.of("TEMPORALIS_LEFT", "SUBOCCIPITALS"));
            assertThat(read.get("aura")).isEqualTo(List.of(Map.of("type", "VISUAL", "positive", true, "minutes", 20,
                    "side", "LEFT")));
            List<Map<String, Object>> medicines = Json.read(Json.body(mvc.get()
                    .uri("/api/v1/clients/{id}/diary/attacks/{a}", id(client), attack).with(as(client)).exchange()),
                    "$.medicines");
            assertThat(medicines).hasSize(2);
            assertThat(medicines.get(0)).containsEntry("product", "sumatriptan 50 mg")
                    .containsEntry("drugClass", "TRIPTAN").containsEntry("effect", "PARTIAL");
            assertThat(medicines.get(1)).containsEntry("drugClass", "NON_OPIOID_ANALGESIC");
            assertThat(medicines.get(1).get("takenAt")).isNull();
            assertThat(read.get("triggers")).isEqualTo(List.of("POOR_SLEEP", "SKIPPED_MEAL"));
            assertThat(read.get("ownTriggers")).isEqualTo(List.of("long drive", "perfume"));
            assertThat(read.get("selfCare")).isEqualTo(List.of("COLD_PACK", "DARK_ROOM"));
            assertThat(read.get("stopped")).isEqualTo(List.of("WORK_OR_SCHOOL"));

            Document again = get("/me/diary/attacks/" + attack, client);
            assertThat(again.select("#missing")).isEmpty();
            assertThat(again.select("#running")).isEmpty();
            assertThat(again.select("input[name=start]").val()).isEqualTo(minute(start));
            assertThat(again.select("input[name=peakPain][checked]").val()).isEqualTo("8");
            assertThat(again.select("select[name=medicines[0].drugClass] option[selected]").val()).isEqualTo("TRIPTAN");
            assertThat(again.select(".medicine-row")).as("two medicines and an empty row").hasSize(3);
            assertThat(again.select("input[name=ownTriggers]").val()).isEqualTo("long drive, perfume");
            assertThat(again.select("input[name=selfCare][checked]").eachAttr("value")).containsExactly("COLD_PACK",
                    "DARK_ROOM");
            assertThat(again.select("input[name=version]").val()).isEqualTo("2");
        }

        @Test
        void refusalsAreShownBesideTheirFieldsAndNothingIsSaved() {
            String client = signUp(mvc, "refused");
            ZoneId zone = zoneOf(client);
            LocalDateTime now = LocalDateTime.now(zone);

            MvcTestResult refused = post("/me/diary/attacks", client).param("start", minute(now.plusDays(2)))
                    .param("stillGoing", "false").param("end", minute(now.minusHours(1))).param("peakPain", "11")
                    .param("medicines[0].product", "something unusual").param("notes", "kept on the page")
                    .exchange();

            assertThat(refused).hasStatus(400);
            Document page = parse(refused);
            assertThat(page.select("#start-error").text()).isEqualTo("This time has not come yet.");
            assertThat(page.select("#end-error").text()).isEqualTo("The end must be after the start.");
            assertThat(page.select("#peakPain-error").text()).isEqualTo("Must be between 0 and 10.");
            assertThat(page.getElementById("medicines[0].drugClass-error").text())
                    .startsWith("Choose what kind of medicine this is");
            assertThat(page.select("textarea[name=notes]").text()).isEqualTo("kept on the page");
            assertThat(page.select("input[name=start]").val()).isEqualTo(minute(now.plusDays(2)));
            assertThat(attacksOf(client)).isZero();
        }

        @Test
        void aChangeThatIsRefusedLeavesTheAttackAsItWas() {
            String client = signUp(mvc, "refused-change");
            String attack = logNow(client, 4);
            LocalDateTime now = LocalDateTime.now(zoneOf(client));

            MvcTestResult refused = post("/me/diary/attacks/" + attack, client).param("version", "1")
                    .param("start", minute(now.minusHours(2))).param("stillGoing", "false")
                    .param("end", minute(now.minusHours(3))).param("peakPain", "11").exchange();

            assertThat(refused).hasStatus(400);
            Document page = parse(refused);
            assertThat(page.select("#end-error").text()).isEqualTo("The end must be after the start.");
            assertThat(page.select("#peakPain-error")).hasSize(1);
            assertThat(attackOf(client, attack)).containsEntry("version", 1).containsEntry("peakPain", 4)
                    .containsEntry("stillGoing", true);
        }

        @Test
        void saidEndedWithoutAnEndIsRefusedBesideTheEnd() {
            String client = signUp(mvc, "no-end");
            LocalDateTime now = LocalDateTime.now(zoneOf(client));

            MvcTestResult refused = post("/me/diary/attacks", client).param("start", minute(now.minusHours(2)))
                    .param("stillGoing", "false").param("end", "").param("peakPain", "5").exchange();

            assertThat(refused).hasStatus(400);
            assertThat(parse(refused).select("#end-error").text()).startsWith("Give the time it ended");
            assertThat(attacksOf(client)).isZero();
        }

        @Test
        void aStaleEditOrAnOverlapIsSaidAboveTheFormWith409() {
            String client = signUp(mvc, "stale");
            String attack = logNow(client, 4, 60);
            LocalDateTime now = LocalDateTime.now(zoneOf(client));

            MvcTestResult stale = post("/me/diary/attacks/" + attack, client).param("version", "7")
                    .param("start", minute(now.minusHours(1))).param("stillGoing", "true").param("peakPain", "5")
                    .exchange();
            assertThat(stale).hasStatus(409);
            assertThat(parse(stale).select("#problem").text()).startsWith("This attack was changed meanwhile");

            MvcTestResult overlap = post("/me/diary/attacks", client).param("start", minute(now.minusMinutes(30)))
                    .param("stillGoing", "false").param("end", minute(now.minusMinutes(10))).param("peakPain", "5")
                    .exchange();
            assertThat(overlap).hasStatus(409);
            assertThat(parse(overlap).select("#problem").text()).startsWith("This overlaps another attack");
            assertThat(attacksOf(client)).isEqualTo(1);
        }

        @Test
        void wrongTypesAreOneFieldsErrorEach() {
            String client = signUp(mvc, "types");

            MvcTestResult refused = post("/me/diary/attacks", client).param("start", "yesterday")
                    .param("peakPain", "a lot").param("side", "UP").param("aura[0].minutes", "ten").exchange();

            assertThat(refused).hasStatus(400);
            Document page = parse(refused);
            assertThat(page.select("#start-error").text()).isEqualTo("Please enter a date and a time.");
            assertThat(page.select("#peakPain-error").text()).isEqualTo("Please enter a whole number.");
            assertThat(page.select("#side-error")).hasSize(1);
            assertThat(page.getElementById("aura[0].minutes-error")).isNotNull();
            assertThat(attacksOf(client)).isZero();
        }

        @Test
        void everyFieldOfARowAndTheEndedQuestionShowTheirOwnError() {
            String client = signUp(mvc, "row-types");
            LocalDateTime now = LocalDateTime.now(zoneOf(client));

            MvcTestResult refused = post("/me/diary/attacks", client).param("start", minute(now.minusHours(1)))
                    .param("stillGoing", "maybe").param("aura[0].type", "VISUAL").param("aura[0].positive", "maybe")
                    .param("aura[0].side", "UP").param("medicines[0].product", "paracetamol")
                    .param("medicines[0].effect", "MIRACULOUS").exchange();

            assertThat(refused).hasStatus(400);
            Document page = parse(refused);
            for (String field : List.of("stillGoing", "aura[0].positive", "aura[0].side", "medicines[0].effect")) {
                assertThat(page.getElementById(field + "-error")).as(field).isNotNull();
            }
            assertThat(attacksOf(client)).isZero();
        }

        @Test
        void anotherRowIsAddedWithoutSavingAndTooManyRowsAreBadInput() {
            String client = signUp(mvc, "rows");
            LocalDateTime now = LocalDateTime.now(zoneOf(client));

            MvcTestResult more = post("/me/diary/attacks", client).param("start", minute(now.minusHours(1)))
                    .param("medicines[0].product", "paracetamol").param("more", "medicines").exchange();

            assertThat(more).hasStatusOk();
            Document page = parse(more);
            assertThat(page.select(".medicine-row")).hasSize(3);
            assertThat(page.select("input[name=medicines[0].product]").val()).isEqualTo("paracetamol");
            assertThat(page.select("details#medicines[open]")).hasSize(1);
            assertThat(attacksOf(client)).isZero();

            assertThat(post("/me/diary/attacks", client).param("aura[500].minutes", "3").exchange()).hasStatus(400);
        }

        @Test
        void addingARowKeepsWhatWasMistypedWithItsError() {
            String client = signUp(mvc, "rows-typo");

            MvcTestResult more = post("/me/diary/attacks", client).param("start", "yesterday")
                    .param("medicines[0].product", "paracetamol").param("medicines[0].takenAt", "at noon")
                    .param("more", "aura").exchange();

            assertThat(more).hasStatus(400);
            Document page = parse(more);
            assertThat(page.select("#start-error").text()).isEqualTo("Please enter a date and a time.");
            assertThat(page.select("input[name=start]").val()).isEqualTo("yesterday");
            assertThat(page.getElementById("medicines[0].takenAt-error")).isNotNull();
            assertThat(page.select("input[name=medicines[0].product]").val()).isEqualTo("paracetamol");
            assertThat(page.select(".aura-row")).hasSize(2);
            assertThat(attacksOf(client)).isZero();
        }

        @Test
        void aNewAttackFormStartsNowAndOffersTheHomeCarePlanFirst() {
            String client = signUp(mvc, "plan-first");
            assertThat(mvc.put().uri("/api/v1/clients/{id}/home-care-plan", id(client)).with(Demo.basic(Demo.OWNER))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"version":0,"items":[
                              {"template":"SKULL_BASE_PRESSURE","frequency":"TIMES_PER_DAY","times":2,"minutes":5},
                              {"template":"HYDRATION","frequency":"DAILY","glasses":8}]}""").exchange())
                    .hasStatusOk();

            Document form = get("/me/diary/attacks/new", client);

            assertThat(form.select("input[name=selfCare]").eachAttr("value")).startsWith("SKULL_BASE_PRESSURE",
                    "WATER", "COLD_PACK").hasSize(SelfCare.values().length);
            assertThat(form.select("#attack-form").attr("action")).isEqualTo("/me/diary/attacks");
            assertThat(form.select("#attack-form p.hint").first().text())
                    .isEqualTo("Times are in the time zone of your diary: " + zoneOf(client).getId() + ".");
            assertThat(form.select("input[name=start]").val()).isNotBlank();
            assertThat(form.select("input[name=stillGoing][value=true]").hasAttr("checked")).isTrue();
            assertThat(form.select("#delete-attack")).isEmpty();
        }

        @Test
        void deletingAsksFirstAndThenTakesTheAttackOut() {
            String client = signUp(mvc, "delete");
            String attack = logNow(client, 2);

            Document confirm = get("/me/diary/attacks/" + attack + "/delete", client);
            assertThat(confirm.select("#confirm-delete")).hasSize(1);
            assertThat(attacksOf(client)).isEqualTo(1);

            assertThat(post("/me/diary/attacks/" + attack + "/delete", client).exchange())
                    .hasStatus3xxRedirection().hasRedirectedUrl("/me/diary");
            assertThat(attacksOf(client)).isZero();
            assertThat(mvc.get().uri("/me/diary/attacks/" + attack).with(page(client)).exchange()).hasStatus(404);
        }

        @Test
        void anotherClientsAttackIsNotFound() {
            String owner = signUp(mvc, "mine");
            String other = signUp(mvc, "theirs");
            String attack = logNow(owner, 6);

            assertThat(mvc.get().uri("/me/diary/attacks/" + attack).with(page(other)).exchange()).hasStatus(404);
            assertThat(post("/me/diary/attacks/" + attack, other).param("peakPain", "1").exchange()).hasStatus(404);
            assertThat(post("/me/diary/attacks/" + attack + "/end", other).exchange()).hasStatus(404);
            assertThat(post("/me/diary/attacks/" + attack + "/delete", other).exchange()).hasStatus(404);
            assertThat(mvc.get().uri("/me/diary/now/saved/" + attack).with(page(other)).exchange()).hasStatus(404);
            assertThat(mvc.get().uri("/me/diary/attacks/not-an-id").with(page(other)).exchange()).hasStatus(404);
            assertThat(attackOf(owner, attack)).containsEntry("peakPain", 6).containsEntry("version", 1);
        }

        @Test
        void staffCannotOpenTheClientsDiaryPages() {
            assertThat(mvc.get().uri("/me/diary").with(SignIn.as(accounts, Demo.THERAPIST)).exchange())
                    .hasStatus(403);
        }
    }

    @Nested
    class TheDiaryHome {

        @Test
        void listsTheRecentAttacksMarkingTheIncompleteAndTheStillGoing() {
            String client = signUp(mvc, "list");
            assertThat(postAttack(mvc, id(client), as(client), DiaryApiTests.fullAttack(zoneOf(client), 3)))
                    .hasStatus(201);
            String quick = logNow(client, 5);

            Document home = get("/me/diary", client);

            assertThat(home.select("#recent > li")).hasSize(2);
            Element running = home.getElementById("attack-" + quick);
            assertThat(running.select(".tag.still-going").text()).isEqualTo("Still going");
            assertThat(running.select(".tag.incomplete").text()).isEqualTo("Incomplete: add details");
            assertThat(running.select("a").attr("href")).isEqualTo("/me/diary/attacks/" + quick);
            Element full = home.select("#recent > li").get(1);
            assertThat(full.select(".tag")).isEmpty();
            assertThat(full.text()).contains("7 h 30 min", "Pain 7 of 10, Severe");
            assertThat(home.select("#running form").attr("action")).isEqualTo("/me/diary/attacks/" + quick + "/end");
            assertThat(home.select("nav.sub-nav a").eachAttr("href")).contains("/me/diary/month", "/me/diary/charts",
                    "/me/diary/settings", "/me/diary/attacks/new", "/me/diary/export-import");
            assertThat(home.select("nav a[href=/me/diary]")).isNotEmpty();
        }

        @Test
        void todaysCheckInIsSavedAndShown() {
            String client = signUp(mvc, "check-in");
            LocalDate today = LocalDate.now(zoneOf(client));

            assertThat(post("/me/diary/days/" + today, client).param("status", "HEADACHE_FREE")
                    .param("back", "diary").exchange()).hasStatus3xxRedirection().hasRedirectedUrl("/me/diary");

            assertThat(day(client, today)).containsEntry("status", DayStatus.HEADACHE_FREE.name());
            Document home = get("/me/diary", client);
            assertThat(home.select("#headache-free").attr("aria-pressed")).isEqualTo("true");
            assertThat(home.select("#headache").attr("aria-pressed")).isEqualTo("false");
            assertThat(home.select("#checked-in").text()).isEqualTo("Recorded: no headache.");
        }

        @Test
        void aCheckInByHtmxAnswersOnlyTheCheckIn() {
            String client = signUp(mvc, "htmx");
            LocalDate yesterday = LocalDate.now(zoneOf(client)).minusDays(1);

            MvcTestResult swapped = post("/me/diary/days/" + yesterday, client).header("HX-Request", "true")
                    .param("status", "HEADACHE").param("note", "a dull one").exchange();

            assertThat(swapped).hasStatusOk();
            String fragment = Json.body(swapped).strip();
            assertThat(fragment).startsWith("<div id=\"check-in\"").doesNotContain("<html", "<h1", "??");
            Element part = Jsoup.parseBodyFragment(fragment).getElementById("check-in");
            assertThat(part.select("#headache").attr("aria-pressed")).isEqualTo("true");
            assertThat(part.select("#check-in-saved")).hasSize(1);
            assertThat(day(client, yesterday)).containsEntry("status", "HEADACHE").containsEntry("note", "a dull one");
        }

        @Test
        void aFutureDayIsRefusedAndNothingIsSaved() {
            String client = signUp(mvc, "future-day");
            LocalDate tomorrow = LocalDate.now(zoneOf(client)).plusDays(1);

            MvcTestResult refused = post("/me/diary/days/" + tomorrow, client).param("status", "HEADACHE_FREE")
                    .exchange();

            assertThat(refused).hasStatus(400);
            assertThat(parse(refused).select("#future").text()).isEqualTo("This day has not come yet.");
            Document page = get("/me/diary/days/" + tomorrow, client);
            assertThat(page.select("#future")).hasSize(1);
            assertThat(page.select("#check-in")).isEmpty();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM diary_day WHERE client_id = CAST(? AS UUID)")
                    .param(id(client)).query(Long.class).single()).isZero();
        }

        @Test
        void aPastDayIsCheckedInOnItsPageWithMenstruationForThoseWhoRecordIt() {
            String client = signUp(mvc, "past-day");
            LocalDate day = LocalDate.now(zoneOf(client)).minusDays(5);
            assertThat(get("/me/diary/days/" + day, client).select("input[name=menstruation]")).isEmpty();
            assertThat(post("/me/diary/settings", client).param("zone", zoneOf(client).getId())
                    .param("reminderAt", "20:00").param("tracksMenstruation", "true").exchange())
                    .hasStatus3xxRedirection();

            assertThat(get("/me/diary/days/" + day, client).select("input[name=menstruation]")).hasSize(1);
            assertThat(post("/me/diary/days/" + day, client).param("status", "HEADACHE").param("menstruation", "true")
                    .exchange()).hasStatus3xxRedirection().hasRedirectedUrl("/me/diary/days/" + day);

            assertThat(day(client, day)).containsEntry("status", "HEADACHE").containsEntry("menstruation", true);
            Document page = get("/me/diary/days/" + day, client);
            assertThat(page.select("#checked-in").text()).isEqualTo("Recorded: headache.");
            assertThat(page.select("#next-day").attr("href")).isEqualTo("/me/diary/days/" + day.plusDays(1));

            assertThat(post("/me/diary/days/" + day + "/clear", client).exchange()).hasStatus3xxRedirection();
            assertThat(get("/me/diary/days/" + day, client).select("#checked-in")).isEmpty();
        }

        @Test
        void headacheFreeOnADayWithAnAttackIsRefusedWithTheReason() {
            String client = signUp(mvc, "has-attack");
            logNow(client, 5);
            LocalDate today = LocalDate.now(zoneOf(client));

            MvcTestResult refused = post("/me/diary/days/" + today, client).param("status", "HEADACHE_FREE")
                    .param("back", "diary").exchange();

            assertThat(refused).hasStatus(409);
            assertThat(parse(refused).select("#check-in .form-errors").text())
                    .startsWith("You recorded an attack on this day");
        }

        /** The day's check-in as it is kept: status, menstruation and note. */
        Map<String, Object> day(String client, LocalDate date) {
            List<Map<String, Object>> rows = jdbc.sql("""
                    SELECT status, menstruation, note FROM diary_day
                     WHERE client_id = CAST(? AS UUID) AND diary_date = ?""").param(id(client)).param(date)
                    .query().listOfRows();
            assertThat(rows).as("check-in of %s", date).hasSize(1);
            Map<String, Object> row = new java.util.HashMap<>();
            rows.get(0).forEach((k, v) -> row.put(k.toLowerCase(Locale.ROOT), v));
            return row;
        }
    }

    @Nested
    class Settings {

        @Test
        void savesTheZoneTheReminderAndMenstruation() {
            String client = signUp(mvc, "settings");
            Document form = get("/me/diary/settings", client);
            assertThat(form.select("select[name=zone] option[selected]").val()).isEqualTo(zoneOf(client).getId());

            assertThat(post("/me/diary/settings", client).param("zone", "Pacific/Auckland").param("reminder", "true")
                    .param("reminderAt", "21:15").param("tracksMenstruation", "true").exchange())
                    .hasStatus3xxRedirection().hasRedirectedUrl("/me/diary/settings");

            Map<String, Object> read = Json.read(mvc.get().uri("/api/v1/clients/{id}/diary/settings", id(client))
                    .with(as(client)).exchange(), "$");
            assertThat(read).containsEntry("zone", "Pacific/Auckland").containsEntry("reminder", true)
                    .containsEntry("reminderAt", "21:15").containsEntry("tracksMenstruation", true);
        }

        @Test
        void aMangledTickBoxIsShownBesideItAndNothingIsSaved() {
            String client = signUp(mvc, "bad-ticks");

            MvcTestResult refused = post("/me/diary/settings", client).param("zone", "Pacific/Auckland")
                    .param("reminder", "maybe").param("tracksMenstruation", "perhaps").exchange();

            assertThat(refused).hasStatus(400);
            Document page = parse(refused);
            assertThat(page.getElementById("reminder-error")).isNotNull();
            assertThat(page.getElementById("tracksMenstruation-error")).isNotNull();
            assertThat(zoneOf(client).getId()).isNotEqualTo("Pacific/Auckland");

            LocalDate today = LocalDate.now(zoneOf(client));
            MvcTestResult day = post("/me/diary/days/" + today, client).param("status", "HEADACHE_FREE")
                    .param("menstruation", "perhaps").exchange();

            assertThat(day).hasStatus(400);
            assertThat(parse(day).getElementById("menstruation-error")).isNotNull();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM diary_day WHERE client_id = CAST(? AS UUID)")
                    .param(id(client)).query(Long.class).single()).isZero();
        }

        @Test
        void anUnknownZoneOrTimeIsShownBesideItsField() {
            String client = signUp(mvc, "bad-settings");

            MvcTestResult refused = post("/me/diary/settings", client).param("zone", "Mars/Olympus")
                    .param("reminderAt", "late").exchange();

            assertThat(refused).hasStatus(400);
            Document page = parse(refused);
            assertThat(page.select("#zone-error").text()).startsWith("This is not a time zone");
            assertThat(page.select("#reminderAt-error").text()).startsWith("Give the time as hours and minutes");
            assertThat(zoneOf(client).getId()).isNotEqualTo("Mars/Olympus");
        }
    }

    @Test
    void everyDiaryChoiceShownOnAPageHasALabel() {
        for (Enum<?>[] values : List.<Enum<?>[]>of(Intensity.values(), SelfCare.values(), Disruption.values(),
                MedicineEffect.values())) {
            for (Enum<?> value : values) {
                String prefix = value instanceof Intensity ? "diary.intensity." : value instanceof SelfCare
                        ? "diary.self-care." : value instanceof Disruption ? "diary.stopped." : "diary.medicine-effect.";
                assertThat(messages.getMessage(prefix + value.name(), null, null, Locale.ENGLISH))
                        .as(prefix + value.name()).isNotBlank();
            }
        }
        for (AuraType type : AuraType.values()) {
            assertThat(messages.getMessage("intake.aura-type." + type, null, null, Locale.ENGLISH)).isNotBlank();
        }
        for (DrugClass drugClass : DrugClass.values()) {
            assertThat(messages.getMessage("intake.drug-class." + drugClass, null, null, Locale.ENGLISH)).isNotBlank();
        }
        for (String missing : List.of("end", "side", "quality", "worseWithActivity", "nausea", "vomiting",
                "photophobia", "phonophobia")) {
            assertThat(messages.getMessage("diary.missing." + missing, null, null, Locale.ENGLISH)).isNotBlank();
        }
    }
}
