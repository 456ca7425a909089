package org.stillpoint.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ThemeControllerTest {

    @ParameterizedTest
    @ValueSource(strings = {"/admin/rooms", "/setup", "/admin/audit?actor=x"})
    void returnsToAPageOfThisSite(String path) {
        assertThat(ThemeController.safeLocalPath(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"https://evil.test/", "//evil.test/x", "/\\evil.test", "javascript:alert(1)",
            "/ok\r\nSet-Cookie: x=y"})
    void neverSendsPeopleElsewhere(String back) {
        assertThat(ThemeController.safeLocalPath(back)).isEqualTo("/");
    }
}
