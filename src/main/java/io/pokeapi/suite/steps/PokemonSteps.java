package io.pokeapi.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.pokeapi.suite.client.Pokemon;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;

/** Facts about one Pokémon: its types, abilities, size and stats. */
public final class PokemonSteps {

    private final ScenarioContext scenario;

    public PokemonSteps(ScenarioContext scenario) {
        this.scenario = scenario;
    }

    @Then("its type is {name}")
    public void itsTypeIs(String type) {
        assertThat(typeNames()).as("types of %s", pokemon().name()).containsExactly(type);
    }

    @Then("its types are {names}, in that order")
    public void itsTypesAre(List<String> types) {
        assertThat(typeNames()).as("types of %s, by slot", pokemon().name()).containsExactlyElementsOf(types);
    }

    @Then("its abilities are {names} and the hidden ability {name}")
    public void itsAbilitiesAre(List<String> regular, String hidden) {
        Pokemon pokemon = pokemon();
        Map<Boolean, List<String>> byHidden = pokemon.abilities().stream().collect(Collectors.partitioningBy(
                Pokemon.AbilitySlot::isHidden, Collectors.mapping(slot -> slot.ability().name(), Collectors.toList())));
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(byHidden.get(false)).as("regular abilities of %s", pokemon.name())
                    .containsExactlyInAnyOrderElementsOf(regular);
            softly.assertThat(byHidden.get(true)).as("hidden abilities of %s", pokemon.name()).containsExactly(hidden);
        });
    }

    @Then("it is {double} m tall and weighs {double} kg")
    public void itsSizeIs(double metres, double kilograms) {
        Pokemon pokemon = pokemon();
        // PokéAPI gives height in decimetres and weight in hectograms.
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(pokemon.height() / 10.0).as("height of %s in m", pokemon.name()).isEqualTo(metres);
            softly.assertThat(pokemon.weight() / 10.0).as("weight of %s in kg", pokemon.name()).isEqualTo(kilograms);
        });
    }

    @Then("it gives {int} base experience when defeated")
    public void itGivesBaseExperience(int experience) {
        assertThat(pokemon().baseExperience()).as("base experience of %s", pokemon().name()).isEqualTo(experience);
    }

    @Then("its base stats are:")
    public void itsBaseStatsAre(DataTable expected) {
        Pokemon pokemon = pokemon();
        Map<String, Integer> actual = pokemon.stats().stream()
                .collect(Collectors.toMap(stat -> stat.stat().name(), Pokemon.Stat::baseStat));
        SoftAssertions.assertSoftly(softly -> expected.asMaps().forEach(row -> softly
                .assertThat(actual.get(row.get("stat")))
                .as("base %s of %s", row.get("stat"), pokemon.name())
                .isEqualTo(Integer.valueOf(row.get("value")))));
    }

    private Pokemon pokemon() {
        return scenario.latestAs(Pokemon.class);
    }

    private List<String> typeNames() {
        return pokemon().types().stream()
                .sorted(java.util.Comparator.comparingInt(Pokemon.TypeSlot::slot))
                .map(slot -> slot.type().name())
                .toList();
    }
}
