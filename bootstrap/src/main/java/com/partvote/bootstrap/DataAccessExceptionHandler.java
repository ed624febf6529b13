package com.partvote.bootstrap;

import com.partvote.adapters.web.api.ApiResponse;
import com.partvote.adapters.web.api.Messages;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The database is unreachable or overloaded: answer 503 with a stable code and Retry-After at
 * once, instead of a 500 (the pool's connection timeout bounds how long a request waits).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DataAccessExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(DataAccessExceptionHandler.class);

    private final Messages messages;

    DataAccessExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class, QueryTimeoutException.class})
    ResponseEntity<ApiResponse> unavailable(Exception e) {
        log.warn("database unavailable: {}", e.getMessage());
        return ResponseEntity.status(503).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.RETRY_AFTER, "5")
                .body(ApiResponse.error(503, "DATABASE_UNAVAILABLE", messages.error("DATABASE_UNAVAILABLE"), Map.of()));
    }
}
