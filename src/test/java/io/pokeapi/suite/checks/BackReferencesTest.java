package io.pokeapi.suite.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.client.Ability;
import io.pokeapi.suite.client.NamedResource;
import io.pokeapi.suite.client.Pokemon;
import io.pokeapi.suite.client.PokemonType;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackReferencesTest {

    private static NamedResource named(String name) {
        return new NamedResource(name, "https://pokeapi.co/api/v2/x/" + name + "/");
    }

    private static Pokemon pokemon(String name) {
        return new Pokemon(1, name, 7, 69, 64, 1, true, List.of(), List.of(), List.of(), named(name), List.of());
    }

    private static PokemonType type(String name, PokemonType.Member... members) {
        return new PokemonType(12, name, null, List.of(members));
    }

    private static Ability ability(String name, Ability.Holder... holders) {
        return new Ability(65, name, true, named("generation-iii"), List.of(), List.of(holders));
    }

    private final Pokemon bulbasaur = pokemon("bulbasaur");
    private final Pokemon.TypeSlot grassInSlotOne = new Pokemon.TypeSlot(1, named("grass"));
    private final Pokemon.AbilitySlot overgrowRegular = new Pokemon.AbilitySlot(named("overgrow"), false, 1);

    @Test
    void anAbilityListingThePokemonInAnotherSlotIsAProblem() {
        Ability overgrow = ability("overgrow", new Ability.Holder(false, 2, named("bulbasaur")));

        assertThat(BackReferences.checkAbility(bulbasaur, overgrowRegular, overgrow))
                .containsExactly("ability overgrow lists bulbasaur in slot 2 but bulbasaur has it in slot 1");
    }

    @Test
    void aTypeListingThePokemonInTheSameSlotHasNoProblem() {
        PokemonType grass = type("grass",
                new PokemonType.Member(1, named("oddish")), new PokemonType.Member(1, named("bulbasaur")));

        assertThat(BackReferences.checkType(bulbasaur, grassInSlotOne, grass)).isEmpty();
    }

    @Test
    void aTypeNotListingThePokemonIsAProblemNamingBoth() {
        PokemonType grass = type("grass",
                new PokemonType.Member(1, named("oddish")), new PokemonType.Member(2, named("bellsprout")));

        assertThat(BackReferences.checkType(bulbasaur, grassInSlotOne, grass))
                .containsExactly("type grass does not list bulbasaur among its 2 Pokémon");
    }

    @Test
    void aTypeListingThePokemonInAnotherSlotIsAProblem() {
        PokemonType grass = type("grass", new PokemonType.Member(2, named("bulbasaur")));

        assertThat(BackReferences.checkType(bulbasaur, grassInSlotOne, grass))
                .containsExactly("type grass lists bulbasaur in slot 2 but bulbasaur has it in slot 1");
    }

    @Test
    void aTypeWithNoPokemonAtAllDoesNotListIt() {
        assertThat(BackReferences.checkType(bulbasaur, grassInSlotOne, type("grass")))
                .containsExactly("type grass does not list bulbasaur among its 0 Pokémon");
    }

    @Test
    void aTypeListingOnlyAnotherFormOfThePokemonDoesNotListIt() {
        PokemonType grass = type("grass", new PokemonType.Member(1, named("bulbasaur-gmax")));

        assertThat(BackReferences.checkType(bulbasaur, grassInSlotOne, grass))
                .containsExactly("type grass does not list bulbasaur among its 1 Pokémon");
    }

    @Test
    void anAbilityListingThePokemonAlikeHasNoProblem() {
        Ability overgrow = ability("overgrow",
                new Ability.Holder(false, 1, named("chikorita")), new Ability.Holder(false, 1, named("bulbasaur")));

        assertThat(BackReferences.checkAbility(bulbasaur, overgrowRegular, overgrow)).isEmpty();
    }

    @Test
    void anAbilityNotListingThePokemonIsAProblemNamingBoth() {
        Ability overgrow = ability("overgrow", new Ability.Holder(false, 1, named("chikorita")));

        assertThat(BackReferences.checkAbility(bulbasaur, overgrowRegular, overgrow))
                .containsExactly("ability overgrow does not list bulbasaur among its 1 holders");
    }

    @Test
    void anAbilityListingAHiddenAbilityAsRegularIsAProblem() {
        Pokemon.AbilitySlot chlorophyllHidden = new Pokemon.AbilitySlot(named("chlorophyll"), true, 3);
        Ability chlorophyll = ability("chlorophyll", new Ability.Holder(false, 3, named("bulbasaur")));

        assertThat(BackReferences.checkAbility(bulbasaur, chlorophyllHidden, chlorophyll))
                .containsExactly("ability chlorophyll lists bulbasaur as a regular ability"
                        + " but bulbasaur has it as a hidden ability");
    }

    @Test
    void anAbilityListingARegularAbilityAsHiddenIsAProblem() {
        Ability overgrow = ability("overgrow", new Ability.Holder(true, 1, named("bulbasaur")));

        assertThat(BackReferences.checkAbility(bulbasaur, overgrowRegular, overgrow))
                .containsExactly("ability overgrow lists bulbasaur as a hidden ability"
                        + " but bulbasaur has it as a regular ability");
    }

    @Test
    void anAbilityListingOnlyAnotherFormOfThePokemonDoesNotListIt() {
        Ability overgrow = ability("overgrow", new Ability.Holder(false, 1, named("bulbasaur-gmax")));

        assertThat(BackReferences.checkAbility(bulbasaur, overgrowRegular, overgrow))
                .containsExactly("ability overgrow does not list bulbasaur among its 1 holders");
    }
}
