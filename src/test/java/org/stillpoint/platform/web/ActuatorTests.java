package org.stillpoint.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.stillpoint.support.DemoClinicTest;

/** The operator's view: health without a mail server, and the version that is running. */
@DemoClinicTest
class ActuatorTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void healthIsUpWithoutAMailServer() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("UP");
    }

    @Test
    void infoShowsTheBuildVersion() {
        assertThat(mvc.get().uri("/actuator/info")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.build.version", version -> version.assertThat().asString()
                        .matches("\\d+\\.\\d+\\.\\d+.*"))
                .hasPathSatisfying("$.build.artifact", artifact -> artifact.assertThat().isEqualTo("stillpoint"));
    }

    @Test
    void healthShowsNoDetailsToStrangers() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyJson()
                .doesNotHavePath("$.components").doesNotHavePath("$.details");
    }
}
