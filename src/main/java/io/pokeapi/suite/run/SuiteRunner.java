package io.pokeapi.suite.run;

import io.pokeapi.suite.client.TargetUnreachableException;
import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.outcome.RunIdentity;
import io.pokeapi.suite.outcome.RunOutcome;
import io.pokeapi.suite.outcome.RunResult;
import java.io.PrintStream;

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

    /** Runs the scenarios {@code identity}'s tag expression selects, and records the run wherever it goes. */
    public RunResult run(RunIdentity identity) {
        Settings settings = runtime.settings();
        // In progress from the probe on, which can take the connect timeout; the metrics server still
        // starts with the run itself, so that a target found unreachable costs one line and no server.
        runtime.observability().metrics().runStarted(identity);
        SuiteRun run;
        try {
            run = runtime.beginProbedRun(identity);
        } catch (TargetUnreachableException e) {
            RunResult couldNotRun = RunResult.couldNotRun(identity, e.getMessage());
            runtime.observability().runFinished(couldNotRun);
            return couldNotRun;
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
    private RunResult finish(RunIdentity identity, SuiteRun run, RunOutcome outcome) {
        String problem = !outcome.problem().isEmpty() ? outcome.problem()
                : outcome.scenarios().isEmpty() ? "No scenario matches " + identity.tags()
                        .map(tags -> "TAGS='" + tags + "'").orElse("in " + runtime.settings().featuresDir()) + "."
                : "";
        return RunEnding.end(runtime, run, outcome, problem, out);
    }
}
