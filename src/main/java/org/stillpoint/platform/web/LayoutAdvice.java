package org.stillpoint.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.CurrentUser;

/** What every page's layout needs: who is signed in (for the role-aware navigation) and the chosen theme. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    /** The same attributes for views that {@code @ModelAttribute} methods do not reach (exception handlers). */
    static void decorate(org.springframework.web.servlet.ModelAndView page, HttpServletRequest request) {
        LayoutAdvice advice = new LayoutAdvice();
        page.addObject("currentUser", advice.currentUser());
        page.addObject("currentPath", advice.currentPath(request));
        page.addObject("theme", advice.theme(request));
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return Accounts.current().orElse(null);
    }

    /** The path of the page being shown, so the theme switch can come back to it. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        String path = original instanceof String uri ? uri : request.getRequestURI();
        return ThemeController.safeLocalPath(path.substring(request.getContextPath().length()));
    }

    @ModelAttribute("theme")
    String theme(HttpServletRequest request) {
        return Theme.of(request);
    }
}
