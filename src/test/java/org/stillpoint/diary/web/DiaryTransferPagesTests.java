package org.stillpoint.diary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.stillpoint.diary.web.DiaryRequests.as;
import static org.stillpoint.diary.web.DiaryRequests.id;
import static org.stillpoint.diary.web.DiaryRequests.postAttack;
import static org.stillpoint.diary.web.DiaryRequests.signUp;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.Pages;
import org.stillpoint.support.SignIn;

/**
 * The client's page for saving and importing their diary: the download, the upload that only previews, the
 * confirmation that checks the waiting file again, and who may use which.
 */
@DemoClinicTest
class DiaryTransferPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    /** A client signed in through the sign-in form, so that the session (and the waiting file) lives on. */
    record Client(String idAndEmail, Cookie session) {
    }

    Client signedIn(String who) {
        String client = signUp(mvc, who);
        return new Client(client, Pages.signIn(mvc, client.split(" ")[1], DiaryRequests.PASSWORD));
    }

    ZoneId zoneOf(Client client) {
        return DiaryRequests.zoneOf(mvc, client.idAndEmail());
    }

    MvcTestResult upload(Client client, String csv) {
        return mvc.post().uri("/me/diary/import").multipart()
                .file(new MockMultipartFile("file", "diary.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).cookie(client.session()).exchange();
    }

    MvcTestResult confirm(Client client, String digest) {
        return mvc.post().uri("/me/diary/import/confirm").param("digest", digest).with(csrf())
                .cookie(client.session()).exchange();
    }

    long rowsOf(Client client) {
        return DiaryRequests.entriesOf(jdbc, client.idAndEmail());
    }

    static Document page(MvcTestResult result) {
        return Jsoup.parse(Json.body(result));
    }

    String goodFile(Client client) {
        ZoneId zone = zoneOf(client);
        ZonedDateTime start = LocalDate.now(zone).minusDays(3).atTime(9, 0).atZone(zone);
        return "record,date,status,start,end,peakPain,notes\r\n"
                + "ATTACK,,,%s,%s,6,\"tired, \"\"very\"\"\"\r\n".formatted(start.toOffsetDateTime(),
                start.plusHours(5).toOffsetDateTime())
                + "DAY,%s,HEADACHE_FREE,,,,\r\n".formatted(start.toLocalDate().minusDays(2))
                + "DAY,%s,HEADACHE,,,,\r\n".formatted(start.toLocalDate());
    }

    @Test
    void thePageOffersTheDownloadAndTheUploadAndOnlyTheClientHasIt() {
        Client client = signedIn("page");

        MvcTestResult result = mvc.get().uri("/me/diary/export-import").cookie(client.session()).exchange();

        assertThat(result).hasStatusOk();
        Document page = page(result);
        assertThat(page.select("h1").text()).isEqualTo("Save or import your diary");
        assertThat(page.select("a#export").attr("href"))
                .isEqualTo("/clients/" + id(client.idAndEmail()) + "/diary/export.csv");
        assertThat(page.select("form[enctype=multipart/form-data] input[type=file][name=file]")).hasSize(1);
        assertThat(page.select("form[enctype=multipart/form-data] input[name=_csrf]")).hasSize(1);
        assertThat(page.select("script[src=/js/diary-import.js]")).hasSize(1);
        assertThat(Json.body(result)).doesNotContain("??");
        assertThat(mvc.get().uri("/me/diary/export-import").with(SignIn.as(accounts, Demo.OWNER)).exchange())
                .hasStatus(403);
    }

    @Test
    void anUploadOnlyPreviewsAndTheConfirmationImportsIt() {
        Client client = signedIn("flow");

        MvcTestResult preview = upload(client, goodFile(client));

        assertThat(preview).hasStatusOk();
        Document shown = page(preview);
        assertThat(shown.select("#adds").text())
                .isEqualTo("This file adds one attack and 2 checked-in days to your diary.");
        assertThat(shown.select("#range").text()).startsWith("It covers ");
        assertThat(rowsOf(client)).as("nothing saved before the confirmation").isZero();
        String digest = shown.select("form[action=/me/diary/import/confirm] input[name=digest]").val();
        assertThat(digest).hasSize(64);

        MvcTestResult confirmed = confirm(client, digest);

        assertThat(confirmed).hasStatus3xxRedirection().hasRedirectedUrl("/me/diary/export-import");
        assertThat(rowsOf(client)).isEqualTo(3);
        MvcTestResult after = mvc.get().uri("/me/diary/export-import").cookie(client.session())
                .flashAttrs(confirmed.getMvcResult().getFlashMap()).exchange();
        assertThat(page(after).select("#imported").text())
                .isEqualTo("Imported one attack and 2 checked-in days into your diary.");

        MvcTestResult twice = confirm(client, digest);
        assertThat(twice).as("the waiting file is gone once imported").hasStatus3xxRedirection();
        assertThat(twice.getMvcResult().getFlashMap().get("flash")).isEqualTo("diary.import.expired");
        assertThat(rowsOf(client)).isEqualTo(3);
    }

    @Test
    void aFileWithProblemsListsThemByLineAndCannotBeConfirmed() {
        Client client = signedIn("badpage");
        String csv = "record,date,status,peakPain\nDAY,2026-02-30,HEADACHE,\nDAY,2026-01-05,HEADACHE,4\nNOTE,,,\n";

        MvcTestResult preview = upload(client, csv);

        assertThat(preview).hasStatus(400);
        Document shown = page(preview);
        assertThat(shown.select("#refused").text()).contains("3 problems");
        assertThat(shown.select("#problems tbody tr")).hasSize(3);
        assertThat(shown.select("#problems tbody tr td:first-child").eachText()).containsExactly("2", "3", "4");
        assertThat(shown.select("#problems tbody tr:first-child").text()).contains("date", "year-month-day");
        assertThat(shown.select("form[action=/me/diary/import/confirm]")).isEmpty();
        assertThat(confirm(client, "0".repeat(64))).hasStatus3xxRedirection();
        assertThat(rowsOf(client)).isZero();
    }

    @Test
    void theConfirmationChecksTheFileAgainAndOnlyTheFilePreviewed() {
        Client client = signedIn("recheck");
        String file = goodFile(client);
        String digest = page(upload(client, file)).select("input[name=digest]").val();

        assertThat(confirm(client, "f".repeat(64)).getMvcResult().getFlashMap().get("flash"))
                .as("a digest of another file").isEqualTo("diary.import.expired");
        assertThat(rowsOf(client)).isZero();

        ZoneId zone = zoneOf(client);
        ZonedDateTime start = LocalDate.now(zone).minusDays(3).atTime(10, 0).atZone(zone);
        assertThat(postAttack(mvc, id(client.idAndEmail()), as(client.idAndEmail()), """
                {"start":"%s","end":"%s","peakPain":4}""".formatted(start.toOffsetDateTime(),
                start.plusHours(1).toOffsetDateTime()))).hasStatus(201);

        MvcTestResult refused = confirm(client, digest);

        assertThat(refused).hasStatus(400);
        assertThat(page(refused).select("#problems tbody tr td:first-child").eachText()).containsExactly("2");
        assertThat(page(refused).select("#problems").text()).contains("overlaps another attack");
        assertThat(rowsOf(client)).as("only the attack recorded meanwhile").isEqualTo(1);
    }

    @Test
    void anUploadWithoutAFileAsksForOne() {
        Client client = signedIn("nofile");
        MvcTestResult result = mvc.post().uri("/me/diary/import").multipart().with(csrf()).cookie(client.session())
                .exchange();

        assertThat(result).hasStatus(400);
        assertThat(page(result).select(".form-errors").text()).isEqualTo("Choose a file to import.");
    }

    @Test
    void theDownloadIsForTheClientAndForStaffWhoMayReadTheDiary() {
        Client client = signedIn("download");
        assertThat(upload(client, goodFile(client))).hasStatusOk();
        String url = "/clients/" + id(client.idAndEmail()) + "/diary/export.csv";

        MvcTestResult own = mvc.get().uri(url).cookie(client.session()).exchange();
        assertThat(own).hasStatusOk();
        assertThat(own.getResponse().getContentType()).startsWith("text/csv");
        assertThat(own.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(Json.body(own)).startsWith("record,date,status,");

        assertThat(mvc.get().uri(url).with(SignIn.as(accounts, Demo.OWNER)).exchange()).hasStatusOk();
        assertThat(mvc.get().uri(url).with(SignIn.as(accounts, Demo.DESK)).exchange()).hasStatus(404);
        Client other = signedIn("otherdownload");
        assertThat(mvc.get().uri(url).cookie(other.session()).exchange()).hasStatus(404);
    }
}
