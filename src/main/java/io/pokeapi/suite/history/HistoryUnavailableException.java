package io.pokeapi.suite.history;

/**
 * The history database cannot be reached, created, started or migrated. The message is one line that
 * says where and why (never the password), fit to print as is; the cause keeps the details.
 */
public class HistoryUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HistoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public HistoryUnavailableException(String message) {
        super(message);
    }
}
