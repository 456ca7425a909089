package org.stillpoint.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/** Dark by default (low luminance for people with migraine); light when the person chose it. */
final class Theme {

    static final String COOKIE = "sp-theme";
    static final String DARK = "dark";
    static final String LIGHT = "light";

    private Theme() {
    }

    static String of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && LIGHT.equals(cookie.getValue())) {
                    return LIGHT;
                }
            }
        }
        return DARK;
    }
}
