package io.pokeapi.suite.resilience;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Response;

/**
 * One try of a request: its response or its I/O error, and whether to try again. Failures travel as
 * results, not exceptions, so that the retry policy sees the endpoint and reason of each.
 */
final class Attempt {

    private final Response response;
    private final IOException failure;
    private final boolean retryable;
    private final Optional<Duration> retryAfter;
    private final long endedAt = System.nanoTime();

    private Attempt(Response response, IOException failure, boolean retryable, Optional<Duration> retryAfter) {
        this.response = response;
        this.failure = failure;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    static Attempt answered(Response response, boolean retryable, Optional<Duration> retryAfter) {
        return new Attempt(response, null, retryable, retryAfter);
    }

    static Attempt failed(IOException failure, boolean retryable) {
        return new Attempt(null, failure, retryable, Optional.empty());
    }

    boolean retryable() {
        return retryable;
    }

    /** The wait the server asked for, if it did. */
    Optional<Duration> retryAfter() {
        return retryAfter;
    }

    /** Why the attempt failed: the status, or the kind of I/O error. */
    String reason() {
        return response != null ? Integer.toString(response.code()) : IoFailure.kind(failure);
    }

    /** Time since the attempt ended. */
    Duration age() {
        return Duration.ofNanos(System.nanoTime() - endedAt);
    }

    /** The response to hand on, or the I/O error to throw. */
    Response outcome() throws IOException {
        if (failure != null) {
            throw failure;
        }
        return response;
    }
}
