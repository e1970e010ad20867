package io.pokeapi.suite.steps;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.pokeapi.suite.client.ApiResponse;
import io.pokeapi.suite.client.PokeApiClient;
import io.pokeapi.suite.client.ScenarioTag;
import io.pokeapi.suite.config.SweepSettings;
import io.pokeapi.suite.contract.Contract;
import io.pokeapi.suite.history.RunHistory;
import io.pokeapi.suite.outcome.ScenarioKeys;
import io.pokeapi.suite.run.SuiteRuntime;
import io.pokeapi.suite.sweep.Sweep;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** What one scenario has fetched so far; Cucumber gives each scenario its own instance. */
public final class ScenarioContext {

    private final SuiteRuntime runtime;
    private final List<ApiResponse> responses = new ArrayList<>();
    private Scenario scenario;
    private ScenarioTag tag;
    private PokeApiClient api;

    public ScenarioContext(SuiteRuntime runtime) {
        this.runtime = runtime;
    }

    @Before
    public void rememberTheScenario(Scenario scenario) {
        this.scenario = scenario;
        this.tag = new ScenarioTag(ScenarioKeys.of(scenario.getUri(), scenario.getLine()), scenario.getName());
        this.api = runtime.client().forScenario(tag);
    }

    /** The client, each request tagged as the scenario's. */
    public PokeApiClient api() {
        return api;
    }

    /** The contract called {@code name} in features/contracts, such as "Pokémon". */
    public Contract contract(String name) {
        return runtime.contracts().named(name);
    }

    /** The history of the run the scenario belongs to. */
    public RunHistory history() {
        return runtime.currentRun().history();
    }

    /** Adds a line to the scenario's report. */
    public void log(String text) {
        scenario.log(text);
    }

    /** Attaches a text, such as every finding of a sweep, to the scenario's report and so to ReportPortal. */
    public void attach(String text, String name) {
        scenario.attach(text, "text/plain", name);
    }

    /** The run's sweep of every document, made by the first scenario that asks. */
    public Sweep sweep() {
        return runtime.currentRun().sweep();
    }

    /** What the sweep covers, as SWEEP and SWEEP_SAMPLE say. */
    public SweepSettings sweepSettings() {
        return runtime.settings().sweep();
    }

    /** A schema change the scenario found, for the tools that watch the runs: ReportPortal marks the scenario. */
    public void schemaChanged(Collection<String> endpoints, String diff) {
        runtime.reportPortal().schemaChanged(tag, endpoints, diff);
    }

    /** The scenario's responses, oldest first. */
    public List<ApiResponse> responses() {
        return List.copyOf(responses);
    }

    /** Keeps a response as the one later steps speak of, and returns it. */
    public ApiResponse remember(ApiResponse response) {
        responses.add(response);
        return response;
    }

    /** The response of the latest request the scenario made. */
    public ApiResponse latest() {
        if (responses.isEmpty()) {
            throw new IllegalStateException("The scenario has not fetched anything yet: a 'When I look up …' or "
                    + "'When I open …' step must come first");
        }
        return responses.get(responses.size() - 1);
    }

    /** The latest response as a model, failing clearly if it is not a 2xx document of that kind. */
    public <T> T latestAs(Class<T> model) {
        return latest().as(model);
    }

    /** The last {@code count} responses, oldest first. */
    public List<ApiResponse> lastResponses(int count) {
        if (responses.size() < count) {
            throw new IllegalStateException("The scenario made " + responses.size() + " request(s) but the step "
                    + "compares " + count);
        }
        return List.copyOf(responses.subList(responses.size() - count, responses.size()));
    }
}
