package io.pokeapi.suite.history;

import java.sql.SQLException;

/** One line about a database failure: the innermost cause that says something, never a stack trace. */
public final class HistoryFailures {

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
}
