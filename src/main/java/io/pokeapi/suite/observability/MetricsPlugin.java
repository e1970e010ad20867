package io.pokeapi.suite.observability;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestSourceParsed;
import io.cucumber.plugin.event.TestStepFinished;
import io.pokeapi.suite.outcome.ScenarioKeys;
import io.pokeapi.suite.run.SuiteRuntime;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Feeds the process's metrics with the scenarios and steps as they finish, whichever way Cucumber was
 * started. Cucumber publishes a scenario's events on the thread that runs it, the thread its requests
 * are made on: that is how a failure is put down to the endpoint of the scenario's latest request.
 */
public final class MetricsPlugin implements ConcurrentEventListener {

    private final Map<URI, String> featureNames = new ConcurrentHashMap<>();
    private final Supplier<SuiteMetrics> metrics;

    /**
     * The plugin Cucumber creates by name, once per execution: it feeds the metrics of the process's
     * runtime, looked up once rather than under the runtime's lock at every step.
     */
    public MetricsPlugin() {
        this(new Supplier<>() {
            private volatile SuiteMetrics metrics;

            @Override
            public SuiteMetrics get() {
                SuiteMetrics found = metrics;
                if (found == null) {
                    found = SuiteRuntime.shared().observability().metrics();
                    metrics = found;
                }
                return found;
            }
        });
    }

    MetricsPlugin(Supplier<SuiteMetrics> metrics) {
        this.metrics = metrics;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestSourceParsed.class, event -> event.getNodes().forEach(node ->
                node.getName().ifPresent(name -> featureNames.put(event.getUri(), name))));
        publisher.registerHandlerFor(TestCaseStarted.class, event -> metrics.get().scenarioStarted());
        publisher.registerHandlerFor(TestStepFinished.class, this::onStepFinished);
        publisher.registerHandlerFor(TestCaseFinished.class, this::onScenarioFinished);
    }

    private void onStepFinished(TestStepFinished event) {
        Result result = event.getResult();
        if (event.getTestStep() instanceof PickleStepTestStep
                && (result.getStatus() == Status.PASSED || result.getStatus() == Status.FAILED)) {
            metrics.get().stepFinished(label(result.getStatus()), result.getDuration());
        }
        if (result.getStatus() == Status.FAILED) {
            metrics.get().stepFailed(result.getError());
        }
    }

    private void onScenarioFinished(TestCaseFinished event) {
        URI uri = event.getTestCase().getUri();
        String feature = featureNames.computeIfAbsent(uri, ScenarioKeys::relativePath);
        metrics.get().scenarioFinished(feature, label(event.getResult().getStatus()), event.getResult().getDuration());
    }

    private static String label(Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
