package com.partvote.adapters.web.api;

import static com.partvote.adapters.web.api.ErrorEnvelopes.json;

import com.partvote.application.auth.TooManyAttemptsException;
import com.partvote.application.port.in.RollExceptions;
import com.partvote.domain.CodedException;
import com.partvote.domain.InvalidValueException;
import com.partvote.domain.ballot.BallotRefusedException;
import com.partvote.domain.election.IllegalTransitionException;
import com.partvote.domain.log.LogMismatchException;
import com.partvote.domain.member.Part;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every failure into the envelope with a stable code from the {@link ErrorCatalog}. A
 * broken rule keeps its domain code and the catalog's status; errors the web layer detects get
 * a code by status. Nothing internal leaks: unexpected failures are logged here and answered
 * with a bare INTERNAL_ERROR.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Messages messages;
    private final ErrorEnvelopes errors;

    public ApiExceptionHandler(Messages messages, ErrorEnvelopes errors) {
        this.messages = messages;
        this.errors = errors;
    }

    /** EMAIL_TAKEN, INVALID_CREDENTIALS, DUPLICATE_VOTE, TOKEN_EXPIRED...: at the catalog's status. */
    @ExceptionHandler(CodedException.class)
    ResponseEntity<Envelope<Object>> ruleBroken(CodedException e) {
        ErrorCatalog error = ErrorCatalog.find(e.code()).orElse(null);
        if (error == null) {
            log.error("code {} has no entry in the error catalog", e.code(), e);
            return errors.reply(ErrorCatalog.INTERNAL_ERROR);
        }
        if (error.status() == 401) {
            String challenge = error == ErrorCatalog.TOKEN_MISSING ? "Bearer realm=\"partvote\""
                    : "Bearer realm=\"partvote\", error=\"invalid_token\"";
            return json(401).header(HttpHeaders.WWW_AUTHENTICATE, challenge).body(errors.envelope(error, Map.of()));
        }
        return errors.reply(error);
    }

    /** A roll upload with bad lines: every line's number, field and reason, as the detail. */
    @ExceptionHandler(RollExceptions.RollInvalidException.class)
    ResponseEntity<Envelope<Object>> rollInvalid(RollExceptions.RollInvalidException e) {
        List<Map<String, Object>> lines = e.errors().stream()
                .map(l -> Map.<String, Object>of("line", l.line(), "field", l.field(), "reason", l.reason())).toList();
        return json(400).body(errors.envelope(ErrorCatalog.ROLL_INVALID, Map.of("lines", lines)));
    }

    /** A lifecycle step the election's state does not allow: the state it is in, as the detail. */
    @ExceptionHandler(IllegalTransitionException.class)
    ResponseEntity<Envelope<Object>> illegalTransition(IllegalTransitionException e) {
        return json(409).body(errors.envelope(ErrorCatalog.ILLEGAL_TRANSITION, Map.of("state", e.current().name())));
    }

    /** Publication refused: the first entry, head or choice where the log and the results part, as the detail. */
    @ExceptionHandler(LogMismatchException.class)
    ResponseEntity<Envelope<Object>> logMismatch(LogMismatchException e) {
        return json(409).body(errors.envelope(ErrorCatalog.LOG_MISMATCH, e.mismatch().facts()));
    }

    @ExceptionHandler(TooManyAttemptsException.class)
    ResponseEntity<Envelope<Object>> throttled(TooManyAttemptsException e) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        return json(429).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(errors.envelope(ErrorCatalog.TOO_MANY_ATTEMPTS, Map.of("retry_after", seconds)));
    }

    /** A ballot rule's refusal: its code, and the facts it names (the state, the limit) as the detail. */
    @ExceptionHandler(BallotRefusedException.class)
    ResponseEntity<Envelope<Object>> refused(BallotRefusedException e) {
        ErrorCatalog error = ErrorCatalog.find(e.code()).orElse(null);
        if (error == null) {
            return ruleBroken(e);
        }
        return json(error.status()).body(errors.envelope(error, e.rejection().facts()));
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<Envelope<Object>> invalidValue(InvalidValueException e) {
        return invalid(ErrorCatalog.VALIDATION_FAILED, List.of(new InvalidRequestException.Rejected(e.field(), e.reason())));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Envelope<Object>> invalidRequest(InvalidRequestException e) {
        return invalid(ErrorCatalog.VALIDATION_FAILED, e.rejected());
    }

    @ExceptionHandler(Part.InvalidPartException.class)
    ResponseEntity<Envelope<Object>> invalidPart(Part.InvalidPartException e) {
        return invalid(ErrorCatalog.INVALID_PART, List.of(new InvalidRequestException.Rejected("part", "format")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Envelope<Object>> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (exceedsReadLimits(e)) {
            // a 16,000-digit number: Jackson's read limits; not JSON we accept
            return errors.reply(ErrorCatalog.MALFORMED_JSON);
        }
        if (cause instanceof DatabindException || cause instanceof InputCoercionException) {
            // well-formed JSON of the wrong shape: a string for a number, an array for an object...
            return errors.reply(ErrorCatalog.VALIDATION_FAILED);
        }
        return errors.reply(cause instanceof StreamReadException ? ErrorCatalog.MALFORMED_JSON : ErrorCatalog.BODY_REQUIRED);
    }

    private static boolean exceedsReadLimits(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof StreamConstraintsException) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<Envelope<Object>> typeMismatch(TypeMismatchException e) {
        return errors.reply(ErrorCatalog.VALIDATION_FAILED);
    }

    /**
     * The client went away in the middle of a streamed answer (a live-results stream whose browser
     * tab closed): the response can take nothing more, so there is nobody to answer.
     */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e) {
        log.debug("client gone during a streamed answer: {}", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Envelope<Object>> unexpected(Exception e) {
        if (e instanceof ErrorResponse mvc) {
            // Spring MVC's own errors: 405, 415, 404 for unknown routes, a missing parameter...
            int status = mvc.getStatusCode().value();
            HttpHeaders headers = new HttpHeaders();
            headers.addAll(mvc.getHeaders());
            return json(status).headers(headers)
                    .body(errors.envelope(status, ErrorCatalog.forStatus(status), Map.of()));
        }
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof VirtualMachineError fatal) {
                // out of memory: not a 500 to answer but a process to end (bootstrap's FatalErrors)
                throw fatal;
            }
        }
        log.error("unhandled failure", e);
        return errors.reply(ErrorCatalog.INTERNAL_ERROR);
    }

    private ResponseEntity<Envelope<Object>> invalid(ErrorCatalog error, List<InvalidRequestException.Rejected> rejected) {
        return json(error.status()).body(errors.envelope(error, rejected.stream().map(this::fieldError).toList()));
    }

    private FieldError fieldError(InvalidRequestException.Rejected r) {
        String specific = "field." + r.field() + "." + r.reason();
        String text = messages.get(specific);
        if (text.equals(specific)) {
            text = messages.get("field." + r.reason(), r.field());
        }
        return new FieldError(r.field(), r.reason(), text);
    }
}
