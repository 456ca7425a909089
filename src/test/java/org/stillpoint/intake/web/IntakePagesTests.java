package org.stillpoint.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.stillpoint.intake.web.IntakeRequests.complete;
import static org.stillpoint.intake.web.IntakeRequests.registerClient;
import static org.stillpoint.intake.web.IntakeRequests.submitted;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stillpoint.intake.Intake;
import org.stillpoint.intake.domain.RedFlagQuestion;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.SignIn;

/**
 * The intake's pages on the demo clinic: the client's steps save at every step, the review lists what is left, the
 * result follows the screening; the staff's card, history, score and clearance pages. No page shows a missing
 * message ({@code ??key??}).
 */
@DemoClinicTest
class IntakePagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    Intake intake;

    @Test
    void everyStepOfANewClientsIntakeRenders() {
        String email = IntakeRequests.uniqueEmail("pages");
        IntakeRequests.signUp(mvc, email);

        for (String path : List.of("/me/intake", "/me/intake/history", "/me/intake/triggers", "/me/intake/medicines",
                "/me/intake/medical", "/me/intake/red-flags", "/me/intake/areas-goals", "/me/intake/review")) {
            page(path, client(email));
        }
        assertThat(page("/me/intake/review", client(email)).select("#submit-intake")).as("nothing to send yet")
                .isEmpty();
        assertThat(mvc.get().uri("/me/intake/result").with(client(email))).hasStatus3xxRedirection()
                .hasRedirectedUrl("/me/intake");
        assertThat(mvc.get().uri("/me/intake/elsewhere").with(client(email))).hasStatus(404);
    }

    @Test
    void aStepSavesWhatWasTypedEvenWithAnswersMissingAndShowsThemBesideTheirFields() {
        String email = IntakeRequests.uniqueEmail("step");
        String client = IntakeRequests.signUp(mvc, email);

        MvcTestResult next = mvc.post().uri("/me/intake/history").with(client(email)).with(csrf())
                .param("headache.types[0].kind", "MIGRAINE").param("headache.types[0].ageAtOnset", "140")
                .param("headache.types[1].kind", "").param("headache.yearsWithHeadache", "12")
                .param("headache.usualDuration", "FROM_4_TO_72_HOURS").param("go", "next").exchange();

        assertThat(next).hasStatusOk();
        Document page = Jsoup.parse(Json.body(next));
        List<String> stepProblems = Json.<List<String>>read(mvc.get().uri("/api/v1/clients/{id}/intake/draft",
                client).with(IntakeRequests.as(email)).exchange(), "$.problems[*].field").stream()
                .filter(field -> field.startsWith("headache") || field.startsWith("dateOfBirth")).toList();
        assertThat(page.select(".form-errors").text())
                .isEqualTo(text("intake.step.saved-with-problems", stepProblems.size()));
        assertThat(page.getElementById("headache.types[0].ageAtOnset-error")).isNotNull();
        assertThat(page.getElementById("headache.types[0].ageAtOnset-error").text())
                .isEqualTo(text("field.range", 0,
                        Period.between(LocalDate.of(1988, 2, 3), intake.today()).getYears()));
        assertThat(page.getElementById("headache.usualFeatures.side-error").text()).isEqualTo(text("field.required"));
        assertThat(page.select("input[name='headache.yearsWithHeadache']").val()).isEqualTo("12");
        assertThat(page.select("button[value=skip]")).isNotEmpty();
        assertThat(Json.body(next)).doesNotContain("??");

        assertThat(mvc.get().uri("/api/v1/clients/{id}/intake/draft", client).with(IntakeRequests.as(email)))
                .bodyJson().isLenientlyEqualTo("""
                        {"answers": {"headache": {"types": [{"kind": "MIGRAINE", "ageAtOnset": 140}],
                                                  "yearsWithHeadache": 12, "usualDuration": "FROM_4_TO_72_HOURS"}}}""");
        assertThat(Json.<List<Object>>read(mvc.get().uri("/api/v1/clients/{id}/intake/draft", client)
                .with(IntakeRequests.as(email)).exchange(), "$.answers.headache.types")).as("the empty row is dropped")
                .hasSize(1);

        assertThat(mvc.post().uri("/me/intake/history").with(client(email)).with(csrf())
                .param("headache.yearsWithHeadache", "13").param("go", "skip"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/me/intake/triggers");
        assertThat(mvc.post().uri("/me/intake/triggers").with(client(email)).with(csrf()).param("go", "back"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/me/intake/history");
    }

    @Test
    void aClientWalksThroughEveryStepSendsTheIntakeAndReadsTheResult() {
        String email = IntakeRequests.uniqueEmail("walk");
        String client = IntakeRequests.signUp(mvc, email);
        RequestPostProcessor me = client(email);

        step("history", me, "dateOfBirth", "1988-02-03", "headache.types[0].kind", "MIGRAINE",
                "headache.types[0].ageAtOnset", "17", "headache.yearsWithHeadache", "20",
                "headache.headacheDaysPerMonth", "5", "headache.usualDuration", "FROM_4_TO_72_HOURS",
                "headache.usualFeatures.side", "LEFT", "headache.usualFeatures.quality", "PULSATING",
                "headache.usualFeatures.intensity", "SEVERE", "headache.usualFeatures.worseWithActivity", "true",
                "headache.usualFeatures.nausea", "MODERATE", "headache.usualFeatures.vomiting", "false",
                "headache.usualFeatures.lightSensitivity", "true", "headache.usualFeatures.soundSensitivity", "true",
                "headache.changedInLast3Months", "false");
        step("triggers", me, "triggers.known", "STRESS", "triggers.known", "WEATHER", "triggers.own[0]",
                "long drives", "currentSymptoms.headacheNow", "false");
        step("medicines", me, "medicines[0].name", "rizatriptan", "medicines[0].use", "ACUTE",
                "medicines[0].drugClass", "TRIPTAN", "medicines[0].daysPerMonth", "4");
        step("medical", me, medical());
        step("red-flags", me, redFlagsAllNo("HEAD_INJURY"));
        MvcTestResult last = mvc.post().uri("/me/intake/areas-goals").with(me).with(csrf())
                .param("painAreas", "NECK").param("painAreas", "SUBOCCIPITALS").param("goals", "Calmer weeks")
                .param("massageExperience.hadMassageBefore", "false").param("go", "next").exchange();
        assertThat(last).hasStatus3xxRedirection().hasRedirectedUrl("/me/intake/review");

        Document review = page("/me/intake/review", me);
        assertThat(review.select("#to-fix")).isEmpty();
        assertThat(review.select("#submit-intake")).hasSize(1);
        assertThat(review.text()).contains("rizatriptan", "Calmer weeks");

        assertThat(mvc.post().uri("/me/intake/submit").with(me).with(csrf())).hasStatus3xxRedirection()
                .hasRedirectedUrl("/me/intake/result");
        Document result = page("/me/intake/result", me);
        assertThat(result.select("main .tier h2").text()).isEqualTo(text("intake.result.URGENT.title"));
        assertThat(result.text()).contains(text("intake.red-flag.post-traumatic-onset"),
                text("intake.result.URGENT.step3"));
        assertThat(Json.<String>read(mvc.get().uri("/api/v1/clients/{id}/intake", client).with(IntakeRequests.as(email))
                .exchange(), "$.screening.tier")).isEqualTo("URGENT");
        assertThat(page("/me/intake", me).select("#treatment-status").text())
                .isEqualTo(text("intake.me.status.BLOCKED"));
    }

    @Test
    void anEmergencyResultSaysFirstToSeekEmergencyCareNow() {
        String email = IntakeRequests.uniqueEmail("emergency");
        String client = IntakeRequests.signUp(mvc, email);
        IntakeRequests.submit(mvc, client, complete(RedFlagQuestion.ONSET_SUDDEN), IntakeRequests.as(email));

        Document result = page("/me/intake/result", client(email));

        assertThat(result.selectFirst("main section > *").hasClass("tier-emergency")).isTrue();
        assertThat(result.selectFirst("main .tier").attr("role")).isEqualTo("alert");
        assertThat(result.selectFirst("main .tier h2").text()).isEqualTo(text("intake.result.EMERGENCY.title"));
        assertThat(result.text()).contains(text("intake.screening-tier.EMERGENCY.advice"),
                text("intake.result.EMERGENCY.staff-told"));
    }

    @Test
    void noneAndRoutineResultsLetBookingGoAheadWithoutCallingTheHeadacheHarmless() {
        String email = IntakeRequests.uniqueEmail("routine");
        String client = IntakeRequests.signUp(mvc, email);
        IntakeRequests.submit(mvc, client, complete(), IntakeRequests.as(email));
        Document none = page("/me/intake/result", client(email));
        assertThat(none.text()).contains(text("intake.result.NONE.booking"), text("intake.screening-tier.NONE.advice"));

        IntakeRequests.submit(mvc, client, complete(RedFlagQuestion.PAINKILLERS_OFTEN), IntakeRequests.as(email));
        Document routine = page("/me/intake/result", client(email));
        assertThat(routine.select("main .tier h2").text()).isEqualTo(text("intake.result.ROUTINE.title"));
        assertThat(routine.text()).contains(text("intake.screening-tier.ROUTINE.advice"),
                text("intake.red-flag.medication-overuse-pattern"));
    }

    @Test
    void theOwnerReadsTheSummaryCardOfTheDemoClient() {
        String bennett = demoClient("Bennett");

        Document card = page("/desk/clients/" + bennett + "/intake", staff(Demo.OWNER));

        assertThat(card.select("h1").text()).isEqualTo(text("intake.card.title", "Claire Bennett"));
        assertThat(card.text()).contains(text("intake.card.doctor-review"), text("intake.pain-area.SUBOCCIPITALS"),
                text("intake.trigger.BRIGHT_LIGHT"), "sumatriptan 50 mg", text("intake.drug-class.TRIPTAN"),
                text("intake.midas-grade.III"), text("intake.hit6-impact.SEVERE"), text("clients.preferences.scent"),
                "Fewer migraine days");
        assertThat(card.select("#midas .due")).as("the last MIDAS is over 3 months old").isNotEmpty();
        assertThat(card.select("#treatment-status h2").text()).isEqualTo(text("intake.treatment-status.ALLOWED"));
    }

    @Test
    void theCardShowsTheClearanceInForceAndTheContraindications() {
        Document card = page("/desk/clients/" + demoClient("Marino") + "/intake", staff(Demo.OWNER));

        assertThat(card.select("#treatment-status h2").text()).isEqualTo(text("intake.treatment-status.CLEARED"));
        assertThat(card.select("#clearance-in-force").text()).contains("Dr. Ana Ruiz",
                text("intake.clearance-scope.GENTLE_WORK_ONLY"));
        assertThat(card.select("#contraindications").text()).contains(
                text("intake.contraindication.red-flag-screening.urgent"), text("intake.card.cleared"));
    }

    @Test
    void theOwnerReadsTheHistoryAndAVersion() {
        String client = registerClient(mvc);
        submitted(mvc, client, complete());
        submitted(mvc, client, complete(RedFlagQuestion.PAINFUL_EYE));

        Document history = page("/desk/clients/" + client + "/intake/versions", staff(Demo.OWNER));
        assertThat(history.select("#versions tbody tr")).hasSize(2);

        Document version = page("/desk/clients/" + client + "/intake/versions/2", staff(Demo.OWNER));
        assertThat(version.text()).contains(text("intake.red-flag.painful-red-eye"), "Fewer headache days",
                text("intake.pain-area.SUBOCCIPITALS"));
        assertThat(mvc.get().uri("/desk/clients/" + client + "/intake/versions/9").with(staff(Demo.OWNER)))
                .hasStatus(404);
    }

    @Test
    void scoreFormsNameTheFieldOutOfRangeAndSaveGoodEntries() {
        String client = registerClient(mvc);
        page("/desk/clients/" + client + "/intake/scores", staff(Demo.OWNER));

        MvcTestResult bad = mvc.post().uri("/desk/clients/" + client + "/intake/midas").with(staff(Demo.OWNER))
                .with(csrf()).param("administeredOn", intake.today().toString()).param("item1", "93")
                .param("item2", "-1").exchange();
        assertThat(bad).hasStatusOk();
        Document page = Jsoup.parse(Json.body(bad));
        assertThat(page.getElementById("item1-error").text()).isEqualTo(text("field.max").replace("{value}", "92"));
        assertThat(page.getElementById("item2-error").text()).isEqualTo(text("field.min").replace("{value}", "0"));

        assertThat(mvc.post().uri("/desk/clients/" + client + "/intake/hit6").with(staff(Demo.OWNER)).with(csrf())
                .param("administeredOn", intake.today().toString()).param("total", "35")).hasStatusOk()
                .bodyText().contains(text("field.min").replace("{value}", "36"));

        assertThat(mvc.post().uri("/desk/clients/" + client + "/intake/midas").with(staff(Demo.OWNER)).with(csrf())
                .param("administeredOn", intake.today().toString()).param("item1", "2").param("item2", "3")
                .param("item3", "1").param("item4", "0").param("item5", "5")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/desk/clients/" + client + "/intake/hit6").with(staff(Demo.OWNER)).with(csrf())
                .param("administeredOn", intake.today().toString()).param("total", "57")).hasStatus3xxRedirection();
        Document scores = page("/desk/clients/" + client + "/intake/scores", staff(Demo.OWNER));
        assertThat(scores.select("#midas-entries li").text()).contains(text("intake.midas-grade.III"));
        assertThat(scores.select("#hit6-entries li").text()).contains(text("intake.hit6-impact.SUBSTANTIAL"));
    }

    @Test
    void theFrontDeskRecordsAClearanceOnThePageAndSeesTheStatusButNeverTheAnswers() {
        String client = registerClient(mvc);
        submitted(mvc, client, complete(RedFlagQuestion.PROGRESSIVE));
        RequestPostProcessor desk = staff(Demo.DESK);

        Document before = page("/desk/clients/" + client + "/clearances", desk);
        assertThat(before.select("#treatment-status h2").text()).isEqualTo(text("intake.treatment-status.BLOCKED"));
        assertThat(before.text()).doesNotContain("Fewer headache days", text("intake.red-flag.progressive"),
                "sumatriptan");

        MvcTestResult missing = mvc.post().uri("/desk/clients/" + client + "/clearances").with(desk).with(csrf())
                .param("clinicianName", "").param("clearedOn", intake.today().toString()).exchange();
        assertThat(missing).hasStatusOk();
        Document refused = Jsoup.parse(Json.body(missing));
        assertThat(refused.getElementById("clinicianName-error").text()).isEqualTo(text("field.required"));
        assertThat(refused.getElementById("scope-error").text()).isEqualTo(text("field.required"));

        assertThat(mvc.post().uri("/desk/clients/" + client + "/clearances").with(desk).with(csrf())
                .param("clinicianName", "Dr. Mei Chen").param("clinicianProfession", "Neurologist")
                .param("clearedOn", intake.today().toString()).param("scope", "NO_NECK_WORK"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/desk/clients/" + client + "/clearances");
        Document after = page("/desk/clients/" + client + "/clearances", desk);
        assertThat(after.select("#treatment-status h2").text()).isEqualTo(text("intake.treatment-status.CLEARED"));
        assertThat(after.select("#clearance-list").text()).contains("Dr. Mei Chen",
                text("intake.clearance-scope.NO_NECK_WORK"));
    }

    @Test
    void theDesksListShowsWhoWaitsForAClearance() {
        Document list = page("/desk/intake", staff(Demo.DESK));

        assertThat(list.select("#awaiting tbody tr td:first-child").eachText())
                .contains("Tariq Hussain", "Jonas Berg").doesNotContain("Sofia Marino", "Claire Bennett");
        assertThat(list.select("#awaiting tr.emergency").text()).contains("Tariq Hussain");
    }

    @Test
    void theClientRecordLinksToTheIntakePages() {
        String bennett = demoClient("Bennett");

        assertThat(page("/desk/clients/" + bennett, staff(Demo.OWNER)).select("#intake-links a").eachAttr("href"))
                .as("the diary only because Claire shares it").containsExactly("/desk/clients/" + bennett + "/intake",
                        "/desk/clients/" + bennett + "/clearances", "/therapist/clients/" + bennett + "/diary/month");
        assertThat(page("/desk/clients/" + bennett, staff(Demo.DESK)).select("#intake-links a").eachAttr("href"))
                .containsExactly("/desk/clients/" + bennett + "/clearances");
    }

    private void step(String path, RequestPostProcessor me, String... params) {
        var request = mvc.post().uri("/me/intake/" + path).with(me).with(csrf()).param("go", "next");
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        assertThat(request).as("step %s", path).hasStatus3xxRedirection();
    }

    private static String[] medical() {
        return new String[] {"medical.anticoagulants", "false", "medical.pregnancy.status", "NOT_PREGNANT",
                "medical.cancer", "NONE", "medical.immuneSuppression", "false", "medical.dvt", "NONE",
                "medical.bloodPressure", "NORMAL", "medical.diabetes", "false", "medical.reducedSensation", "false",
                "medical.thyroid", "NONE", "medical.heartFailure", "false", "medical.arrhythmia", "false",
                "medical.strokeOrTia.present", "false", "medical.headOrNeckTrauma.present", "false",
                "medical.implants.present", "false", "medical.osteoporosis", "false",
                "medical.oilAllergy.present", "false", "medical.varicoseVeins.present", "false",
                "medical.recentFractureOrSurgery.present", "false", "medical.acuteInjury.present", "false",
                "medical.feverToday", "false", "medical.intoxicated", "false",
                "medical.chemotherapyLast72Hours", "false"};
    }

    /** Every main red-flag question answered no, except those given, whose follow-ups are answered no. */
    private static String[] redFlagsAllNo(String... yes) {
        List<String> params = new java.util.ArrayList<>();
        List<String> yesList = List.of(yes);
        for (RedFlagQuestion question : RedFlagQuestion.values()) {
            if (!question.followUp()) {
                params.add("redFlags.answers[" + question + "]");
                params.add(String.valueOf(yesList.contains(question.name())));
            } else if (yesList.contains(question.followUpOf().name())) {
                params.add("redFlags.answers[" + question + "]");
                params.add("false");
            }
        }
        return params.toArray(String[]::new);
    }

    private Document page(String path, RequestPostProcessor who) {
        MvcTestResult result = mvc.get().uri(path).with(who).exchange();
        assertThat(result).as(path).hasStatusOk();
        String body = Json.body(result);
        assertThat(body).as("%s shows no missing message", path).doesNotContain("??");
        return Jsoup.parse(body);
    }

    private String demoClient(String lastName) {
        return jdbc.sql("SELECT id FROM client WHERE last_name = ?").param(lastName).query(UUID.class).single()
                .toString();
    }

    private RequestPostProcessor client(String email) {
        return SignIn.as(accounts, email);
    }

    private RequestPostProcessor staff(String email) {
        return SignIn.as(accounts, email);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
