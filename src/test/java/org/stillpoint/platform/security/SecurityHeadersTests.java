package org.stillpoint.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.support.DemoClinicTest;

/** The security headers of DESIGN §5, on the pages and on the API, also on an error answer. */
@DemoClinicTest
class SecurityHeadersTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void aPageCarriesTheSecurityHeaders() {
        MvcTestResult page = mvc.get().uri("/login").exchange();
        assertThat(page).hasStatusOk();
        assertSecurityHeaders(page.getResponse());
    }

    @Test
    void theApiCarriesTheSecurityHeaders() {
        MvcTestResult api = mvc.get().uri("/api/v1/rooms").exchange();
        assertThat(api).hasStatusOk();
        assertSecurityHeaders(api.getResponse());
    }

    @Test
    void anApiRefusalCarriesTheSecurityHeaders() {
        MvcTestResult refused = mvc.get().uri("/api/v1/me").exchange();
        assertThat(refused).hasStatus(401);
        assertSecurityHeaders(refused.getResponse());
    }

    private static void assertSecurityHeaders(MockHttpServletResponse response) {
        String csp = response.getHeader("Content-Security-Policy");
        assertThat(csp).as("Content-Security-Policy").isNotBlank();
        String scriptSrc = directive(csp, "script-src");
        String defaultSrc = directive(csp, "default-src");
        assertThat(scriptSrc).as("script-src").isNotNull().doesNotContain("'unsafe-inline'")
                .doesNotContain("'unsafe-eval'").doesNotContain("*");
        assertThat(defaultSrc).as("default-src").isNotNull().doesNotContain("'unsafe-inline'");
        assertThat(directive(csp, "frame-ancestors")).isEqualTo("frame-ancestors 'none'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isIn("no-referrer", "same-origin",
                "strict-origin", "strict-origin-when-cross-origin");
    }

    private static String directive(String csp, String name) {
        return Arrays.stream(csp.split(";")).map(String::strip)
                .filter(d -> d.equals(name) || d.startsWith(name + " ")).findFirst().orElse(null);
    }
}
