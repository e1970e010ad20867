package io.pokeapi.suite.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Faults the replica injects into its answers, to show how clients cope with a flaky server.
 *
 * @param latency      added before every answer
 * @param failFirst    paths whose first requests fail with an error status
 * @param errorRate    a share of all answers replaced by a server error, if any
 * @param retryAfter   what a 429 answer asks the client to wait
 * @param brokenBodies answers whose body or connection breaks
 * @param tricklePause pause between the chunks of a trickled body
 */
public record ReplicaFaults(Latency latency, List<FailFirst> failFirst, Optional<ErrorRate> errorRate,
        RetryAfter retryAfter, List<BrokenBody> brokenBodies, Duration tricklePause) {

    public static final RetryAfter DEFAULT_RETRY_AFTER = new RetryAfter(Duration.ofSeconds(1), false);
    public static final Duration DEFAULT_TRICKLE_PAUSE = Duration.ofSeconds(20);
    public static final ReplicaFaults NONE = new ReplicaFaults(Latency.NONE, List.of(), Optional.empty(),
            DEFAULT_RETRY_AFTER, List.of(), DEFAULT_TRICKLE_PAUSE);

    public ReplicaFaults {
        failFirst = List.copyOf(failFirst);
        brokenBodies = List.copyOf(brokenBodies);
    }

    /** A fixed latency and failing first requests, the rest as {@link #NONE}. */
    public ReplicaFaults(Duration latency, List<FailFirst> failFirst) {
        this(Latency.fixed(latency), failFirst, Optional.empty(), DEFAULT_RETRY_AFTER, List.of(),
                DEFAULT_TRICKLE_PAUSE);
    }

    public ReplicaFaults withLatency(Latency latency) {
        return new ReplicaFaults(latency, failFirst, errorRate, retryAfter, brokenBodies, tricklePause);
    }

    public ReplicaFaults withFailFirst(List<FailFirst> failFirst) {
        return new ReplicaFaults(latency, failFirst, errorRate, retryAfter, brokenBodies, tricklePause);
    }

    public ReplicaFaults withErrorRate(ErrorRate errorRate) {
        return new ReplicaFaults(latency, failFirst, Optional.of(errorRate), retryAfter, brokenBodies, tricklePause);
    }

    public ReplicaFaults withRetryAfter(RetryAfter retryAfter) {
        return new ReplicaFaults(latency, failFirst, errorRate, retryAfter, brokenBodies, tricklePause);
    }

    public ReplicaFaults withBrokenBodies(List<BrokenBody> brokenBodies) {
        return new ReplicaFaults(latency, failFirst, errorRate, retryAfter, brokenBodies, tricklePause);
    }

    public ReplicaFaults withTricklePause(Duration tricklePause) {
        return new ReplicaFaults(latency, failFirst, errorRate, retryAfter, brokenBodies, tricklePause);
    }

    /** Latency drawn evenly from {@code min} to {@code max}; fixed when they are equal. */
    public record Latency(Duration min, Duration max) {

        public static final Latency NONE = fixed(Duration.ZERO);

        public Latency {
            if (max.compareTo(min) < 0) {
                throw new IllegalArgumentException("the longest latency is shorter than the shortest");
            }
        }

        public static Latency fixed(Duration latency) {
            return new Latency(latency, latency);
        }

        public boolean isNone() {
            return max.isZero();
        }
    }

    /**
     * The first {@code count} requests for {@code path} answer {@code status}; later ones answer normally.
     *
     * @param path   a request path such as {@code /api/v2/ability/static}, compared without a trailing slash
     * @param count  how many requests fail
     * @param status the error status they get, such as 503; a 429 carries {@link #retryAfter()}
     */
    public record FailFirst(String path, int count, int status) {
    }

    /**
     * A share of all answers replaced by server errors.
     *
     * @param share    from 0 to 1
     * @param statuses the statuses drawn from, evenly
     */
    public record ErrorRate(double share, List<Integer> statuses) {

        public ErrorRate {
            statuses = List.copyOf(statuses);
        }
    }

    /**
     * The {@code Retry-After} of a 429 answer.
     *
     * @param delay    how long the client is asked to wait
     * @param httpDate true for the HTTP-date form, false for delta-seconds
     */
    public record RetryAfter(Duration delay, boolean httpDate) {
    }

    /**
     * Answers that break: those for {@code path}, or else a {@code share} of all answers.
     *
     * @param kind  how they break
     * @param path  the request path whose every answer breaks, if the break is for one path
     * @param share from 0 to 1, of all answers, when there is no path
     */
    public record BrokenBody(Kind kind, Optional<String> path, double share) {

        /** How an answer breaks. */
        public enum Kind {
            /** The JSON body stops halfway, with its length saying so: a parse error. */
            TRUNCATE,
            /** The JSON body is not valid JSON. */
            MALFORMED,
            /** The connection closes without an answer. */
            RESET,
            /** The body comes in small chunks with long pauses, to hit a client's read timeout. */
            TRICKLE
        }
    }
}
