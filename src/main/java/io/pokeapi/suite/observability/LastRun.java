package io.pokeapi.suite.observability;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The latest run of the process, as its metrics and its health report it.
 *
 * @param startedAt  when it began
 * @param finishedAt when it ended; empty while it runs
 * @param result     how it ended, or {@link Result#RUNNING}
 */
public record LastRun(Instant startedAt, Optional<Instant> finishedAt, Result result) {

    public LastRun {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(result, "result");
    }

    /** How a run ended. */
    public enum Result {
        /** Still running. */
        RUNNING,
        /** Every scenario passed, and no slower baseline fails it. */
        PASSED,
        /** A scenario failed, or a slower baseline failed the run. */
        FAILED,
        /** The run could not complete: no scenario ran, or the run itself broke. */
        INCOMPLETE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static LastRun running(Instant startedAt) {
        return new LastRun(startedAt, Optional.empty(), Result.RUNNING);
    }

    public Optional<Duration> duration() {
        return finishedAt.map(end -> Duration.between(startedAt, end));
    }
}
