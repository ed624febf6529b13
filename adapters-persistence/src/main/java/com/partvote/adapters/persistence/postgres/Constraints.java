package com.partvote.adapters.persistence.postgres;

import java.sql.SQLException;

/** Finds which database constraint a failed statement violated. */
final class Constraints {

    static final String UNIQUE_VIOLATION = "23505";
    static final String FOREIGN_KEY_VIOLATION = "23503";
    /** Raised by the trigger {@code ballot_not_self} (V2 migration). */
    static final String SELF_VOTE = "PV001";

    private Constraints() {
    }

    /** True when {@code failure} was caused by violating the named constraint with that SQL state. */
    static boolean violated(Throwable failure, String sqlState, String constraint) {
        SQLException sql = cause(failure, sqlState);
        return sql != null && String.valueOf(sql.getMessage()).contains("\"" + constraint + "\"");
    }

    /** True when {@code failure} was caused by a statement failing with that SQL state. */
    static boolean failedWith(Throwable failure, String sqlState) {
        return cause(failure, sqlState) != null;
    }

    private static SQLException cause(Throwable failure, String sqlState) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
                return sql;
            }
        }
        return null;
    }
}
