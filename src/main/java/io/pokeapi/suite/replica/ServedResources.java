package io.pokeapi.suite.replica;

import java.util.Set;

/**
 * The 49 resources the live API's function serves (its {@code endpoints}): any other folder, even one the
 * API root lists such as {@code currency}, is answered 400 Bad Request there.
 */
final class ServedResources {

    static final Set<String> NAMES = Set.of("ability", "berry", "berry-firmness", "berry-flavor", "characteristic",
            "contest-effect", "contest-type", "egg-group", "encounter-condition", "encounter-condition-value",
            "encounter-method", "evolution-chain", "evolution-trigger", "gender", "generation", "growth-rate", "item",
            "item-attribute", "item-category", "item-fling-effect", "item-pocket", "language", "location",
            "location-area", "machine", "meta", "move", "move-ailment", "move-battle-style", "move-category",
            "move-damage-class", "move-learn-method", "move-target", "nature", "pal-park-area", "pokeathlon-stat",
            "pokedex", "pokemon", "pokemon-color", "pokemon-form", "pokemon-habitat", "pokemon-shape",
            "pokemon-species", "region", "stat", "super-contest-effect", "type", "version", "version-group");

    private ServedResources() {
    }

    static boolean served(String resource) {
        return NAMES.contains(resource);
    }
}
