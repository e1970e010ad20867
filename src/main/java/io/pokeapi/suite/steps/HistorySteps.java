package io.pokeapi.suite.steps;

import io.cucumber.java.en.Then;
import io.pokeapi.suite.api.ApiResource;
import io.pokeapi.suite.checks.ContractChanges;
import io.pokeapi.suite.client.ApiResponse;
import io.pokeapi.suite.client.Endpoint;
import io.pokeapi.suite.contract.Contract;
import io.pokeapi.suite.contract.ContractBrokenError;
import io.pokeapi.suite.history.RunHistory.SchemaComparison;
import io.pokeapi.suite.history.SchemaChange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the history remembers of earlier runs. */
public final class HistorySteps {

    private static final Logger LOG = LoggerFactory.getLogger(HistorySteps.class);

    private final ScenarioContext scenario;
    // The scenario's comparisons, for the contract step after them.
    private final List<Comparison> compared = new ArrayList<>();

    /** The changes of one response's schema, at its endpoint. */
    private record Comparison(Endpoint endpoint, List<SchemaChange> changes) {
    }

    public HistorySteps(ScenarioContext scenario) {
        this.scenario = scenario;
    }

    /** Every change is a warning here; the next step decides which of them fail the scenario. */
    @Then("every change to the {resource} schema since the last run is reported")
    public void schemaChangesAreReported(ApiResource resource) {
        Set<String> lines = new LinkedHashSet<>();
        Set<String> notes = new LinkedHashSet<>();
        Set<String> endpoints = new LinkedHashSet<>();
        for (ApiResponse response : scenario.responses()) {
            if (!response.endpoint().resource().equals(resource.path()) || !response.isSuccessful()) {
                continue;
            }
            SchemaComparison comparison = scenario.history().compareSchema(response);
            compared.add(new Comparison(response.endpoint(), comparison.changes()));
            comparison.unavailable().ifPresent(notes::add);
            for (SchemaChange change : comparison.changes()) {
                lines.add(response.endpoint() + " " + change);
                endpoints.add(response.endpoint().toString());
            }
        }
        if (compared.isEmpty()) {
            Assertions.fail("The scenario fetched no %s document to compare", resource);
        }
        notes.forEach(note -> scenario.log("Nothing to compare with: " + note));
        if (lines.isEmpty()) {
            scenario.log("The " + resource + " schema is unchanged since the last run.");
        } else {
            String report = "Warning: the " + resource + " schema changed since the last run:\n  "
                    + String.join("\n  ", lines);
            scenario.log(report);
            scenario.schemaChanged(endpoints, report);
            LOG.warn(report);
        }
    }

    /** A field of the contract that went, or whose type the contract no longer allows, breaks the apps reading it. */
    @Then("no change takes away a field of the {word} contract")
    public void noChangeTakesAwayAContractField(String name) {
        if (compared.isEmpty()) {
            throw new IllegalStateException("No schema was compared yet: a 'Then every change to the … schema since "
                    + "the last run is reported' step must come first");
        }
        Contract contract = scenario.contract(name);
        Set<String> breaking = new LinkedHashSet<>();
        for (Comparison comparison : compared) {
            ContractChanges.breaking(contract, comparison.changes())
                    .forEach(change -> breaking.add(comparison.endpoint() + " " + change));
        }
        if (!breaking.isEmpty()) {
            throw new ContractBrokenError(String.format("Since the last run, %d change(s) took away a field of the "
                    + "%s contract:%n  %s", breaking.size(), contract.name(), String.join("\n  ", breaking)));
        }
        scenario.log("No change since the last run takes away a field of the " + contract.name() + " contract.");
    }
}
