package io.pokeapi.suite.observability;

import io.pokeapi.suite.outcome.RunIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The latest run of the process, as its metrics and its health report it.
 *
 * @param run        which run: its id, its tag expression, its start
 * @param finishedAt when it ended; empty while it runs
 * @param result     how it ended, or {@link Result#RUNNING}
 * @param detail     why it did not pass, in a few words; empty while it runs and when it passed
 */
public record LastRun(RunIdentity run, Optional<Instant> finishedAt, Result result, String detail) {

    public LastRun {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(detail, "detail");
    }

    /** How a run ended. */
    public enum Result {
        /** Still running. */
        RUNNING,
        /** Every scenario passed, and no slower baseline fails it. */
        PASSED,
        /** A scenario failed, or a slower baseline failed the run. */
        FAILED,
        /** The run could not complete: the target did not answer, no scenario ran, or the run itself broke. */
        INCOMPLETE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static LastRun running(RunIdentity run) {
        return new LastRun(run, Optional.empty(), Result.RUNNING, "");
    }

    public Instant startedAt() {
        return run.startedAt();
    }

    public Optional<Duration> duration() {
        return finishedAt.map(end -> Duration.between(run.startedAt(), end));
    }
}
