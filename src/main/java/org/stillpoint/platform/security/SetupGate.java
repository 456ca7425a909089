package org.stillpoint.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.stillpoint.platform.Installation;
import org.stillpoint.platform.web.Problems;

/** Until the clinic is set up, every page leads to {@code /setup} and the API answers 503. */
class SetupGate extends OncePerRequestFilter {

    private final Installation installation;
    private final Problems problems;

    SetupGate(Installation installation, Problems problems) {
        this.installation = installation;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (installation.isSetUp() || isAlwaysAllowed(request)) {
            chain.doFilter(request, response);
        } else if (Problems.isApi(request)) {
            problems.write(response, problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "not-set-up",
                    "problem.not-set-up", null, request.getLocale()));
        } else {
            response.sendRedirect(request.getContextPath() + "/setup");
        }
    }

    private static boolean isAlwaysAllowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/setup") || path.startsWith("/setup/") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.startsWith("/webjars/") || path.startsWith("/images/")
                || path.equals("/favicon.ico") || path.startsWith("/actuator/") || path.equals("/error")
                || path.equals("/preferences/theme");
    }
}
