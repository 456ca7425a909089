package org.stillpoint.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.Pages;

/** The owner's pages and the staff and audit API are the owner's alone (DESIGN §1). */
@DemoClinicTest
class RoleAccessTests {

    private static final List<String> OWNER_PAGES = List.of("/admin/clinic", "/admin/rooms", "/admin/rooms/new",
            "/admin/session-types", "/admin/session-types/new", "/admin/therapists", "/admin/therapists/new",
            "/admin/staff", "/admin/audit");

    private static final List<String> OWNER_API = List.of("/api/v1/staff", "/api/v1/audit");

    @Autowired
    MockMvcTester mvc;

    @Test
    void theOwnerOpensEveryOwnerPageAndTheStaffApi() {
        Cookie owner = Pages.signIn(mvc, Demo.OWNER);

        assertThat(statuses(OWNER_PAGES, page -> mvc.get().uri(page).cookie(owner).exchange()))
                .allSatisfy((page, status) -> assertThat(status).as(page).isEqualTo(200));
        assertThat(statuses(OWNER_API, api -> mvc.get().uri(api).with(Demo.basic(Demo.OWNER)).exchange()))
                .allSatisfy((api, status) -> assertThat(status).as(api).isEqualTo(200));
    }

    @ParameterizedTest
    @ValueSource(strings = {Demo.CLIENT, Demo.DESK, Demo.THERAPIST})
    void everyOtherRoleIsRefusedEveryOwnerPage(String email) {
        Cookie session = Pages.signIn(mvc, email);

        assertThat(statuses(OWNER_PAGES, page -> mvc.get().uri(page).cookie(session).exchange()))
                .allSatisfy((page, status) -> assertThat(status).as(page).isEqualTo(403));
    }

    @ParameterizedTest
    @ValueSource(strings = {Demo.CLIENT, Demo.DESK, Demo.THERAPIST})
    void everyOtherRoleIsRefusedTheStaffAndAuditApi(String email) {
        for (String api : OWNER_API) {
            assertThat(mvc.get().uri(api).with(Demo.basic(email))).as(api).hasStatus(403)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyJson().extractingPath("$.type").isEqualTo("urn:stillpoint:problem:forbidden");
        }
        assertThat(mvc.post().uri("/api/v1/staff").with(Demo.basic(email))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"displayName":"Sneaky","email":"sneaky@clinic.example","role":"FRONT_DESK",
                         "password":"a password long enough"}""")).as("POST /api/v1/staff").hasStatus(403);
        assertThat(Json.<List<String>>read(mvc.get().uri("/api/v1/staff").with(Demo.basic(Demo.OWNER)).exchange(),
                "$[*].email")).doesNotContain("sneaky@clinic.example");
    }

    private static Map<String, Integer> statuses(List<String> uris, Function<String, MvcTestResult> request) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        uris.forEach(uri -> statuses.put(uri, request.apply(uri).getResponse().getStatus()));
        return statuses;
    }

    @Test
    void aClientCannotAddARoomThroughTheOwnerForm() {
        Cookie client = Pages.signIn(mvc, Demo.CLIENT);

        assertThat(mvc.post().uri("/admin/rooms").cookie(client).with(csrf()).param("name", "Client's own room"))
                .hasStatus(403);
        assertThat(Json.<List<String>>read(mvc.get().uri("/api/v1/rooms?all=true").with(Demo.basic(Demo.OWNER))
                .exchange(), "$[*].name")).doesNotContain("Client's own room");
    }

    @Test
    void aVisitorIsSentToSignInForAnOwnerPage() {
        assertThat(mvc.get().uri("/admin/rooms")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
    }

    @Test
    void aFormPostWithoutACsrfTokenIsRefused() {
        Cookie owner = Pages.signIn(mvc, Demo.OWNER);

        assertThat(mvc.post().uri("/admin/rooms").cookie(owner).param("name", "Forged room")).hasStatus(403);
        assertThat(Json.<List<String>>read(mvc.get().uri("/api/v1/rooms?all=true").with(Demo.basic(Demo.OWNER))
                .exchange(), "$[*].name")).doesNotContain("Forged room");
    }
}
