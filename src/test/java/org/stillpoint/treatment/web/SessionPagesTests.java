package org.stillpoint.treatment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.stillpoint.scheduling.SchedulingFixtures.MEDICAL_MASSAGE;
import static org.stillpoint.scheduling.SchedulingFixtures.THEO;
import static org.stillpoint.scheduling.SchedulingFixtures.at;
import static org.stillpoint.scheduling.SchedulingFixtures.booked;
import static org.stillpoint.scheduling.SchedulingFixtures.demoClientId;
import static org.stillpoint.scheduling.SchedulingFixtures.sessionType;
import static org.stillpoint.scheduling.SchedulingFixtures.therapist;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stillpoint.scheduling.SchedulingTest;
import org.stillpoint.scheduling.TestDays;
import org.stillpoint.support.Demo;
import org.stillpoint.support.SignIn;

/** The session pages: the therapist's screen, the check, the plan editor and the client's plan. */
@SchedulingTest
class SessionPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTherapistSeesTheSessionScreenWithItsThreeSteps() throws Exception {
        String id = appointment();

        Document html = page(mvc.get().uri("/therapist/appointments/{id}", id).with(theo()).exchange());

        assertThat(html.select("#summary-card")).hasSize(1);
        assertThat(html.select("#home-care").attr("href")).startsWith("/therapist/clients/").endsWith("/home-care");
        assertThat(html.select("#step-check a").attr("href")).isEqualTo("/therapist/appointments/" + id + "/check");
        assertThat(html.select("#step-plan a").attr("href")).isEqualTo("/therapist/appointments/" + id + "/plan");
        assertThat(html.select("#step-note a").attr("href")).isEqualTo("/therapist/appointments/" + id + "/note");
        assertThat(mvc.get().uri("/therapist/appointments/{id}", id).with(SignIn.as(accounts, Demo.CLIENT))
                .exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/therapist/appointments/{id}", id).with(SignIn.as(accounts, Demo.DESK))
                .exchange()).hasStatus(403);
    }

    @Test
    void theCheckFormShowsEachMissingAnswerBesideItsQuestionAndSavesNothing() throws Exception {
        String id = appointment();
        RequestPostProcessor client = SignIn.as(accounts, Demo.CLIENT);
        // "My appointments" lists the coming weeks; each booked one there links to its check.
        Document mine = page(mvc.get().uri("/me/appointments").with(client).exchange());
        assertThat(mine.select("#upcoming a.check-link").eachAttr("href")).isNotEmpty()
                .hasSameSizeAs(mine.select("#upcoming a.move-link"))
                .allSatisfy(href -> assertThat(href).matches("/me/appointments/[0-9a-f-]{36}/check"));
        assertThat(page(mvc.get().uri("/me/appointments/{id}/check", id).with(client).exchange())
                .select("input[name^=redFlags]")).isNotEmpty();

        Document refused = page(mvc.post().uri("/me/appointments/{id}/check", id).with(client).with(csrf())
                .param("fever", "false").param("attackInProgress", "true").exchange());

        assertThat(refused.select("#fever-error")).isEmpty();
        assertThat(refused.select("#newMedicine-error").text()).isNotBlank();
        assertThat(refused.select("#attackSeverity-error").text()).isNotBlank();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pre_session_check WHERE appointment_id = :id")
                .param("id", UUID.fromString(id)).query(Integer.class).single()).isZero();

        Document saved = page(mvc.post().uri("/me/appointments/{id}/check", id).with(client).with(csrf())
                .param("fever", "false").param("attackInProgress", "false").param("newMedicine", "false")
                .param("newInjury", "false").param("headOrNeckInjury", "false").param("newSymptom", "false")
                .exchange());
        assertThat(saved.select("#check-saved")).hasSize(1);
        assertThat(saved.select("#emergency")).isEmpty();
    }

    @Test
    void theCheckFormPostsBackToItsOwnPageWithTheCsrfTokenForTheTherapistAndTheClient() throws Exception {
        String id = appointment();

        for (var who : java.util.Map.of("/therapist/appointments/" + id + "/check", theo(),
                "/me/appointments/" + id + "/check", SignIn.as(accounts, Demo.CLIENT)).entrySet()) {
            Document page = page(mvc.get().uri(who.getKey()).with(who.getValue()).exchange());
            assertThat(page.select("form:has(input[name=fever])").attr("action")).isEqualTo(who.getKey());
            assertThat(page.select("form:has(input[name=fever]) input[type=hidden][name=_csrf]").val())
                    .as("a form without its token is refused (403) when a person sends it").isNotBlank();
        }
    }

    @Test
    void eachCheckQuestionIsAskedOnceWithItsYesAndNoAndItsFollowUpInside() throws Exception {
        String id = appointment();

        Document page = page(mvc.get().uri("/therapist/appointments/{id}/check", id).with(theo()).exchange());

        for (String question : java.util.List.of("fever", "attackInProgress", "attackUnusual", "touchHurts",
                "newMedicine", "newInjury", "headOrNeckInjury", "newSymptom")) {
            assertThat(page.select("input[type=radio][name=" + question + "]").eachAttr("value")).as(question)
                    .containsExactly("true", "false");
        }
        assertThat(page.select("fieldset:has(> .answer input[name=attackInProgress]) input[name=attackHoursAgo]"))
                .hasSize(1);
        assertThat(page.select("fieldset:has(> .answer input[name=newMedicine]) input[name=bloodThinner]"))
                .isNotEmpty();
        assertThat(page.select("fieldset:has(> .answer input[name=newInjury]) input[name=injuredAreas]"))
                .isNotEmpty();
        assertThat(page.select("fieldset:has(> .answer input[name=newSymptom]) input[name=symptomDescription]"))
                .hasSize(1);
        assertThat(page.select("input[name=attackHoursAgo], input[name=symptomDescription]")).hasSize(2);
    }

    @Test
    void theEditorOpensEmptyBeforeThereIsAPlanAndWithTheSavedPlanAfter() throws Exception {
        String id = appointment();

        Document empty = page(mvc.get().uri("/therapist/appointments/{id}/plan", id).with(theo()).exchange());
        assertThat(empty.select("#editor tbody tr")).hasSize(2);
        assertThat(empty.select("#propose")).hasSize(1);

        assertThat(mvc.post().uri("/therapist/appointments/{id}/plan", id).with(theo()).with(csrf())
                .param("action", "save")
                .param("blocks[0].technique", "SWEDISH").param("blocks[0].area", "SHOULDERS")
                .param("blocks[0].minutes", "20").param("blocks[0].pressure", "2")
                .param("lighting", "DIMMED").param("sound", "QUIET").param("temperature", "NEUTRAL")
                .param("pack", "NONE").param("position", "SUPINE").exchange()).hasStatus3xxRedirection();

        Document saved = page(mvc.get().uri("/therapist/appointments/{id}/plan", id).with(theo()).exchange());
        assertThat(saved.select("#editor tbody tr")).hasSize(1 + 2);
        assertThat(saved.select("select[name='blocks[0].technique'] option[selected]").val()).isEqualTo("SWEDISH");
        assertThat(saved.select("#block-0 .verdict strong").attr("class")).isEqualTo("outcome-OK");
        assertThat(saved.select("#editor input[name=version]").val()).isEqualTo("0");
    }

    @Test
    void theEditorFillsInAProposalRefusesABlockedEditAndSavesAGoodPlan() throws Exception {
        String id = appointment();
        Document proposed = page(mvc.post().uri("/therapist/appointments/{id}/plan/proposal", id).with(theo())
                .with(csrf()).exchange());
        assertThat(proposed.select("select[name='blocks[0].technique'] option[selected]").attr("value"))
                .as(proposed.select("#editor").outerHtml()).isNotBlank();

        // Clinical-reference §6.3: no trigger-point work while an attack is under way, unless the therapist gives a
        // reason (a relative rule).
        assertThat(mvc.post().uri("/therapist/appointments/{id}/check", id).with(theo()).with(csrf())
                .param("fever", "false").param("attackInProgress", "true").param("attackHoursAgo", "2")
                .param("attackSeverity", "4").param("attackUnusual", "false").param("touchHurts", "false")
                .param("newMedicine", "false").param("newInjury", "false").param("headOrNeckInjury", "false")
                .param("newSymptom", "false").exchange()).hasStatusOk();
        MvcTestResult refused = mvc.post().uri("/therapist/appointments/{id}/plan", id).with(theo())
                .with(csrf()).param("action", "save")
                .param("blocks[0].technique", "TRIGGER_POINT").param("blocks[0].area", "TRAPEZIUS_LEFT")
                .param("blocks[0].minutes", "10").param("blocks[0].pressure", "2")
                .param("lighting", "OFF").param("sound", "QUIET").param("temperature", "NEUTRAL")
                .param("pack", "COLD").param("position", "SUPINE").exchange();
        Document html = page(refused);
        assertThat(html.select("#block-0 .verdict strong").attr("class")).isEqualTo("outcome-BLOCKED");
        assertThat(html.select("#block-0 input[name='blocks[0].overrideReason']")).hasSize(1);
        assertThat(html.select(".form-errors").text()).isNotBlank();
        assertThat(plans(id)).isZero();

        assertThat(mvc.post().uri("/therapist/appointments/{id}/plan", id).with(theo()).with(csrf())
                .param("action", "save")
                .param("blocks[0].technique", "TRIGGER_POINT").param("blocks[0].area", "TRAPEZIUS_LEFT")
                .param("blocks[0].minutes", "10").param("blocks[0].pressure", "2")
                .param("blocks[0].overrideReason", "Light release the client asked for; stops if it hurts.")
                .param("lighting", "OFF").param("sound", "QUIET").param("temperature", "NEUTRAL")
                .param("pack", "COLD").param("position", "SUPINE").exchange()).hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM session_plan_override WHERE appointment_id = :id")
                .param("id", UUID.fromString(id)).query(Integer.class).single()).isPositive();
        jdbc.sql("DELETE FROM session_plan WHERE appointment_id = :id").param("id", UUID.fromString(id)).update();

        MvcTestResult fragment = mvc.post().uri("/therapist/appointments/{id}/plan", id).with(theo())
                .with(csrf()).header("HX-Request", "true")
                .param("blocks[0].technique", "SWEDISH").param("blocks[0].area", "SHOULDERS")
                .param("blocks[0].minutes", "20").param("blocks[0].pressure", "2")
                .param("lighting", "DIMMED").param("sound", "QUIET").param("temperature", "NEUTRAL")
                .param("pack", "NONE").param("position", "SUPINE").exchange();
        String body = fragment.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("<form id=\"editor\"").doesNotContain("<html");
        assertThat(plans(id)).isZero();

        MvcTestResult saved = mvc.post().uri("/therapist/appointments/{id}/plan", id).with(theo())
                .with(csrf()).param("action", "save")
                .param("blocks[0].technique", "SWEDISH").param("blocks[0].area", "SHOULDERS")
                .param("blocks[0].minutes", "20").param("blocks[0].pressure", "2")
                .param("lighting", "DIMMED").param("sound", "QUIET").param("temperature", "NEUTRAL")
                .param("pack", "NONE").param("position", "SUPINE").exchange();
        assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/therapist/appointments/" + id);
        assertThat(plans(id)).isEqualTo(1);
        assertThat(page(mvc.get().uri("/therapist/appointments/{id}", id).with(theo()).exchange())
                .select("#plan-status").text()).isEqualTo("A plan is saved. The client has not agreed to it yet.");

        Document mine = page(mvc.get().uri("/me/appointments/{id}/plan", id).with(SignIn.as(accounts, Demo.CLIENT))
                .exchange());
        assertThat(mine.select(".plan-summary li")).hasSize(1);
        assertThat(mine.select(".plan-summary li").text()).as("plain words, mid-sentence in lower case")
                .isEqualTo("Long, gentle strokes on your shoulders, 20 minutes, light");
        assertThat(mvc.post().uri("/me/appointments/{id}/plan/agreement", id).with(SignIn.as(accounts, Demo.CLIENT))
                .with(csrf()).param("version", mine.select("input[name=version]").val()).exchange())
                .hasStatus3xxRedirection();
        assertThat(page(mvc.get().uri("/me/appointments/{id}/plan", id).with(SignIn.as(accounts, Demo.CLIENT))
                .exchange()).select("#agreed")).hasSize(1);
        assertThat(page(mvc.get().uri("/therapist/appointments/{id}", id).with(theo()).exchange())
                .select("#plan-status").text()).isEqualTo("A plan is saved, and the client has agreed to it.");
    }

    @Test
    void aMalformedCheckAnswerIsShownBesideItsQuestionAndNothingIsSaved() throws Exception {
        String id = appointment();

        Document refused = page(mvc.post().uri("/me/appointments/{id}/check", id)
                .with(SignIn.as(accounts, Demo.CLIENT)).with(csrf())
                .param("fever", "false").param("attackInProgress", "false").param("newMedicine", "false")
                .param("newInjury", "true").param("injuryDescription", "Sprained wrist")
                .param("injuredAreas", "NOT_AN_AREA").param("headOrNeckInjury", "false")
                .param("newSymptom", "false").exchange());

        assertThat(refused.select("#injuredAreas-error").text()).isNotBlank();
        assertThat(refused.select("#check-saved")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pre_session_check WHERE appointment_id = :id")
                .param("id", UUID.fromString(id)).query(Integer.class).single()).isZero();
    }

    @Test
    void aMalformedPlanValueIsShownBesideItsFieldAndNothingIsSaved() throws Exception {
        String id = appointment();

        Document refused = page(mvc.post().uri("/therapist/appointments/{id}/plan", id).with(theo()).with(csrf())
                .param("action", "save")
                .param("blocks[0].technique", "SWEDISH").param("blocks[0].area", "SHOULDERS")
                .param("blocks[0].minutes", "20").param("blocks[0].pressure", "2").param("blocks[0].heat", "maybe")
                .param("lighting", "DIMMED").param("sound", "QUIET").param("temperature", "NEUTRAL")
                .param("pack", "NONE").param("position", "SUPINE").exchange());

        assertThat(refused.select("[id='blocks[0].heat-error']").text()).isNotBlank();
        assertThat(plans(id)).isZero();
    }

    private RequestPostProcessor theo() {
        return SignIn.as(accounts, Demo.THERAPIST);
    }

    private int plans(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM session_plan WHERE appointment_id = :id")
                .param("id", UUID.fromString(id)).query(Integer.class).single();
    }

    private String appointment() {
        return booked(mvc, Demo.basic(Demo.DESK), demoClientId(mvc), sessionType(mvc, MEDICAL_MASSAGE),
                therapist(mvc, THEO), at(TestDays.next(), "11:00"));
    }

    private static Document page(MvcTestResult result) throws java.io.UnsupportedEncodingException {
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
