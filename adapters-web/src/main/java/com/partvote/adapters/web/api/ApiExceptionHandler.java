package com.partvote.adapters.web.api;

import com.partvote.application.auth.AuthenticationFailedException;
import com.partvote.application.auth.TooManyAttemptsException;
import com.partvote.domain.DomainException;
import com.partvote.domain.InvalidValueException;
import com.partvote.domain.choice.ChoiceNotFoundException;
import com.partvote.domain.member.Part;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every failure into the envelope with a stable code. Business rules keep their domain
 * code; errors the web layer detects get a code by status. Nothing internal leaks: unexpected
 * failures are logged here and answered with a bare INTERNAL_ERROR.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Messages messages;

    public ApiExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(AuthenticationFailedException.class)
    ResponseEntity<ApiResponse> unauthenticated(AuthenticationFailedException e) {
        String challenge = e.code().equals("TOKEN_MISSING") ? "Bearer realm=\"partvote\""
                : "Bearer realm=\"partvote\", error=\"invalid_token\"";
        return json(401).header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .body(error(401, e.code(), Map.of()));
    }

    @ExceptionHandler(TooManyAttemptsException.class)
    ResponseEntity<ApiResponse> throttled(TooManyAttemptsException e) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        return json(429).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(error(429, e.code(), Map.of("retry_after", seconds)));
    }

    @ExceptionHandler(ChoiceNotFoundException.class)
    ResponseEntity<ApiResponse> notFound(ChoiceNotFoundException e) {
        return json(404).body(error(404, e.code(), Map.of()));
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<ApiResponse> invalidValue(InvalidValueException e) {
        return invalid(List.of(new InvalidRequestException.Rejected(e.field(), e.reason())));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ApiResponse> invalidRequest(InvalidRequestException e) {
        return invalid(e.rejected());
    }

    @ExceptionHandler(Part.InvalidPartException.class)
    ResponseEntity<ApiResponse> invalidPart(Part.InvalidPartException e) {
        return json(400).body(error(400, e.code(),
                List.of(fieldError(new InvalidRequestException.Rejected("part", "format")))));
    }

    /** EMAIL_TAKEN, INVALID_CREDENTIALS, DUPLICATE_VOTE, SELF_VOTE...: the old client reads 400. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<ApiResponse> ruleBroken(DomainException e) {
        return json(400).body(error(400, e.code(), Map.of()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiResponse> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof DatabindException || cause instanceof InputCoercionException) {
            // well-formed JSON of the wrong shape: a string for a number, an array for an object...
            return json(400).body(error(400, "VALIDATION_FAILED", Map.of()));
        }
        String code = cause instanceof StreamReadException ? "MALFORMED_JSON" : "BODY_REQUIRED";
        return json(400).body(error(400, code, Map.of()));
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<ApiResponse> typeMismatch(TypeMismatchException e) {
        return json(400).body(error(400, "VALIDATION_FAILED", Map.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiResponse> unexpected(Exception e) {
        if (e instanceof ErrorResponse mvc) {
            // Spring MVC's own errors: 405, 415, 404 for unknown routes, a missing parameter...
            int status = mvc.getStatusCode().value();
            HttpHeaders headers = new HttpHeaders();
            headers.addAll(mvc.getHeaders());
            return json(status).headers(headers)
                    .body(error(status, ErrorCodes.forStatus(status), Map.of()));
        }
        log.error("unhandled failure", e);
        return json(500).body(error(500, "INTERNAL_ERROR", Map.of()));
    }

    /**
     * Every error is JSON, whatever the request's Accept header says: a preset Content-Type
     * skips content negotiation, which would otherwise fail on {@code Accept: text/html} and
     * turn a 4xx into a 500.
     */
    private static ResponseEntity.BodyBuilder json(int status) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
    }

    private ResponseEntity<ApiResponse> invalid(List<InvalidRequestException.Rejected> rejected) {
        return json(400).body(error(400, "VALIDATION_FAILED",
                rejected.stream().map(this::fieldError).toList()));
    }

    private FieldError fieldError(InvalidRequestException.Rejected r) {
        String specific = "field." + r.field() + "." + r.reason();
        String text = messages.get(specific);
        if (text.equals(specific)) {
            text = messages.get("field." + r.reason(), r.field());
        }
        return new FieldError(r.field(), r.reason(), text);
    }

    private ApiResponse error(int status, String code, Object detail) {
        return ApiResponse.error(status, code, messages.error(code), detail);
    }
}
