package io.pokeapi.suite.config;

import java.time.Duration;
import java.util.Optional;

/**
 * How the HTTP client rides through a flaky or busy API.
 *
 * @param retries         times a request is sent again after an I/O error, a 502, 503 or 504, or a 429; 0 never
 * @param backoff         ceiling of the first retry's random wait; it doubles with each retry
 * @param maxBackoff      ceiling of any retry's random wait
 * @param retryBudget     time a request may take, its retries and their waits included, before retries stop
 * @param retryAfterMax   the longest Retry-After the client honours; a longer one is not waited for
 * @param circuitBreaker  when an endpoint's circuit opens, if circuits are on
 * @param rateLimit       requests per second the client sends at most, shared by every scenario, if limited
 */
public record ResilienceSettings(int retries, Duration backoff, Duration maxBackoff, Duration retryBudget,
        Duration retryAfterMax, Optional<CircuitBreaker> circuitBreaker, Optional<Double> rateLimit) {

    /** The same without a rate limit: the replica is the suite's own, and measuring it wants its full speed. */
    public ResilienceSettings withoutRateLimit() {
        return new ResilienceSettings(retries, backoff, maxBackoff, retryBudget, retryAfterMax, circuitBreaker,
                Optional.empty());
    }

    /**
     * An endpoint's circuit opens when {@code failures} of its last {@code requests} requests failed (after
     * their retries); it then fails requests at once for {@code openFor}, and closes when a probe succeeds.
     */
    public record CircuitBreaker(int failures, int requests, Duration openFor) {
    }
}
