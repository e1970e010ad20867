package io.pokeapi.suite.checks;

import io.pokeapi.suite.client.Ability;
import io.pokeapi.suite.client.Pokemon;
import io.pokeapi.suite.client.PokemonType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks that the types and abilities a Pokémon lists list that Pokémon back. */
public final class BackReferences {

    private BackReferences() {
    }

    /** Problems found for one type of the Pokémon; empty when the type lists it in the same slot. */
    public static List<String> checkType(Pokemon pokemon, Pokemon.TypeSlot slot, PokemonType type) {
        Optional<PokemonType.Member> member = type.pokemon().stream()
                .filter(candidate -> candidate.pokemon().name().equals(pokemon.name()))
                .findFirst();
        List<String> problems = new ArrayList<>();
        if (member.isEmpty()) {
            problems.add("type " + type.name() + " does not list " + pokemon.name() + " among its "
                    + type.pokemon().size() + " Pokémon");
        } else if (member.get().slot() != slot.slot()) {
            problems.add("type " + type.name() + " lists " + pokemon.name() + " in slot " + member.get().slot()
                    + " but " + pokemon.name() + " has it in slot " + slot.slot());
        }
        return problems;
    }

    /** Problems found for one ability of the Pokémon; empty when the ability lists it in the same slot, hidden alike. */
    public static List<String> checkAbility(Pokemon pokemon, Pokemon.AbilitySlot slot, Ability ability) {
        Optional<Ability.Holder> holder = ability.pokemon().stream()
                .filter(candidate -> candidate.pokemon().name().equals(pokemon.name()))
                .findFirst();
        List<String> problems = new ArrayList<>();
        if (holder.isEmpty()) {
            problems.add("ability " + ability.name() + " does not list " + pokemon.name() + " among its "
                    + ability.pokemon().size() + " holders");
        } else {
            if (holder.get().isHidden() != slot.isHidden()) {
                problems.add("ability " + ability.name() + " lists " + pokemon.name() + " as "
                        + hidden(holder.get().isHidden()) + " but " + pokemon.name() + " has it as "
                        + hidden(slot.isHidden()));
            }
            if (holder.get().slot() != slot.slot()) {
                problems.add("ability " + ability.name() + " lists " + pokemon.name() + " in slot "
                        + holder.get().slot() + " but " + pokemon.name() + " has it in slot " + slot.slot());
            }
        }
        return problems;
    }

    private static String hidden(boolean isHidden) {
        return isHidden ? "a hidden ability" : "a regular ability";
    }
}
