package org.stillpoint.platform.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers failures that happen outside a controller (a sign-in refusal, a view that failed to render, a request the
 * container rejected): problem+json for {@code /api} addresses, a calm error page for everything else, whatever
 * the request's Accept header says. Never shows exception text.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final Problems problems;

    ErrorPageController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, Locale locale) {
        HttpStatus status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String s ? s.substring(request.getContextPath().length()) : "";
        if (path.equals("/api") || path.startsWith("/api/")) {
            String type = status == HttpStatus.NOT_FOUND ? "not-found"
                    : status == HttpStatus.FORBIDDEN ? "forbidden"
                    : status == HttpStatus.UNAUTHORIZED ? "unauthenticated"
                    : status.is5xxServerError() ? "internal" : "bad-request";
            String key = status == HttpStatus.NOT_FOUND ? "problem.no-such-resource"
                    : status.is5xxServerError() ? "problem.internal" : "problem." + type;
            ProblemDetail problem = problems.problem(status, type, key, null, locale);
            return problems.entity(problem);
        }
        String view = status == HttpStatus.NOT_FOUND ? "error/404" : status.is5xxServerError() ? "error/5xx" : "error/4xx";
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        LayoutAdvice.decorate(page, request);
        return page;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
