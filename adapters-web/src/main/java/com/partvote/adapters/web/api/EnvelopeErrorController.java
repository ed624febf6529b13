package com.partvote.adapters.web.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised before a controller is reached (by the servlet container or a filter) arrive
 * here; they get the same envelope, never a stack trace or a Whitelabel page.
 */
@RestController
public class EnvelopeErrorController implements ErrorController {

    private final ErrorEnvelopes errors;

    public EnvelopeErrorController(ErrorEnvelopes errors) {
        this.errors = errors;
    }

    @RequestMapping(path = "${server.error.path:/error}")
    public ResponseEntity<Envelope<Object>> error(HttpServletRequest request) {
        Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // no error attribute: a client asked for the error path itself, which is no route of the API
        int status = attribute == null ? 404 : attribute instanceof Integer s && s >= 400 ? s : 500;
        return ErrorEnvelopes.json(status).body(errors.envelope(status, ErrorCatalog.forStatus(status), Map.of()));
    }
}
