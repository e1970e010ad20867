package io.pokeapi.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.pokeapi.suite.checks.DamageRelation;
import io.pokeapi.suite.client.PokemonType;
import java.util.List;

/** Facts about one type: how its attacks fare and which Pokémon have it. */
public final class TypeSteps {

    private final ScenarioContext scenario;

    public TypeSteps(ScenarioContext scenario) {
        this.scenario = scenario;
    }

    @Then("it does {amount} damage to {names}")
    public void itDoesDamageTo(String amount, List<String> types) {
        assertRelation(DamageRelation.of("does", amount), types);
    }

    @Then("it takes {amount} damage from {names}")
    public void itTakesDamageFrom(String amount, List<String> types) {
        assertRelation(DamageRelation.of("takes", amount), types);
    }

    @Then("{names} are among its Pokémon")
    public void areAmongItsPokemon(List<String> pokemon) {
        PokemonType type = scenario.latestAs(PokemonType.class);
        assertThat(type.pokemon()).extracting(member -> member.pokemon().name())
                .as("Pokémon of type %s", type.name())
                .containsAll(pokemon);
    }

    private void assertRelation(DamageRelation relation, List<String> types) {
        PokemonType type = scenario.latestAs(PokemonType.class);
        assertThat(relation.typeNames(type.damageRelations()))
                .as("%s of type %s", relation, type.name())
                .containsExactlyInAnyOrderElementsOf(types);
    }
}
