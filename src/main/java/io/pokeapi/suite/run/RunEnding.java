package io.pokeapi.suite.run;

import io.pokeapi.suite.history.HistoryReport;
import io.pokeapi.suite.logging.RunLog;
import io.pokeapi.suite.outcome.FailureTrends;
import io.pokeapi.suite.outcome.QualityGate;
import io.pokeapi.suite.outcome.RunListener;
import io.pokeapi.suite.outcome.RunOutcome;
import io.pokeapi.suite.outcome.RunResult;
import io.pokeapi.suite.report.ConsoleSummary;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;

/**
 * The one way a run ends, whoever drives it (the command line, the serve mode, or {@code mvn test} as its
 * JVM stops): the history takes the outcome, the verdict is worked out once from both (the {@link QualityGate})
 * and recorded in the history, into a
 * {@link RunResult}, and every listener (ReportPortal, the metrics, the log, run-summary.json, the console) reads that
 * same result.
 */
final class RunEnding {

    private RunEnding() {
    }

    /**
     * @param problem why the run could not complete, or an empty string: such a run is told as one that could
     *                not run, and writes no summary
     */
    static RunResult end(SuiteRuntime runtime, SuiteRun run, RunOutcome outcome, String problem, PrintStream out) {
        HistoryReport history = run.finish(outcome);
        RunOutcome ended = problem.isEmpty() ? outcome : new RunOutcome(outcome.scenarios(), problem);
        FailureTrends failures = FailureTrends.of(ended, history);
        RunResult.Verdict verdict = new QualityGate(runtime.settings().failOn(),
                runtime.settings().history().baselineFails()).verdict(ended, failures, history);
        run.conclude(verdict);
        RunResult result = new RunResult(run.identity(), ended, history, run.sweep().ifMade(), verdict, failures);
        for (RunListener listener : listeners(runtime, out)) {
            listener.runFinished(result);
        }
        return result;
    }

    private static List<RunListener> listeners(SuiteRuntime runtime, PrintStream out) {
        return List.of(runtime.reportPortal(), runtime.observability(), new RunLog(Clock.systemUTC()),
                RunSummary.into(runtime.settings().reportsDir(), runtime.reportPortal()::delivery),
                new ConsoleSummary(out, runtime.observability().resilienceEvents()::summary,
                        runtime.settings().reportsDir()));
    }
}
