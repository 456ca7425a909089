package org.stillpoint.platform.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Remembers the chosen theme in a cookie; works without JavaScript (a plain form post). */
@Controller
class ThemeController {

    @PostMapping("/preferences/theme")
    String choose(@RequestParam(defaultValue = Theme.DARK) String theme,
                  @RequestParam(name = "back", required = false) String back, HttpServletResponse response) {
        String value = Theme.LIGHT.equals(theme) ? Theme.LIGHT : Theme.DARK;
        ResponseCookie cookie = ResponseCookie.from(Theme.COOKIE, value).path("/").httpOnly(true).sameSite("Lax")
                .maxAge(Duration.ofDays(365)).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        return "redirect:" + safeLocalPath(back);
    }

    /** Only a path on this site, so the form cannot be used to send people elsewhere. */
    static String safeLocalPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.contains("\r") || back.contains("\n")) {
            return "/";
        }
        return back;
    }
}
