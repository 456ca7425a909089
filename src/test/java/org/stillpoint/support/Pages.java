package org.stillpoint.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Signing in to the pages as a browser does: the sign-in form, then the session cookie that Spring Session JDBC
 * hands out (the session itself lives in the database).
 */
public final class Pages {

    public static final String SESSION_COOKIE = "SESSION";

    private Pages() {
    }

    /** Posts the sign-in form with a valid CSRF token and answers the raw result. */
    public static MvcTestResult submitLogin(MockMvcTester mvc, String email, String password) {
        return mvc.post().uri("/login").param("email", email).param("password", password).with(csrf()).exchange();
    }

    /** Signs in through the form and answers the session cookie; fails the test if the sign-in fails. */
    public static Cookie signIn(MockMvcTester mvc, String email, String password) {
        MvcTestResult result = submitLogin(mvc, email, password);
        assertThat(result).as("sign-in of %s", email).hasStatus3xxRedirection().hasRedirectedUrl("/");
        Cookie session = result.getResponse().getCookie(SESSION_COOKIE);
        assertThat(session).as("session cookie after signing in as %s", email).isNotNull();
        return session;
    }

    /** Signs in with one of the demo accounts. */
    public static Cookie signIn(MockMvcTester mvc, String demoEmail) {
        return signIn(mvc, demoEmail, Demo.PASSWORD);
    }
}
