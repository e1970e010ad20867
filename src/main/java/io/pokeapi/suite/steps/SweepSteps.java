package io.pokeapi.suite.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.pokeapi.suite.api.ApiNames;
import io.pokeapi.suite.api.ApiResource;
import io.pokeapi.suite.contract.ContractBrokenError;
import io.pokeapi.suite.sweep.SweepCheck;
import io.pokeapi.suite.sweep.SweepReport;
import io.pokeapi.suite.sweep.SweepResult;
import io.pokeapi.suite.sweep.UnknownFields;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opentest4j.TestAbortedException;

/** Every document of a resource, as the run's sweep found it: one check per step. */
public final class SweepSteps {

    private final ScenarioContext scenario;
    private ApiResource resource;
    private SweepResult result;

    public SweepSteps(ScenarioContext scenario) {
        this.scenario = scenario;
    }

    /** A resource SWEEP leaves out skips the scenario: nothing of it was checked, so nothing passed. */
    @When("I sweep every {resource}")
    public void iSweepEvery(ApiResource resource) {
        if (!scenario.sweepSettings().sweeps(resource)) {
            throw new TestAbortedException(SweepReport.plural(resource) + " are not swept in this run: SWEEP names "
                    + scenario.sweepSettings().resources().stream().map(ApiResource::path).sorted()
                    .collect(Collectors.joining(",")));
        }
        this.resource = resource;
        this.result = scenario.sweep().result();
        scenario.log(SweepReport.coverage(result, resource));
    }

    @Then("each of them honours the {word} contract, and each page of their list the list contract")
    public void eachHonoursTheContract(String name) {
        String expected = swept().word();
        if (!ApiNames.of(name).equals(ApiNames.of(expected))) {
            throw new IllegalArgumentException("The sweep holds " + SweepReport.plural(resource) + " to the "
                    + expected + " contract, not the " + name + " contract");
        }
        scenario.log(scenario.contract(expected).describe());
        assertNothingBroken(SweepCheck.CONTRACT);
    }

    @Then("each of them honours PokéAPI's published schema")
    public void eachHonoursThePublishedSchema() {
        swept();
        result.schemasUnavailable().ifPresent(reason -> {
            throw new ContractBrokenError("No document could be checked against PokéAPI's published schemas: "
                    + reason);
        });
        List<UnknownFields.Field> unknown = result.unknownFields().all().stream()
                .filter(field -> field.schema().name().startsWith(resource.name()))
                .toList();
        if (!unknown.isEmpty()) {
            scenario.log("Fields the published schema does not describe (not failures):\n" + unknown.stream()
                    .map(field -> "  " + field.field() + " in " + field.documents() + " documents ("
                            + field.schema().name().toLowerCase(Locale.ROOT) + ")")
                    .collect(Collectors.joining("\n")));
        }
        assertNothingBroken(SweepCheck.SCHEMA);
    }

    @Then("each of their types and abilities lists them back, in the same slot and hidden alike")
    public void theirTypesAndAbilitiesListThemBack() {
        notFollowedUnlessSwept(ApiResource.TYPE, ApiResource.ABILITY);
        assertNothingBroken(SweepCheck.BACK_REFERENCES);
    }

    @Then("each of their holders lists them back, in the same slot and hidden alike")
    public void theirHoldersListThemBack() {
        notFollowedUnlessSwept(ApiResource.POKEMON);
        assertNothingBroken(SweepCheck.BACK_REFERENCES);
    }

    @Then("each of their Pokémon lists them back, in the same slot")
    public void theirPokemonListThemBack() {
        notFollowedUnlessSwept(ApiResource.POKEMON);
        assertNothingBroken(SweepCheck.BACK_REFERENCES);
    }

    @Then("every link in them leads to a resource that answers 200, with the name it gives")
    public void everyLinkLeadsToAResourceThatAnswers() {
        assertNothingBroken(SweepCheck.LINKS);
    }

    @Then("every entry of their list answers 200 with the document it names")
    public void everyEntryOfTheirListAnswers() {
        assertNothingBroken(SweepCheck.LIST_ENTRIES);
    }

    private ApiResource swept() {
        if (resource == null) {
            throw new IllegalStateException("Nothing was swept yet: a 'When I sweep every …' step must come first");
        }
        return resource;
    }

    /** Back-references are followed only among the resources swept; the report says which were not. */
    private void notFollowedUnlessSwept(ApiResource... others) {
        swept();
        for (ApiResource other : others) {
            if (!result.swept(other)) {
                scenario.log(SweepReport.plural(other) + " are not swept in this run: their side is not followed");
            }
        }
    }

    /**
     * Fails with one summary grouped by rule, capped for the console; the whole list goes to the
     * scenario's attachment (and so to ReportPortal) and to run-summary.json.
     */
    private void assertNothingBroken(SweepCheck check) {
        swept();
        if (result.findings().groups(check, resource).isEmpty()) {
            return;
        }
        scenario.attach(SweepReport.describeAll(result, check, resource),
                "sweep-" + check.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + resource.path() + ".txt");
        String summary = SweepReport.describe(result, check, resource, SweepReport.CONSOLE_RULES,
                SweepReport.CONSOLE_DOCUMENTS);
        throw check == SweepCheck.CONTRACT || check == SweepCheck.SCHEMA ? new ContractBrokenError(summary)
                : new AssertionError(summary);
    }
}
