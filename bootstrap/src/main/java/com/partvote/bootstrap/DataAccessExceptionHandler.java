package com.partvote.bootstrap;

import com.partvote.adapters.web.api.Envelope;
import com.partvote.adapters.web.api.ErrorCatalog;
import com.partvote.adapters.web.api.ErrorEnvelopes;
import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The database is unreachable or overloaded: answer 503 with a stable code and Retry-After at
 * once, instead of a 500 (the pool's connection timeout bounds how long a request waits). A
 * connection lost in the middle of a transaction surfaces in many shapes (an I/O error, then a
 * failed rollback or commit, reported as a JPA or transaction "system" exception): whatever the
 * wrapper, a lost connection in its causes makes it a 503. Other data-access failures are bugs:
 * 500, logged.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DataAccessExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(DataAccessExceptionHandler.class);

    private static final String CLOSED_BY_POOL = "Connection is closed";

    private final ErrorEnvelopes errors;

    DataAccessExceptionHandler(ErrorEnvelopes errors) {
        this.errors = errors;
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<Envelope<Object>> dataAccessFailed(RuntimeException e) {
        if (e instanceof CannotCreateTransactionException || e instanceof DataAccessResourceFailureException
                || e instanceof TransientDataAccessException || connectionLost(e)) {
            log.warn("database unavailable: {}", e.getMessage());
            ErrorCatalog error = ErrorCatalog.DATABASE_UNAVAILABLE;
            return ErrorEnvelopes.json(error.status()).header(HttpHeaders.RETRY_AFTER, "5")
                    .body(errors.envelope(error, Map.of()));
        }
        log.error("unhandled failure", e);
        return errors.reply(ErrorCatalog.INTERNAL_ERROR);
    }

    /**
     * A broken or refused connection anywhere in the causes: SQL state class 08 (connection
     * exception) or 57P (the server shut down), a socket error, or the pool's closed connection.
     */
    static boolean connectionLost(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SocketException || t instanceof EOFException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            // HikariCP's stand-in for a connection it already evicted as broken, met by the rollback
            // that follows the I/O error (which TransactionTemplate logs, then drops for the rollback's)
            if (t instanceof SQLException sql && sql.getSQLState() == null && CLOSED_BY_POOL.equals(sql.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
