package org.stillpoint.treatment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.stillpoint.scheduling.SchedulingFixtures.MEDICAL_MASSAGE;
import static org.stillpoint.scheduling.SchedulingFixtures.NINA_ACCOUNT;
import static org.stillpoint.scheduling.SchedulingFixtures.THEO;
import static org.stillpoint.scheduling.SchedulingFixtures.at;
import static org.stillpoint.scheduling.SchedulingFixtures.booked;
import static org.stillpoint.scheduling.SchedulingFixtures.sessionType;
import static org.stillpoint.scheduling.SchedulingFixtures.therapist;
import static org.stillpoint.treatment.NoteFixtures.futureWithTheo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stillpoint.scheduling.SchedulingFixtures;
import org.stillpoint.scheduling.SchedulingTest;
import org.stillpoint.scheduling.TestDays;
import org.stillpoint.support.Demo;
import org.stillpoint.support.Json;
import org.stillpoint.support.SignIn;
import org.stillpoint.treatment.NoteFixtures;

/** The note page: the draft form, its errors, adding rows, signing, the signed note, amendments, the emergency. */
@SchedulingTest
class SessionNotePagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Nested
    class Draft {

        @Test
        void theTherapistOpensAnEmptyNoteWithAFindingsRowPerAreaAndSpareBlockRows() {
            String id = futureWithTheo(mvc, TestDays.next());

            Document page = page(mvc.get().uri(url(id)).with(theo()).exchange());

            assertThat(page.select("h1").text()).contains("Robin H.").doesNotContain("Hale");
            assertThat(page.select("#findings tbody tr")).hasSize(14);
            assertThat(page.select("#blocks tr.block-row")).hasSize(NoteForm.SPARE_ROWS);
            assertThat(page.select("#note-form").attr("action")).isEqualTo(url(id));
            assertThat(page.select("#sign").attr("formaction")).isEqualTo(url(id) + "/sign");
            assertThat(page.select("#add-row").attr("hx-post")).isEqualTo(url(id));
            assertThat(page.select("#emergency")).isEmpty();
            assertThat(page.select("#written-note")).isEmpty();
        }

        @Test
        void aNoteNotWrittenYetStartsFromTheBlocksOfTheSavedSessionPlan() {
            String id = booked(mvc, Demo.basic(Demo.DESK), SchedulingFixtures.demoClientId(mvc),
                    sessionType(mvc, MEDICAL_MASSAGE), therapist(mvc, THEO), at(TestDays.next(), "10:00"));
            List<Map<String, Object>> blocks = NoteFixtures.savedProposal(mvc, id);

            Document page = page(mvc.get().uri(url(id)).with(theo()).exchange());

            assertThat(page.select("#blocks tr.block-row")).hasSize(blocks.size() + NoteForm.SPARE_ROWS);
            assertThat(page.select("select[name='blocks[0].technique'] option[selected]").val())
                    .isEqualTo(blocks.get(0).get("technique"));
            assertThat(page.select("input[name='blocks[0].minutes']").val())
                    .isEqualTo(String.valueOf(blocks.get(0).get("minutes")));
        }

        @Test
        void savingTheDraftKeepsEveryRowAndShowsItAgain() {
            String id = futureWithTheo(mvc, TestDays.next());

            MvcTestResult saved = form(mvc.post().uri(url(id)))
                    .param("painBefore", "6").param("subjective", "Headache since yesterday.")
                    .param("findings[0].area", "SUBOCCIPITALS").param("findings[0].tension", "MODERATE")
                    .param("findings[0].triggerPoints", "true")
                    .param("blocks[0].technique", "").param("blocks[0].area", "")
                    .param("blocks[1].technique", "TRIGGER_POINT").param("blocks[1].area", "SUBOCCIPITALS")
                    .param("blocks[1].minutes", "15").param("blocks[1].pressure", "4")
                    .param("adverseEvents", "SORENESS").param("nextEvery", "2").param("nextUnit", "WEEKS")
                    .exchange();

            assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl(url(id));
            Document page = page(mvc.get().uri(url(id)).with(theo()).exchange());
            assertThat(page.select("#painBefore option[selected]").val()).isEqualTo("6");
            assertThat(page.select("select[name='blocks[0].technique'] option[selected]").val())
                    .isEqualTo("TRIGGER_POINT");
            assertThat(page.select("input[name='blocks[0].minutes']").val()).isEqualTo("15");
            assertThat(page.select("#blocks tr.block-row")).hasSize(1 + NoteForm.SPARE_ROWS);
            assertThat(page.select("select[name='findings[0].tension'] option[selected]").val()).isEqualTo("MODERATE");
            assertThat(page.select("input[name='findings[0].triggerPoints']").hasAttr("checked")).isTrue();
            assertThat(page.select("input[name='adverseEvents'][value=SORENESS]").hasAttr("checked")).isTrue();
            assertThat(page.select("#note-status").text()).isNotBlank();
        }

        @Test
        void badInputComesBackWithTheMessageBesideTheFieldAndNothingSaved() {
            String id = futureWithTheo(mvc, TestDays.next());

            MvcTestResult refused = form(mvc.post().uri(url(id))).param("painBefore", "11")
                    .param("findings[3].area", "TRAPEZIUS_LEFT").param("findings[3].note", "x".repeat(501))
                    .param("blocks[0].technique", "SWEDISH").param("blocks[0].area", "SCALP")
                    .param("blocks[0].minutes", "45").param("blocks[0].pressure", "2")
                    .param("blocks[2].technique", "TRIGGER_POINT").param("blocks[2].area", "SHOULDERS")
                    .param("blocks[2].minutes", "20").param("blocks[2].pressure", "7")
                    .param("nextEvery", "3").exchange();

            assertThat(refused).hasStatusOk();
            Document page = page(refused);
            assertThat(page.getElementById("painBefore-error")).isNotNull();
            assertThat(page.getElementById("blocks-error")).as(page.select("main").text()).isNotNull();
            assertThat(page.getElementById("blocks[1].pressure-error")).as("the rows close up: the third is second")
                    .isNotNull();
            assertThat(page.getElementById("findings[3].note-error")).isNotNull();
            assertThat(page.getElementById("nextUnit-error")).isNotNull();
            assertThat(page.select("input[name='blocks[1].minutes']").val()).isEqualTo("20");
            assertThat(mvc.get().uri(NOTE_API, id).with(Demo.basic(Demo.THERAPIST))).hasStatus(404);

            MvcTestResult wrongType = form(mvc.post().uri(url(id))).param("blocks[0].minutes", "ten").exchange();
            assertThat(wrongType).hasStatusOk();
            assertThat(page(wrongType).getElementById("blocks[0].minutes-error")).isNotNull();
        }

        @Test
        void addingARowShowsOneMoreEmptyRowWithoutSavingAndHtmxGetsOnlyTheRows() {
            String id = futureWithTheo(mvc, TestDays.next());

            // As the page posts them: one row filled in and the three spare rows empty.
            MvcTestResult plain = form(mvc.post().uri(url(id))).param("more", "row")
                    .param("blocks[0].technique", "SWEDISH").param("blocks[0].minutes", "10")
                    .param("blocks[1].technique", "").param("blocks[2].technique", "")
                    .param("blocks[3].technique", "").exchange();
            MvcTestResult htmx = form(mvc.post().uri(url(id))).param("more", "row").header("HX-Request", "true")
                    .param("blocks[0].technique", "").param("blocks[1].technique", "SWEDISH")
                    .param("blocks[2].technique", "").param("blocks[3].technique", "").exchange();

            assertThat(plain).hasStatusOk();
            Document page = page(plain);
            assertThat(page.select("#blocks tr.block-row")).hasSize(1 + NoteForm.SPARE_ROWS + 1);
            assertThat(page.select("input[name='blocks[0].minutes']").val()).isEqualTo("10");
            assertThat(htmx).hasStatusOk();
            String fragment = Json.body(htmx);
            assertThat(fragment).doesNotContain("<html", "<main");
            Document rows = Jsoup.parseBodyFragment(fragment);
            assertThat(rows.select("fieldset#blocks tr.block-row")).hasSize(1 + NoteForm.SPARE_ROWS + 1);
            assertThat(rows.select("select[name='blocks[0].technique'] option[selected]").val()).isEqualTo("SWEDISH");
            assertThat(mvc.get().uri(NOTE_API, id).with(Demo.basic(Demo.THERAPIST))).hasStatus(404);
        }
    }

    @Nested
    class Signed {

        @Test
        void signingAnIncompleteNoteNamesTheMissingScoresBesideThem() {
            String id = futureWithTheo(mvc, TestDays.next());

            MvcTestResult refused = form(mvc.post().uri(url(id) + "/sign")).param("subjective", "Fine.")
                    .exchange();

            assertThat(refused).hasStatusOk();
            Document page = page(refused);
            assertThat(page.getElementById("painBefore-error")).isNotNull();
            assertThat(page.getElementById("painAfter-error")).isNotNull();
            assertThat(page.select(".form-errors").text()).isNotBlank();
            assertThat(mvc.get().uri(NOTE_API, id).with(Demo.basic(Demo.THERAPIST))).hasStatus(404);
        }

        @Test
        void aSignedNoteIsShownReadOnlyWithItsAmendmentsAndEditingItIsRefusedWithAClearMessage() {
            String id = attendedWithoutNote();
            assertThat(form(mvc.post().uri(url(id) + "/sign")).param("painBefore", "5").param("painAfter", "2")
                    .param("blocks[0].technique", "SWEDISH").param("blocks[0].area", "SHOULDERS")
                    .param("blocks[0].minutes", "10").param("blocks[0].pressure", "2").exchange())
                    .hasStatus3xxRedirection().hasRedirectedUrl(url(id));

            Document signed = page(mvc.get().uri(url(id)).with(theo()).exchange());
            assertThat(signed.select("#note-form")).isEmpty();
            assertThat(signed.select("#signature").text()).contains(THEO);
            assertThat(signed.select("#pain-after").text()).isEqualTo("2");
            assertThat(signed.select("#blocks-written tbody tr")).hasSize(1);
            assertThat(signed.select("#amend-form")).hasSize(1);

            MvcTestResult edit = form(mvc.post().uri(url(id))).param("painBefore", "1").exchange();
            assertThat(edit).hasStatusOk();
            assertThat(page(edit).select("#problem").text()).contains("signed", "amendment");
            assertThat(Json.<Integer>read(mvc.get().uri(NOTE_API, id).with(Demo.basic(Demo.OWNER)).exchange(),
                    "$.painBefore")).isEqualTo(5);

            MvcTestResult noReason = mvc.post().uri(url(id) + "/amend").with(theo()).with(csrf())
                    .param("painAfter", "1").exchange();
            assertThat(noReason).hasStatusOk();
            assertThat(page(noReason).getElementById("reason-error")).isNotNull();

            assertThat(mvc.post().uri(url(id) + "/amend").with(theo()).with(csrf()).param("reason", "Misheard")
                    .param("painAfter", "1").exchange()).hasStatus3xxRedirection().hasRedirectedUrl(url(id));
            Document amended = page(mvc.get().uri(url(id)).with(theo()).exchange());
            assertThat(amended.select("#amendment-1").text()).contains("Misheard", THEO);
            assertThat(amended.select("#pain-after").text()).as("the original as signed").isEqualTo("2");
        }
    }

    @Nested
    class Emergency {

        @Test
        void suddenNeckPainWithAVisualChangeShowsTheTherapistWhatToDoNow() {
            String id = futureWithTheo(mvc, TestDays.next());

            assertThat(form(mvc.post().uri(url(id))).param("adverseEvents", "SUDDEN_NECK_PAIN", "VISUAL_CHANGE")
                    .exchange()).hasStatus3xxRedirection();

            Document page = page(mvc.get().uri(url(id)).with(theo()).exchange());
            assertThat(page.select("#emergency").attr("role")).isEqualTo("alert");
            assertThat(page.select("#emergency li")).hasSize(4);
            assertThat(page.select("#emergency").text()).contains("emergency services", "owner");
        }
    }

    @Nested
    class Access {

        @Test
        void theFrontDeskAndClientsMayNotOpenThePageAndAnotherTherapistFindsNothing() {
            String id = futureWithTheo(mvc, TestDays.next());

            assertThat(mvc.get().uri(url(id)).with(SignIn.as(accounts, Demo.DESK))).hasStatus(403);
            assertThat(mvc.get().uri(url(id)).with(SignIn.as(accounts, Demo.CLIENT))).hasStatus(403);
            assertThat(mvc.get().uri(url(id)).with(SignIn.as(accounts, NINA_ACCOUNT))).hasStatus(404);
            assertThat(mvc.post().uri(url(id)).with(SignIn.as(accounts, NINA_ACCOUNT)).with(csrf())
                    .param("painBefore", "3")).hasStatus(404);
            assertThat(mvc.get().uri(url(id)).with(SignIn.as(accounts, Demo.OWNER))).hasStatusOk();
        }

        @Test
        void aTreatingColleagueReadsTheNoteWithoutAForm() {
            LocalDate day = TestDays.next();
            String id = futureWithTheo(mvc, day);
            form(mvc.post().uri(url(id))).param("painBefore", "4").param("subjective", "Stiff neck.").exchange();
            String client = Json.read(mvc.get().uri(NOTE_API, id).with(Demo.basic(Demo.THERAPIST)).exchange(),
                    "$.clientId");
            booked(mvc, Demo.basic(Demo.DESK), client, sessionType(mvc, MEDICAL_MASSAGE),
                    therapist(mvc, SchedulingFixtures.NINA), at(TestDays.next(), "10:00"));

            long readsBefore = reads(NINA_ACCOUNT, client);

            Document page = page(mvc.get().uri(url(id)).with(SignIn.as(accounts, NINA_ACCOUNT)).exchange());

            assertThat(reads(NINA_ACCOUNT, client)).as("one audited read per page view").isEqualTo(readsBefore + 1);
            assertThat(page.select("#note-form")).isEmpty();
            assertThat(page.select("#amend-form")).isEmpty();
            assertThat(page.select("#written-note").text()).contains("Stiff neck.");
        }
    }

    private long reads(String email, String client) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM audit_log WHERE actor_email = ? AND action = 'READ'
                   AND record_type = 'session-note' AND record_id = ? AND outcome = 'SUCCESS'""")
                .params(email, client).query(Long.class).single();
    }

    private static final String NOTE_API = NoteFixtures.NOTES;

    private static String url(String id) {
        return "/therapist/appointments/" + id + "/note";
    }

    private RequestPostProcessor theo() {
        return SignIn.as(accounts, Demo.THERAPIST);
    }

    private MockMvcRequestBuilder form(MockMvcRequestBuilder request) {
        return request.with(theo()).with(csrf());
    }

    private String attendedWithoutNote() {
        return (String) NoteFixtures.attendedWithoutNote(mvc).get("id");
    }

    private static Document page(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

}
