package io.pokeapi.suite.client;

import java.util.List;

/** The part of an {@code /ability/{id}} document the suite reasons about. */
public record Ability(
        int id,
        String name,
        boolean isMainSeries,
        NamedResource generation,
        List<Effect> effectEntries,
        List<Holder> pokemon) {

    /** What the ability does, in one language. */
    public record Effect(String effect, String shortEffect, NamedResource language) {
    }

    /** A Pokémon that can have the ability, and whether as its hidden ability. */
    public record Holder(boolean isHidden, int slot, NamedResource pokemon) {
    }
}
