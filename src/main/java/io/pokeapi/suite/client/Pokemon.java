package io.pokeapi.suite.client;

import java.util.List;

/** The part of a {@code /pokemon/{id}} document the suite reasons about; the raw body keeps the rest. */
public record Pokemon(
        int id,
        String name,
        int height,
        int weight,
        Integer baseExperience,
        int order,
        boolean isDefault,
        List<TypeSlot> types,
        List<AbilitySlot> abilities,
        List<Stat> stats,
        NamedResource species,
        List<Move> moves) {

    /** One of the Pokémon's types; slot 1 is its primary type. */
    public record TypeSlot(int slot, NamedResource type) {
    }

    /** One of the Pokémon's abilities; a hidden ability is one it rarely has in the wild. */
    public record AbilitySlot(NamedResource ability, boolean isHidden, int slot) {
    }

    /** A base stat such as hp or speed. */
    public record Stat(int baseStat, int effort, NamedResource stat) {
    }

    /** A move the Pokémon can learn. */
    public record Move(NamedResource move) {
    }
}
