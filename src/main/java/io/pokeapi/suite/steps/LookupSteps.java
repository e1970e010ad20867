package io.pokeapi.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.pokeapi.suite.api.ApiResource;
import io.pokeapi.suite.client.ApiResponse;
import java.util.List;
import org.assertj.core.api.SoftAssertions;

/** Looking up a Pokémon, ability or type by number or by name. */
public final class LookupSteps {

    private final ScenarioContext scenario;

    public LookupSteps(ScenarioContext scenario) {
        this.scenario = scenario;
    }

    @When("I look up the {resource} {string}")
    public void lookUpByName(ApiResource resource, String name) {
        scenario.remember(scenario.api().resource(resource.path(), name));
    }

    @When("I look up {resource} number {int}")
    public void lookUpByNumber(ApiResource resource, int number) {
        scenario.remember(scenario.api().resource(resource.path(), Integer.toString(number)));
    }

    @Then("it is {resource} number {int}, called {string}")
    public void itIs(ApiResource resource, int number, String name) {
        ApiResponse response = scenario.latest();
        JsonObject document = Documents.object(response, resource);
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(document.get("id").getAsInt()).as("number of %s", response.request()).isEqualTo(number);
            softly.assertThat(document.get("name").getAsString()).as("name of %s", response.request()).isEqualTo(name);
        });
    }

    @Then("both lookups give the same {resource}")
    public void bothLookupsGiveTheSame(ApiResource resource) {
        List<ApiResponse> lookups = scenario.lastResponses(2);
        JsonObject first = Documents.object(lookups.get(0), resource);
        JsonObject second = Documents.object(lookups.get(1), resource);
        assertThat(second)
                .as("%s and %s should give the same %s document", lookups.get(0).request(), lookups.get(1).request(),
                        resource)
                .isEqualTo(first);
    }
}
