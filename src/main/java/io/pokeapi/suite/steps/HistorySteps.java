package io.pokeapi.suite.steps;

import io.cucumber.java.en.Then;
import io.pokeapi.suite.checks.ApiResource;
import io.pokeapi.suite.client.ApiResponse;
import io.pokeapi.suite.history.RunHistory.SchemaComparison;
import io.pokeapi.suite.history.SchemaChange;
import java.util.LinkedHashSet;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the history remembers of earlier runs. */
public final class HistorySteps {

    private static final Logger LOG = LoggerFactory.getLogger(HistorySteps.class);

    private final ScenarioContext scenario;

    public HistorySteps(ScenarioContext scenario) {
        this.scenario = scenario;
    }

    /** A schema change is a warning, not a failure: the contract scenarios decide what is required. */
    @Then("any change to the {resource} schema since the last run is reported as a warning")
    public void schemaChangesAreReported(ApiResource resource) {
        Set<String> lines = new LinkedHashSet<>();
        Set<String> notes = new LinkedHashSet<>();
        Set<String> endpoints = new LinkedHashSet<>();
        int compared = 0;
        for (ApiResponse response : scenario.responses()) {
            if (!response.endpoint().resource().equals(resource.path()) || !response.isSuccessful()) {
                continue;
            }
            compared++;
            SchemaComparison comparison = scenario.history().compareSchema(response);
            comparison.unavailable().ifPresent(notes::add);
            for (SchemaChange change : comparison.changes()) {
                lines.add(response.endpoint() + " " + change);
                endpoints.add(response.endpoint().toString());
            }
        }
        if (compared == 0) {
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
}
