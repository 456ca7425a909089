package org.stillpoint.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.stillpoint.platform.account.StillpointPrincipal;
import org.stillpoint.platform.web.Problems;

/**
 * A staff account opened by the owner starts with a password the owner chose; until its holder picks their own,
 * the only page they can use is the password page (and the API refuses them).
 */
class PasswordChangeGate extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";

    private final Problems problems;

    PasswordChangeGate(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean mustChange = authentication != null
                && authentication.getPrincipal() instanceof StillpointPrincipal principal
                && principal.mustChangePassword();
        if (!mustChange || isAllowed(request)) {
            chain.doFilter(request, response);
        } else if (Problems.isApi(request)) {
            problems.write(response, problems.problem(HttpStatus.FORBIDDEN, "password-change-required",
                    "problem.password-change-required", null, request.getLocale()));
        } else {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
        }
    }

    private static boolean isAllowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(PASSWORD_PAGE) || path.equals("/api/v1/me/password") || path.equals("/logout") || path.startsWith("/css/")
                || path.startsWith("/webjars/") || path.startsWith("/js/") || path.equals("/error")
                || path.equals("/preferences/theme");
    }
}
