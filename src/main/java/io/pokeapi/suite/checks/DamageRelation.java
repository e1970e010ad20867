package io.pokeapi.suite.checks;

import io.pokeapi.suite.client.NamedResource;
import io.pokeapi.suite.client.PokemonType.DamageRelations;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** One of a type's six damage relations, named the way features say it: "does double damage to". */
public enum DamageRelation {
    DOUBLE_DAMAGE_TO(DamageRelations::doubleDamageTo),
    HALF_DAMAGE_TO(DamageRelations::halfDamageTo),
    NO_DAMAGE_TO(DamageRelations::noDamageTo),
    DOUBLE_DAMAGE_FROM(DamageRelations::doubleDamageFrom),
    HALF_DAMAGE_FROM(DamageRelations::halfDamageFrom),
    NO_DAMAGE_FROM(DamageRelations::noDamageFrom);

    private final Function<DamageRelations, List<NamedResource>> types;

    DamageRelation(Function<DamageRelations, List<NamedResource>> types) {
        this.types = types;
    }

    /** "does", "double" is {@link #DOUBLE_DAMAGE_TO}; "takes", "no" is {@link #NO_DAMAGE_FROM}. */
    public static DamageRelation of(String verb, String amount) {
        String direction = switch (verb) {
            case "does" -> "TO";
            case "takes" -> "FROM";
            default -> throw new IllegalArgumentException("Expected 'does' or 'takes', not '" + verb + "'");
        };
        return valueOf(amount.toUpperCase(Locale.ROOT) + "_DAMAGE_" + direction);
    }

    /** The types in this relation. */
    public List<NamedResource> types(DamageRelations relations) {
        List<NamedResource> listed = types.apply(relations);
        return listed == null ? List.of() : listed;
    }

    /** The names of the types in this relation. */
    public List<String> typeNames(DamageRelations relations) {
        return types(relations).stream().map(NamedResource::name).toList();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
