package org.stillpoint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Demo;

@DemoClinicTest
class SmokeTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void demoOwnerSeesTheClinicMenu() {
        assertThat(mvc.get().uri("/api/v1/me").with(Demo.basic(Demo.OWNER)))
                .hasStatusOk().bodyJson().extractingPath("$.role").isEqualTo("OWNER");
        assertThat(mvc.get().uri("/api/v1/session-types")).hasStatusOk()
                .bodyJson().extractingPath("$.length()").isEqualTo(7);
    }
}
