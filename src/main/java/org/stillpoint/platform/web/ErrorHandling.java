package org.stillpoint.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.Forms;
import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.RuleViolation;
import org.stillpoint.platform.web.Problems.FieldProblem;
import tools.jackson.databind.DatabindException;

/**
 * One place that turns every failure into an answer: problem+json under {@code /api}, an error page elsewhere.
 * Exception text never reaches the client; unexpected failures are logged and answered with a plain 500.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final Problems problems;
    private final MessageSource messages;

    ErrorHandling(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInput.class)
    Object invalidInput(InvalidInput e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        List<FieldProblem> fields = e.fields().stream()
                .map(f -> new FieldProblem(f.field(), messages.getMessage(f.messageKey(), f.args().toArray(),
                        f.messageKey(), locale)))
                .toList();
        ProblemDetail problem = problems.invalid(fields, locale);
        problem.setType(java.net.URI.create(Problems.TYPE_PREFIX + e.problemType()));
        problem.setDetail(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        return answer(problem, request, response);
    }

    @ExceptionHandler(DomainException.class)
    Object domain(DomainException e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        ProblemDetail problem = problems.problem(Forms.status(e), e.problemType(), e.messageKey(), e.args(), locale);
        e.properties().forEach(problem::setProperty);
        if (e instanceof RuleViolation rule && rule.field() != null) {
            problem.setProperty("errors", List.of(new FieldProblem(rule.field(), problem.getDetail())));
        }
        return answer(problem, request, response);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    Object invalidBody(MethodArgumentNotValidException e, HttpServletRequest request, HttpServletResponse response,
                       Locale locale) {
        List<FieldProblem> fields = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            fields.add(new FieldProblem(error.getField(), messages.getMessage(error, locale)));
        }
        e.getBindingResult().getGlobalErrors().forEach(error ->
                fields.add(new FieldProblem(error.getObjectName(), messages.getMessage(error, locale))));
        return answer(problems.invalid(fields, locale), request, response);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object invalidParameters(HandlerMethodValidationException e, HttpServletRequest request,
                             HttpServletResponse response, Locale locale) {
        List<FieldProblem> fields = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field = error instanceof FieldError fe ? fe.getField() : name;
                fields.add(new FieldProblem(field, messages.getMessage(error, locale)));
            }
        });
        return answer(problems.invalid(fields, locale), request, response);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response,
                      Locale locale) {
        String field = null;
        Throwable cause = e.getCause();
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            databind.getPath().forEach(reference -> {
                if (reference.getPropertyName() != null) {
                    if (!path.isEmpty()) {
                        path.append('.');
                    }
                    path.append(reference.getPropertyName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            });
            field = path.toString();
        }
        if (field == null || field.isEmpty()) {
            return answer(problems.problem(HttpStatus.BAD_REQUEST, "unreadable", "problem.unreadable", null, locale),
                    request, response);
        }
        String message = messages.getMessage("problem.field.unreadable", null, locale);
        return answer(problems.invalid(List.of(new FieldProblem(field, message)), locale), request, response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request,
                        HttpServletResponse response, Locale locale) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)
                && !Problems.isApi(request)) {
            return answer(problems.problem(HttpStatus.NOT_FOUND, "not-found", "problem.not-found", null, locale),
                    request, response);
        }
        String message = messages.getMessage("problem.field.type", null, locale);
        return answer(problems.invalid(List.of(new FieldProblem(e.getName(), message)), locale), request, response);
    }

    /**
     * A form posted with a property path the binder cannot follow, such as a row number past the binder's collection
     * limit: bad input, 400. Bean forms fail with an {@link InvalidPropertyException}; record forms with an
     * {@link IndexOutOfBoundsException} from the binder itself, which is told apart from a failure in our own code by
     * where it was thrown.
     */
    @ExceptionHandler({InvalidPropertyException.class, IndexOutOfBoundsException.class})
    Object unbindable(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws Exception {
        if (!(e instanceof InvalidPropertyException) && !thrownByTheBinder(e)) {
            return unexpected(e, request, response, locale);
        }
        return answer(problems.problem(HttpStatus.BAD_REQUEST, "unreadable", "problem.unreadable", null, locale),
                request, response);
    }

    private static boolean thrownByTheBinder(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.stillpoint.")) {
                return false;
            }
            if (frame.getClassName().equals("org.springframework.validation.DataBinder")) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(MissingServletRequestParameterException e, HttpServletRequest request,
                            HttpServletResponse response, Locale locale) {
        String message = messages.getMessage("problem.field.required", null, locale);
        return answer(problems.invalid(List.of(new FieldProblem(e.getParameterName(), message)), locale),
                request, response);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noSuchResource(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return answer(problems.problem(HttpStatus.NOT_FOUND, "not-found", "problem.no-such-resource", null, locale),
                request, response);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object methodNotAllowed(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return answer(problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                "problem.method-not-allowed", null, locale), request, response);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupportedMediaType(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return answer(problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "problem.unsupported-media-type", null, locale), request, response);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return answer(problems.problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "problem.not-acceptable", null,
                locale), request, response);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object staleEdit(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return answer(problems.problem(HttpStatus.CONFLICT, "stale-edit", "problem.stale-edit", null, locale),
                request, response);
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e; // answered by Spring Security's handlers (403 / sign-in)
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "problem.internal", null,
                locale), request, response);
    }

    private Object answer(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response) {
        if (Problems.isApi(request)) {
            return problems.entity(problem);
        }
        int status = problem.getStatus();
        String view = status == 404 ? "error/404" : status >= 500 ? "error/5xx" : "error/4xx";
        ModelAndView page = new ModelAndView(view);
        page.setStatus(HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("detail", problem.getDetail());
        LayoutAdvice.decorate(page, request);
        return page;
    }
}
