package com.partvote.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail is append-only in the database itself: whoever connects (here the superuser the
 * tests run as, which no grant would stop) cannot change, delete or truncate an entry.
 */
@PostgresContractTest
class AuditTrailAppendOnlyTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void entriesCanBeAddedButNeverChangedDeletedOrTruncated() {
        long seq = jdbc.queryForObject("INSERT INTO audit_entry (at, actor, action, subject) "
                + "VALUES (now(), 'tester', 'TEST_ENTRY', 'append-only') RETURNING seq", Long.class);

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET action = 'FORGED' WHERE seq = ?", seq))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE seq = ?", seq))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_entry"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("SELECT action FROM audit_entry WHERE seq = ?", String.class, seq))
                .isEqualTo("TEST_ENTRY");
    }
}
