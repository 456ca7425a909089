package org.stillpoint.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.SignIn;

/**
 * A page form posted by hand with a row number past what a form may hold is bad input: 400 with the error page,
 * never a server error — for record forms and for bean forms alike.
 */
@DemoClinicTest
class FormBindingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aRowPastTheLimitOfARecordFormIs400() {
        assertThat(mvc.post().uri("/therapist/hours").with(SignIn.as(accounts, Demo.THERAPIST)).with(csrf())
                .param("rows[300].day", "MONDAY").param("rows[300].start", "09:00").exchange())
                .hasStatus(400);
    }

    @Test
    void aRowPastTheLimitOfABeanFormIs400() {
        assertThat(mvc.post().uri("/therapist/appointments/{id}/plan", UUID.randomUUID())
                .with(SignIn.as(accounts, Demo.THERAPIST)).with(csrf()).param("blocks[300].technique", "SWEDISH")
                .exchange()).hasStatus(400);
    }
}
