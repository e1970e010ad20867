package io.pokeapi.suite.run;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.nio.file.Files;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs the features once through Cucumber's JUnit Platform engine, with the runtime's settings. */
public final class SuiteLauncher {

    private final SuiteRuntime runtime;

    public SuiteLauncher(SuiteRuntime runtime) {
        this.runtime = runtime;
    }

    public RunOutcome run() {
        if (!Files.isDirectory(runtime.settings().featuresDir())) {
            return new RunOutcome(0, 0, "No features folder at " + runtime.settings().featuresDir().toAbsolutePath()
                    + ": run from the project folder or set FEATURES_DIR");
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectDirectory(runtime.settings().featuresDir().toFile()))
                .filters(org.junit.platform.launcher.EngineFilter.includeEngines("cucumber"))
                .configurationParameters(CucumberParameters.of(runtime.settings()))
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        RunProblemListener problems = new RunProblemListener();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, summary, problems);
        TestExecutionSummary result = summary.getSummary();
        // Scenarios left out by the tag filter are found but never started.
        return new RunOutcome(result.getTestsStartedCount(), result.getTestsFailedCount(), problems.problem());
    }

    /** Catches a failure of the run as a whole, such as a failing BeforeAll hook, which is not a scenario's. */
    private static final class RunProblemListener implements TestExecutionListener {

        private volatile String problem = "";

        @Override
        public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            if (identifier.isContainer() && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL
                    && problem.isEmpty()) {
                problem = result.getThrowable().map(Throwable::getMessage).orElse("the run failed");
            }
        }

        String problem() {
            return problem;
        }
    }
}
