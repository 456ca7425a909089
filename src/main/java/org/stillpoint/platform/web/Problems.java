package org.stillpoint.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details for the API: a stable {@code type} per problem ({@code urn:stillpoint:problem:NAME}),
 * a title and detail from the message bundle, and for bad input the list of fields with their reasons.
 */
@Component
public class Problems {

    public static final String TYPE_PREFIX = "urn:stillpoint:problem:";

    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    public ProblemDetail problem(HttpStatus status, String type, String messageKey, Object[] args, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(messages.getMessage("problem.title." + type, null, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage(messageKey, args, messageKey, locale));
        return problem;
    }

    public ProblemDetail invalid(List<FieldProblem> fields, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "problem.validation", null, locale);
        problem.setProperty("errors", fields);
        return problem;
    }

    public ResponseEntity<ProblemDetail> entity(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** For filters and security handlers that answer before Spring MVC runs. */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        Map<String, Object> properties = problem.getProperties();
        if (properties != null) {
            body.putAll(properties);
        }
        json.writeValue(response.getOutputStream(), body);
    }

    /** One bad field of the request and why. */
    public record FieldProblem(String field, String message) {
    }
}
