package org.stillpoint.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Staff accounts opened by the demo owner through {@code POST /api/v1/staff}, each with an address of its own. */
public final class StaffAccounts {

    private StaffAccounts() {
    }

    /** An e-mail address no other test uses. */
    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@clinic.example";
    }

    /** The owner opens a front-desk account; answers its id. */
    public static String openFrontDesk(MockMvcTester mvc, String email, String password) {
        MvcTestResult created = mvc.post().uri("/api/v1/staff").with(Demo.basic(Demo.OWNER))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"displayName":"Frankie Desk","email":"%s","role":"FRONT_DESK","password":"%s"}"""
                        .formatted(email, password))
                .exchange();
        assertThat(created).as("opening %s", email).hasStatus(201);
        return Json.read(created, "$.id");
    }
}
