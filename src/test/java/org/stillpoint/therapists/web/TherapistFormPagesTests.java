package org.stillpoint.therapists.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.SignIn;
import org.stillpoint.support.StaffAccounts;

/** Bad input on the owner's therapist form: the form comes back with the reason beside the field, nothing saved. */
@DemoClinicTest
class TherapistFormPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aWeakFirstPasswordIsShownBesideItsFieldAndNothingIsSaved() {
        String email = StaffAccounts.uniqueEmail("page-weak");
        int before = therapistCount();

        MvcTestResult result = mvc.post().uri("/admin/therapists").with(SignIn.as(accounts, Demo.OWNER))
                .with(csrf()).param("email", email).param("initialPassword", "short")
                .param("displayName", "Rosa Lind").param("providerType", "SPA_MASSAGE_THERAPIST")
                .param("techniques", "SWEDISH").exchange();

        assertThat(result).hasStatusOk().hasViewName("therapists/edit");
        Document page = Jsoup.parse(Json.body(result));
        assertThat(page.select("#initialPassword-error").text())
                .isEqualTo("The password needs at least 12 characters.");
        assertThat(therapistCount()).isEqualTo(before);
        assertThat(Json.<List<String>>read(mvc.get().uri("/api/v1/staff").with(Demo.basic(Demo.OWNER)).exchange(),
                "$[*].email")).doesNotContain(email);
    }

    @Test
    void missingFieldsAreEachShownAndNothingIsSaved() {
        int before = therapistCount();

        MvcTestResult result = mvc.post().uri("/admin/therapists").with(SignIn.as(accounts, Demo.OWNER))
                .with(csrf()).param("displayName", "").exchange();

        assertThat(result).hasStatusOk();
        Document page = Jsoup.parse(Json.body(result));
        assertThat(page.select("#email-error").text()).isEqualTo("Please fill this in.");
        assertThat(page.select("#initialPassword-error").text()).isEqualTo("Please fill this in.");
        assertThat(page.select("#displayName-error").text()).isEqualTo("Please fill this in.");
        assertThat(page.select("#providerType-error").text()).isEqualTo("Please fill this in.");
        assertThat(page.select("#techniques-error").text()).isEqualTo("Choose at least one technique.");
        assertThat(therapistCount()).isEqualTo(before);
    }

    private int therapistCount() {
        return Json.<List<String>>read(mvc.get().uri("/api/v1/therapists?all=true").with(Demo.basic(Demo.OWNER))
                .exchange(), "$[*].id").size();
    }
}
