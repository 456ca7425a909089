package org.stillpoint.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** The demo accounts (DESIGN §6) and HTTP Basic for them. */
public final class Demo {

    public static final String PASSWORD = "stillpoint-demo";
    public static final String OWNER = "owner@demo.stillpoint.test";
    public static final String DESK = "desk@demo.stillpoint.test";
    public static final String THERAPIST = "therapist@demo.stillpoint.test";
    public static final String CLIENT = "client@demo.stillpoint.test";

    private Demo() {
    }

    public static RequestPostProcessor basic(String email) {
        return httpBasic(email, PASSWORD);
    }

    public static RequestPostProcessor basic(String email, String password) {
        return httpBasic(email, password);
    }
}
