package com.partvote.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.TransactionSystemException;

/** Which data-access failures mean "the database is gone" (503) rather than a bug (500). */
class DataAccessExceptionHandlerTest {

    @Test
    void aRollbackThatFailsOnAClosedConnectionIsAnOutage() {
        // what a vote in flight meets when PostgreSQL stops: the rollback itself fails
        JpaSystemException rollback = new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));
        assertThat(DataAccessExceptionHandler.connectionLost(rollback)).isTrue();
        assertThat(DataAccessExceptionHandler.connectionLost(new JpaSystemException(new RuntimeException(
                new SQLException("This connection has been closed.", "08003"))))).isTrue();
    }

    @Test
    void aCommitThatFailsOnABrokenSocketIsAnOutage() {
        TransactionSystemException commit = new TransactionSystemException("Could not commit",
                new SQLException("An I/O error occurred while sending to the backend.", "08006", new SocketException("Broken pipe")));
        assertThat(DataAccessExceptionHandler.connectionLost(commit)).isTrue();
        assertThat(DataAccessExceptionHandler.connectionLost(new TransactionSystemException("x", new SocketException("reset"))))
                .isTrue();
    }

    @Test
    void anAdministratorShutdownAndAnExhaustedPoolAreOutages() {
        assertThat(DataAccessExceptionHandler.connectionLost(new JpaSystemException(
                new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01")))))
                .isTrue();
        assertThat(DataAccessExceptionHandler.connectionLost(new JpaSystemException(
                new RuntimeException(new SQLTransientConnectionException("Connection is not available, request timed out")))))
                .isTrue();
    }

    @Test
    void aBrokenConstraintOrAnUnknownFailureIsNot() {
        assertThat(DataAccessExceptionHandler.connectionLost(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DataAccessExceptionHandler.connectionLost(new JpaSystemException(new RuntimeException("mapping")))).isFalse();
        assertThat(DataAccessExceptionHandler.connectionLost(new JpaSystemException(new RuntimeException(
                new SQLException("Connection is closed", "XX000"))))).isFalse();
    }
}
