package io.pokeapi.suite;

import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.config.SettingsLoader;
import io.pokeapi.suite.logging.LogSetup;
import io.pokeapi.suite.run.InstalledRuntime;
import io.pokeapi.suite.run.SuiteRuntime;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The entry point of the features under {@code mvn test} ({@link RunCucumberTest}): before a test plan
 * with scenarios in it executes, it builds the runtime from the environment's settings and
 * installs it; once the plan has executed, it closes it, which ends the run the way every run ends.
 * A plan whose runtime an entry point installed already, as the command line's, is left alone.
 * Registered in META-INF/services, which the JUnit Platform launcher reads.
 */
public final class MavenTestRuntime implements TestExecutionListener {

    private SuiteRuntime runtime;
    private InstalledRuntime installation;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        if (InstalledRuntime.isPresent() || plan.countTestIdentifiers(MavenTestRuntime::isScenario) == 0) {
            return;
        }
        Settings settings;
        try {
            settings = SettingsLoader.fromEnvironment();
        } catch (RuntimeException e) {
            System.err.println("The features cannot run: " + e.getMessage());
            return;
        }
        LogSetup.configure(settings.observability(), System.out, System.err);
        runtime = SuiteRuntime.start(settings);
        installation = InstalledRuntime.install(runtime);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (runtime != null) {
            installation.close();
            runtime.close();
            runtime = null;
        }
    }

    /** A test of Cucumber's engine: a plan of other tests only, where the engine found nothing, needs no runtime. */
    private static boolean isScenario(TestIdentifier identifier) {
        return identifier.isTest() && identifier.getUniqueIdObject().getSegments().stream()
                .anyMatch(segment -> "engine".equals(segment.getType()) && "cucumber".equals(segment.getValue()));
    }
}
