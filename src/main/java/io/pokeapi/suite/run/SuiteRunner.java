package io.pokeapi.suite.run;

import io.pokeapi.suite.client.TargetUnreachableException;
import io.pokeapi.suite.config.Settings;
import java.io.PrintStream;
import java.util.Objects;

/**
 * One whole run of the suite over a runtime, the same for the {@code run} command and each run of the
 * serve mode: the target probe, the scenarios with their retries, the history, the metrics and the
 * run summary. A run that cannot start or complete is still recorded, as incomplete.
 */
public final class SuiteRunner {

    private final SuiteRuntime runtime;
    private final PrintStream out;

    public SuiteRunner(SuiteRuntime runtime, PrintStream out) {
        this.runtime = runtime;
        this.out = out;
    }

    /** How a run ended. */
    public enum Verdict {
        /** Every scenario passed, and no slower baseline failed the run. */
        PASSED,
        /** A scenario failed, or a slower baseline did. */
        FAILED,
        /** The run could not start or complete: an unreachable target, no scenario selected, a broken run. */
        COULD_NOT_RUN
    }

    /**
     * @param run     the run
     * @param verdict how it ended
     * @param problem why it could not run, in one line; empty otherwise
     */
    public record Result(RunIdentity run, Verdict verdict, String problem) {

        public Result {
            Objects.requireNonNull(run, "run");
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** Runs the scenarios {@code identity}'s tag expression selects, and records the run wherever it goes. */
    public Result run(RunIdentity identity) {
        Settings settings = runtime.settings();
        // In progress from the probe on, which can take the connect timeout; the metrics server still
        // starts with the run itself, so that a target found unreachable costs one line and no server.
        runtime.observability().metrics().runStarted(identity);
        SuiteRun run;
        try {
            run = runtime.beginProbedRun(identity);
        } catch (TargetUnreachableException e) {
            runtime.observability().runIncomplete(identity, e.getMessage());
            return new Result(identity, Verdict.COULD_NOT_RUN, e.getMessage());
        }
        out.println("Running " + identity.describeScenarios() + " against " + runtime.client().baseUrl() + " on "
                + settings.threads() + " threads");
        RunOutcome outcome = new SuiteLauncher(runtime, out).run();
        try {
            return finish(identity, run, outcome);
        } finally {
            // After every run, not only at the process's end: the serve mode's reports are read while it serves.
            runtime.maskSecretsInReports();
        }
    }

    /** Records what the run did wherever it goes, and writes its summary. */
    private Result finish(RunIdentity identity, SuiteRun run, RunOutcome outcome) {
        String problem = !outcome.problem().isEmpty() ? outcome.problem()
                : outcome.scenarios().isEmpty() ? "No scenario matches " + identity.tags()
                        .map(tags -> "TAGS='" + tags + "'").orElse("in " + runtime.settings().featuresDir()) + "."
                : "";
        return RunEnding.end(runtime, run, outcome, problem, out);
    }
}
