package io.pokeapi.suite.history;

import java.sql.SQLException;

/** One line about a database failure: the innermost cause that says something, never a stack trace. */
public final class HistoryFailures {

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private HistoryFailures() {
    }

    public static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause instanceof SQLException) {
                break;
            }
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }

    /**
     * Whether the failure is a foreign key violation (SQL state 23503), however it is wrapped: in a batch, the
     * driver reports it as the next exception of a BatchUpdateException.
     */
    static boolean isForeignKeyViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (FOREIGN_KEY_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
