package io.pokeapi.suite.resilience;

import java.time.Duration;

/** Hears what the client's policies do, to log and count it; called on the thread of the request. */
public interface ResilienceListener {

    /** Ignores everything. */
    ResilienceListener NONE = new ResilienceListener() {
    };

    /**
     * A request is sent again.
     *
     * @param retry  1 for the first retry
     * @param reason why the previous attempt failed: a status such as {@code 503}, or an I/O error's kind
     * @param waited how long the client waited before this retry
     */
    default void retried(String endpoint, int retry, String reason, Duration waited) {
    }

    /** A 429 or 503 asked for a wait longer than the client allows, so the request was not sent again. */
    default void retryAfterRefused(String endpoint, Duration asked, Duration allowed) {
    }

    /** The endpoint's first request made its circuit, closed. */
    default void circuitCreated(String endpoint) {
    }

    /** The endpoint's circuit changed state. */
    default void circuitChanged(String endpoint, CircuitState from, CircuitState to) {
    }

    /** A request waited for the rate limit before it was sent. */
    default void rateLimited(String endpoint, Duration waited) {
    }

    /** The states of an endpoint's circuit. */
    enum CircuitState {
        CLOSED, OPEN, HALF_OPEN;

        /** The state as a metric label or log field: {@code closed}, {@code open}, {@code half_open}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
