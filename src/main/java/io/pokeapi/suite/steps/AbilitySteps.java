package io.pokeapi.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.pokeapi.suite.client.Ability;
import java.util.Optional;

/** Facts about one ability: its effect and who holds it. */
public final class AbilitySteps {

    private final ScenarioContext scenario;

    public AbilitySteps(ScenarioContext scenario) {
        this.scenario = scenario;
    }

    @Then("its effect is described in English")
    public void itsEffectIsDescribedInEnglish() {
        Ability ability = scenario.latestAs(Ability.class);
        assertThat(ability.effectEntries())
                .as("effect entries of %s", ability.name())
                .anySatisfy(entry -> {
                    assertThat(entry.language().name()).isEqualTo("en");
                    assertThat(entry.effect()).as("English effect of %s", ability.name()).isNotBlank();
                });
    }

    @Then("{name} has it as a {visibility} ability")
    public void pokemonHasItAs(String pokemon, Boolean hidden) {
        Ability ability = scenario.latestAs(Ability.class);
        Optional<Ability.Holder> holder = ability.pokemon().stream()
                .filter(candidate -> candidate.pokemon().name().equals(pokemon))
                .findFirst();
        assertThat(holder).as("%s among the holders of %s", pokemon, ability.name()).isPresent();
        assertThat(holder.get().isHidden())
                .as("whether %s has %s as its hidden ability", pokemon, ability.name())
                .isEqualTo(hidden);
    }
}
