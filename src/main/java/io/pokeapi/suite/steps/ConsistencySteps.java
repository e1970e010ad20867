package io.pokeapi.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.pokeapi.suite.api.ApiResource;
import io.pokeapi.suite.checks.BackReferences;
import io.pokeapi.suite.checks.DamageRelation;
import io.pokeapi.suite.client.Ability;
import io.pokeapi.suite.client.ApiResponse;
import io.pokeapi.suite.client.NamedResource;
import io.pokeapi.suite.client.NamedResourceList;
import io.pokeapi.suite.client.Pokemon;
import io.pokeapi.suite.client.PokemonType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;

/** Links between resources: what one lists, the other lists back, and every url leads where it says. */
public final class ConsistencySteps {

    private final ScenarioContext scenario;

    public ConsistencySteps(ScenarioContext scenario) {
        this.scenario = scenario;
    }

    @Then("each of its types lists it among its Pokémon, in the same slot")
    public void eachTypeListsItBack() {
        Pokemon pokemon = scenario.latestAs(Pokemon.class);
        List<String> problems = new ArrayList<>();
        for (Pokemon.TypeSlot slot : pokemon.types()) {
            PokemonType type = scenario.api().follow(slot.type().url()).as(PokemonType.class);
            problems.addAll(BackReferences.checkType(pokemon, slot, type));
        }
        assertThat(problems).as("types of %s that do not list it back", pokemon.name()).isEmpty();
    }

    @Then("each of its abilities lists it among its holders, in the same slot and hidden alike")
    public void eachAbilityListsItBack() {
        Pokemon pokemon = scenario.latestAs(Pokemon.class);
        List<String> problems = new ArrayList<>();
        for (Pokemon.AbilitySlot slot : pokemon.abilities()) {
            Ability ability = scenario.api().follow(slot.ability().url()).as(Ability.class);
            problems.addAll(BackReferences.checkAbility(pokemon, slot, ability));
        }
        assertThat(problems).as("abilities of %s that do not list it back", pokemon.name()).isEmpty();
    }

    @Then("following the link of each of its types and abilities gives the resource of that name")
    public void followingItsLinksGivesThoseResources() {
        Pokemon pokemon = scenario.latestAs(Pokemon.class);
        Map<NamedResource, ApiResource> links = new LinkedHashMap<>();
        pokemon.types().forEach(slot -> links.put(slot.type(), ApiResource.TYPE));
        pokemon.abilities().forEach(slot -> links.put(slot.ability(), ApiResource.ABILITY));
        assertLinksLeadToTheirNames(links);
    }

    @Then("following the link of each type in its damage relations gives the type of that name")
    public void followingDamageRelationLinksGivesThoseTypes() {
        PokemonType type = scenario.latestAs(PokemonType.class);
        Map<NamedResource, ApiResource> links = new LinkedHashMap<>();
        Arrays.stream(DamageRelation.values())
                .flatMap(relation -> relation.types(type.damageRelations()).stream())
                .forEach(related -> links.put(related, ApiResource.TYPE));
        assertLinksLeadToTheirNames(links);
    }

    @Then("following the link of the entry {string} gives the {resource} called {string}")
    public void followingTheEntryGives(String entry, ApiResource resource, String name) {
        NamedResourceList page = scenario.latestAs(NamedResourceList.class);
        NamedResource link = page.results().stream()
                .filter(candidate -> candidate.name().equals(entry))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The page of " + scenario.latest().request()
                        + " has no entry called '" + entry + "'"));
        assertLinksLeadToTheirNames(Map.of(new NamedResource(name, link.url()), resource));
    }

    private void assertLinksLeadToTheirNames(Map<NamedResource, ApiResource> links) {
        assertThat(links).as("links to follow").isNotEmpty();
        SoftAssertions.assertSoftly(softly -> links.forEach((link, resource) -> {
            ApiResponse followed = scenario.api().follow(link.url());
            softly.assertThat(Documents.object(followed, resource).get("name").getAsString())
                    .as("name of the %s behind %s", resource, link.url())
                    .isEqualTo(link.name());
        }));
    }
}
