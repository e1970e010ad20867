package io.pokeapi.suite.observability;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestSourceParsed;
import io.cucumber.plugin.event.TestStepFinished;
import io.pokeapi.suite.outcome.ScenarioKeys;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feeds the process's metrics with the scenarios and steps as they finish, whichever way Cucumber was
 * started. A failed step is put down to the endpoint of its scenario's latest request, which the request's
 * {@code ScenarioTag} names.
 */
public final class MetricsPlugin implements ConcurrentEventListener {

    private final Map<URI, String> featureNames = new ConcurrentHashMap<>();
    private final SuiteMetrics metrics;

    public MetricsPlugin(SuiteMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestSourceParsed.class, event -> event.getNodes().forEach(node ->
                node.getName().ifPresent(name -> featureNames.put(event.getUri(), name))));
        publisher.registerHandlerFor(TestCaseStarted.class, event -> metrics.scenarioStarted(keyOf(event.getTestCase())));
        publisher.registerHandlerFor(TestStepFinished.class, this::onStepFinished);
        publisher.registerHandlerFor(TestCaseFinished.class, this::onScenarioFinished);
    }

    private void onStepFinished(TestStepFinished event) {
        Result result = event.getResult();
        if (event.getTestStep() instanceof PickleStepTestStep
                && (result.getStatus() == Status.PASSED || result.getStatus() == Status.FAILED)) {
            metrics.stepFinished(label(result.getStatus()), result.getDuration());
        }
        if (result.getStatus() == Status.FAILED) {
            metrics.stepFailed(keyOf(event.getTestCase()), result.getError());
        }
    }

    private void onScenarioFinished(TestCaseFinished event) {
        URI uri = event.getTestCase().getUri();
        String feature = featureNames.computeIfAbsent(uri, ScenarioKeys::relativePath);
        metrics.scenarioFinished(keyOf(event.getTestCase()), feature, label(event.getResult().getStatus()), event.getResult().getDuration());
    }

    private static String keyOf(TestCase scenario) {
        return ScenarioKeys.of(scenario.getUri(), scenario.getLocation().getLine());
    }

    private static String label(Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
