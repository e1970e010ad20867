package io.pokeapi.suite.run;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestSourceParsed;
import io.pokeapi.suite.outcome.ScenarioKeys;
import io.pokeapi.suite.outcome.ScenarioLedger;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Tells the current run's ledger how each scenario ended, whichever way Cucumber was started. */
public final class LedgerPlugin implements ConcurrentEventListener {

    private final Map<URI, String> featureNames = new ConcurrentHashMap<>();
    private final Supplier<ScenarioLedger> ledger;

    /** Records into {@code ledger}'s answer at each scenario's end: the run's ledger, begun by then. */
    public LedgerPlugin(Supplier<ScenarioLedger> ledger) {
        this.ledger = ledger;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestSourceParsed.class, event -> event.getNodes().forEach(node ->
                node.getName().ifPresent(name -> featureNames.put(event.getUri(), name))));
        publisher.registerHandlerFor(TestCaseFinished.class, this::onScenarioFinished);
    }

    private void onScenarioFinished(TestCaseFinished event) {
        TestCase scenario = event.getTestCase();
        ledger.get().record(
                ScenarioKeys.of(scenario.getUri(), scenario.getLocation().getLine()),
                featureNames.getOrDefault(scenario.getUri(), ""),
                scenario.getName(),
                event.getResult().getStatus().name().toLowerCase(Locale.ROOT),
                !scenario.getTags().contains(ScenarioLedger.NO_RETRY_TAG));
    }
}
