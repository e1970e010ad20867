package io.pokeapi.suite.run;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.outcome.RunOutcome;
import io.pokeapi.suite.outcome.ScenarioLedger;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the features through Cucumber's JUnit Platform engine, then runs the scenarios that failed
 * again, up to the RETRIES setting: one that passes on a retry is flaky.
 */
public final class SuiteLauncher {

    private final SuiteRuntime runtime;
    private final PrintStream out;

    public SuiteLauncher(SuiteRuntime runtime, PrintStream out) {
        this.runtime = runtime;
        this.out = out;
    }

    public RunOutcome run() {
        Path features = runtime.settings().featuresDir();
        if (!Files.isDirectory(features)) {
            return new RunOutcome(List.of(), "No features folder at " + features.toAbsolutePath()
                    + ": run from the project folder or set FEATURES_DIR");
        }
        SuiteRun run = runtime.currentRun();
        ScenarioLedger ledger = run.ledger();
        // The run's own tag expression: the serve mode runs others than TAGS on demand.
        Settings settings = runtime.settings().withTags(run.tags().orElse(null));
        String problem = execute(settings, List.of(selectDirectory(features.toFile())), settings.reportsDir());
        int retries = runtime.settings().retries();
        for (int retry = 1; retry <= retries && problem.isEmpty() && !ledger.failing().isEmpty(); retry++) {
            List<String> failing = ledger.failing();
            out.printf("%nRetrying %d failed scenario%s (retry %d of %d)%n", failing.size(),
                    failing.size() == 1 ? "" : "s", retry, retries);
            problem = execute(settings, failing.stream().map(SuiteLauncher::selectScenario).toList(),
                    settings.reportsDir().resolve("retry-" + retry));
        }
        return new RunOutcome(ledger.outcomes(), problem);
    }

    /** Selects one scenario by its key, {@code features/pokemon.feature:7}. */
    private static DiscoverySelector selectScenario(String key) {
        int colon = key.lastIndexOf(':');
        return selectFile(key.substring(0, colon), FilePosition.from(Integer.parseInt(key.substring(colon + 1))));
    }

    private String execute(Settings settings, List<? extends DiscoverySelector> selectors, Path reports) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(EngineFilter.includeEngines("cucumber"))
                .configurationParameters(CucumberParameters.of(settings, reports))
                .build();
        RunProblemListener problems = new RunProblemListener();
        LauncherFactory.create().execute(request, problems);
        return problems.problem();
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
