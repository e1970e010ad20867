package io.pokeapi.suite.outcome;

import io.pokeapi.suite.history.HistoryReport;
import io.pokeapi.suite.sweep.SweepResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A finished run as everything that reports it reads it: worked out once, when the run ends.
 *
 * @param run     the run
 * @param outcome its scenarios over their attempts, and why it could not complete if it could not
 * @param history what the history noticed
 * @param sweep   the run's sweep, if a scenario made one
 * @param verdict  how it ended
 * @param failures its failures beside the runs before it: new, still failing, fixed
 */
public record RunResult(RunIdentity run, RunOutcome outcome, HistoryReport history, Optional<SweepResult> sweep,
        Verdict verdict, FailureTrends failures) {

    /** How a run ended. */
    public enum Verdict {
        /** Every scenario passed, and no slower baseline failed the run. */
        PASSED,
        /** A scenario failed, or a slower baseline did. */
        FAILED,
        /** The run could not start or complete: an unreachable target, no scenario selected, a broken run. */
        COULD_NOT_RUN
    }

    public RunResult {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(sweep, "sweep");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(failures, "failures");
    }

    /** A result whose failures are worked out from its outcome and history. */
    public RunResult(RunIdentity run, RunOutcome outcome, HistoryReport history, Optional<SweepResult> sweep,
            Verdict verdict) {
        this(run, outcome, history, sweep, verdict, FailureTrends.of(outcome, history));
    }

    /** A run that could not start, such as one whose target does not answer: nothing ran, nothing was recorded. */
    public static RunResult couldNotRun(RunIdentity run, String problem) {
        return new RunResult(run, new RunOutcome(List.of(), problem), HistoryReport.unavailable(problem),
                Optional.empty(), Verdict.COULD_NOT_RUN);
    }

    public boolean passed() {
        return verdict == Verdict.PASSED;
    }

    /** Why the run could not complete, in one line; empty when it did. */
    public String problem() {
        return outcome.problem();
    }
}
