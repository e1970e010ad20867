package io.pokeapi.suite.client;

import java.util.List;

/** The part of a {@code /type/{id}} document the suite reasons about, such as the electric type. */
public record PokemonType(
        int id,
        String name,
        DamageRelations damageRelations,
        List<Member> pokemon) {

    /** How attacks of this type fare against other types, and attacks of other types against it. */
    public record DamageRelations(
            List<NamedResource> doubleDamageTo,
            List<NamedResource> halfDamageTo,
            List<NamedResource> noDamageTo,
            List<NamedResource> doubleDamageFrom,
            List<NamedResource> halfDamageFrom,
            List<NamedResource> noDamageFrom) {
    }

    /** A Pokémon of this type, and in which of its type slots. */
    public record Member(int slot, NamedResource pokemon) {
    }
}
