package io.pokeapi.suite.run;

import io.pokeapi.suite.history.HistoryReport;
import java.io.PrintStream;

/**
 * The one way a run ends, whoever drives it (the command line, the serve mode, or {@code mvn test} as its
 * JVM stops): the history takes the outcome, the verdict is worked out once from both, and the metrics,
 * ReportPortal, the console and run-summary.json are told of the same verdict.
 */
final class RunEnding {

    private RunEnding() {
    }

    /**
     * @param problem why the run could not complete, or an empty string: such a run is told as one that could
     *                not run, and writes no summary
     */
    static SuiteRunner.Result end(SuiteRuntime runtime, SuiteRun run, RunOutcome outcome, String problem,
            PrintStream out) {
        HistoryReport history = run.finish(outcome);
        runtime.reportPortal().runFinished(run, outcome, history);
        if (!problem.isEmpty()) {
            runtime.observability().runFinished(run.identity(), new RunOutcome(outcome.scenarios(), problem), history,
                    false);
            return new SuiteRunner.Result(run.identity(), SuiteRunner.Verdict.COULD_NOT_RUN, problem);
        }
        if (!outcome.flaky().isEmpty()) {
            out.println("Flaky scenarios, which failed and then passed on a retry:");
            outcome.flaky().forEach(scenario -> out.printf("  %s  %s (passed on attempt %d)%n",
                    scenario.key(), scenario.name(), scenario.attempts()));
        }
        out.print(history.describe());
        runtime.observability().resilienceEvents().summary().ifPresent(out::println);
        boolean passed = outcome.passed() && !history.failsRun(runtime.settings().history().baselineFails());
        runtime.observability().runFinished(run.identity(), outcome, history, passed);
        RunSummary.write(runtime.settings().reportsDir(), run, outcome, history, passed);
        out.println("Reports: " + runtime.settings().reportsDir().toAbsolutePath().normalize());
        return new SuiteRunner.Result(run.identity(), passed ? SuiteRunner.Verdict.PASSED : SuiteRunner.Verdict.FAILED,
                "");
    }
}
