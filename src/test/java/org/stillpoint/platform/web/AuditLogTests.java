package org.stillpoint.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.Pages;
import org.stillpoint.support.StaffAccounts;
import org.stillpoint.support.TestDatabase;

/** The owner's changes leave audit rows that the owner can search, on the API and on the audit page. */
@DemoClinicTest
class AuditLogTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void creatingAndChangingARoomIsAudited() {
        String roomId = createRoom("Audited " + UUID.randomUUID().toString().substring(0, 8));
        assertThat(mvc.put().uri("/api/v1/rooms/{id}", roomId).with(Demo.basic(Demo.OWNER))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Renamed %s","dimmable":true,"scentFree":true,"soundproofed":false}"""
                        .formatted(roomId.substring(0, 8)))).hasStatusOk();

        MvcTestResult audit = searchAudit("recordType=room&recordId=" + roomId);

        assertThat(audit).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"entries":[
                  {"action":"UPDATE","recordType":"room","recordId":"%1$s","actorEmail":"%2$s","actorRole":"OWNER",
                   "outcome":"SUCCESS"},
                  {"action":"CREATE","recordType":"room","recordId":"%1$s","actorEmail":"%2$s","actorRole":"OWNER",
                   "outcome":"SUCCESS"}]}""".formatted(roomId, Demo.OWNER));
        assertThat(Json.<List<Object>>read(audit, "$.entries")).hasSize(2);
    }

    @Test
    void openingAndDeactivatingAStaffAccountIsAudited() {
        String accountId = StaffAccounts.openFrontDesk(mvc, StaffAccounts.uniqueEmail("audited"),
                "a long first password");
        assertThat(mvc.post().uri("/api/v1/staff/{id}/deactivate", accountId).with(Demo.basic(Demo.OWNER)))
                .hasStatusOk();

        MvcTestResult audit = searchAudit("recordType=account&recordId=" + accountId);

        assertThat(Json.<List<String>>read(audit, "$.entries[*].action"))
                .containsExactly("DEACTIVATE", "CREATE");
        assertThat(Json.<List<String>>read(audit, "$.entries[*].actorEmail")).containsOnly(Demo.OWNER);
    }

    @Test
    void filteringByRecordTypeAnswersOnlyThatType() {
        createRoom("Filtered " + UUID.randomUUID().toString().substring(0, 8));
        StaffAccounts.openFrontDesk(mvc, StaffAccounts.uniqueEmail("filtered"), "a long first password");

        List<String> types = Json.read(searchAudit("recordType=room&size=200"), "$.entries[*].recordType");

        assertThat(types).isNotEmpty().containsOnly("room");
    }

    @Test
    void theAuditPageShowsTheRows() {
        String roomId = createRoom("Paged " + UUID.randomUUID().toString().substring(0, 8));
        Cookie owner = Pages.signIn(mvc, Demo.OWNER);

        assertThat(mvc.get().uri("/admin/audit?recordType=room").cookie(owner)).hasStatusOk().bodyText()
                .contains("<h1>Audit log</h1>", "<form", "id=\"audit-results\"", roomId, "<html");
    }

    @Test
    void anHtmxRequestGetsOnlyTheResultsFragment() {
        String roomId = createRoom("Fragment " + UUID.randomUUID().toString().substring(0, 8));
        Cookie owner = Pages.signIn(mvc, Demo.OWNER);

        String fragment = Json.body(mvc.get().uri("/admin/audit?recordType=room").cookie(owner)
                .header("HX-Request", "true").exchange());

        assertThat(fragment.strip()).startsWith("<div id=\"audit-results\"").endsWith("</div>");
        assertThat(fragment).contains(roomId).doesNotContain("<html", "<h1", "<form", "<header", "<footer");
    }

    @Test
    void anHtmxFilterWithNoMatchSaysSo() {
        Cookie owner = Pages.signIn(mvc, Demo.OWNER);

        assertThat(mvc.get().uri("/admin/audit?recordType=no-such-type").cookie(owner).header("HX-Request", "true"))
                .hasStatusOk().bodyText().contains("No entries match.").doesNotContain("<table");
    }

    @Test
    void postgresRefusesToUpdateOrDeleteAuditRows() {
        // The append-only trigger exists only in the PostgreSQL migration; H2 has no equivalent, so on H2 this
        // test is skipped (it runs in the -Ppostgres pass).
        Assumptions.assumeTrue(TestDatabase.onPostgres(), "the audit trigger is PostgreSQL-only");
        String roomId = createRoom("Tamper " + UUID.randomUUID().toString().substring(0, 8));
        long rows = auditRowsFor(roomId);
        assertThat(rows).isEqualTo(1);

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET actor_email = 'someone@else.example' "
                + "WHERE record_id = ?").param(roomId).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE record_id = ?").param(roomId).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        assertThat(auditRowsFor(roomId)).isEqualTo(rows);
        assertThat(Json.<List<String>>read(searchAudit("recordId=" + roomId), "$.entries[*].actorEmail"))
                .containsExactly(Demo.OWNER);
    }

    private String createRoom(String name) {
        MvcTestResult created = mvc.post().uri("/api/v1/rooms").with(Demo.basic(Demo.OWNER))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"%s","dimmable":true,"scentFree":true,"soundproofed":true}""".formatted(name))
                .exchange();
        assertThat(created).hasStatus(201);
        return Json.read(created, "$.id");
    }

    private MvcTestResult searchAudit(String query) {
        return mvc.get().uri("/api/v1/audit?" + query).with(Demo.basic(Demo.OWNER)).exchange();
    }

    private long auditRowsFor(String recordId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE record_id = ?").param(recordId).query(Long.class)
                .single();
    }
}
