package io.pokeapi.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.pokeapi.suite.client.ApiResponse;
import io.pokeapi.suite.contract.Contract;
import io.pokeapi.suite.contract.ContractBrokenError;
import io.pokeapi.suite.contract.Violation;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;

/** The HTTP side of a response: its status, its content type and its contract. */
public final class ResponseSteps {

    private final ScenarioContext scenario;

    public ResponseSteps(ScenarioContext scenario) {
        this.scenario = scenario;
    }

    /** An error answer: the live API sends the status and its reason phrase as a plain-text body. */
    @Then("the API answers {int} {reason}")
    public void theApiAnswers(int status, String reason) {
        ApiResponse response = scenario.latest();
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(response.status()).as("status of %s", response.request()).isEqualTo(status);
            softly.assertThat(response.body().strip()).as("body of %s", response.request()).isEqualTo(reason);
        });
    }

    @Then("the response honours the {word} contract")
    public void theResponseHonoursTheContract(String name) {
        Contract contract = scenario.contract(name);
        ApiResponse response = scenario.latest();
        scenario.log(contract.describe());
        assertThat(response.status()).as("status of %s", response.request()).isEqualTo(200);
        assertThat(response.contentType()).as("content type of %s", response.request()).startsWith("application/json");
        List<Violation> violations = contract.check(response.json());
        if (!violations.isEmpty()) {
            throw new ContractBrokenError(String.format("%s breaks its contract in %d field(s) (the %s contract):%n  %s",
                    response.request(), violations.size(), contract.name(),
                    violations.stream().map(Violation::toString).collect(Collectors.joining("\n  "))));
        }
    }
}
