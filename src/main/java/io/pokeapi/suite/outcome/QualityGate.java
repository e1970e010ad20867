package io.pokeapi.suite.outcome;

import io.pokeapi.suite.config.FailOn;
import io.pokeapi.suite.history.HistoryReport;

/**
 * What fails a run that completed: any failed scenario, or only new ones (FAIL_ON), and a slower baseline when
 * BASELINE_FAILS says so. The one place the verdict is worked out.
 *
 * @param failOn        which failed scenarios fail the run
 * @param baselineFails whether a run slower than its baselines fails
 */
public record QualityGate(FailOn failOn, boolean baselineFails) {

    /** The verdict of a run with {@code outcome} and {@code failures}, whose history found {@code history}. */
    public RunResult.Verdict verdict(RunOutcome outcome, FailureTrends failures, HistoryReport history) {
        if (!outcome.problem().isEmpty()) {
            return RunResult.Verdict.COULD_NOT_RUN;
        }
        boolean scenariosPass = switch (failOn) {
            case ANY -> outcome.passed();
            case NEW -> !outcome.scenarios().isEmpty() && failures.newFailures().isEmpty();
        };
        return scenariosPass && !history.failsRun(baselineFails) ? RunResult.Verdict.PASSED : RunResult.Verdict.FAILED;
    }
}
