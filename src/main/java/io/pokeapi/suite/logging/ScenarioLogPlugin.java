package io.pokeapi.suite.logging;

import static net.logstash.logback.argument.StructuredArguments.v;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives every log line of a scenario its feature, name and tags, and logs how it went: a step that
 * failed at ERROR with its reason and stack trace, the scenario's end at INFO. Cucumber publishes a
 * scenario's events on the thread that runs it, which is also the thread of its requests; the fields
 * live in that thread's MDC from the scenario's start to its end.
 */
public final class ScenarioLogPlugin implements ConcurrentEventListener {

    static final String FEATURE = "feature";
    static final String SCENARIO = "scenario";
    static final String TAGS = "tags";
    static final String LOCATION = "location";

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioLogPlugin.class);

    private final Map<URI, String> featureNames = new ConcurrentHashMap<>();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestSourceParsed.class, event -> event.getNodes().forEach(node ->
                node.getName().ifPresent(name -> featureNames.put(event.getUri(), name))));
        publisher.registerHandlerFor(TestCaseStarted.class, event -> scenarioStarted(event.getTestCase()));
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        publisher.registerHandlerFor(TestCaseFinished.class, this::scenarioFinished);
    }

    private void scenarioStarted(TestCase scenario) {
        MDC.put(FEATURE, featureNames.computeIfAbsent(scenario.getUri(), ScenarioKeys::relativePath));
        MDC.put(SCENARIO, scenario.getName());
        MDC.put(TAGS, String.join(" ", scenario.getTags()));
        MDC.put(LOCATION, ScenarioKeys.of(scenario.getUri(), scenario.getLocation().getLine()));
    }

    private void stepFinished(TestStepFinished event) {
        Result result = event.getResult();
        if (result.getStatus().isOk()) {
            return;
        }
        String step = event.getTestStep() instanceof PickleStepTestStep pickleStep
                ? pickleStep.getStep().getKeyword() + pickleStep.getStep().getText()
                : "A hook";
        String status = result.getStatus().name().toLowerCase(Locale.ROOT);
        Throwable error = result.getError();
        String reason = error == null ? "no step definition matches it"
                : error.getMessage() == null ? error.getClass().getName() : error.getMessage();
        LOG.error("{} {}: {}", v("step", step), status, reason, error);
    }

    private void scenarioFinished(TestCaseFinished event) {
        try {
            Result result = event.getResult();
            LOG.info("Scenario {} in {} ms", v("result", result.getStatus().name().toLowerCase(Locale.ROOT)),
                    v("duration_ms", result.getDuration().toMillis()));
        } finally {
            MDC.remove(FEATURE);
            MDC.remove(SCENARIO);
            MDC.remove(TAGS);
            MDC.remove(LOCATION);
        }
    }
}
