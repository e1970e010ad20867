package io.pokeapi.suite.config;

import io.pokeapi.suite.api.ApiResource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** How the sweep's settings are written: {@code SWEEP=ability,type}, {@code SCHEMA_DIR=<folder>}. */
final class SweepSyntax {

    private SweepSyntax() {
    }

    /** {@code pokemon,ability,type} in any order and spelling the features use ("Pokémon", "abilities"). */
    static Set<ApiResource> resources(String text) {
        Set<ApiResource> resources = EnumSet.noneOf(ApiResource.class);
        for (String word : Arrays.stream(text.split(",")).map(String::trim).filter(w -> !w.isEmpty()).toList()) {
            try {
                resources.add(ApiResource.fromWord(word));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + word + "' is not a resource the sweep knows: "
                        + "write pokemon, ability and type, comma-separated");
            }
        }
        if (resources.isEmpty()) {
            throw new IllegalArgumentException("expected pokemon, ability and type, comma-separated");
        }
        return resources;
    }

    /** {@code pokemon,ability,type}: the resources in the order of {@link ApiResource}, by their paths. */
    static String format(Set<ApiResource> resources) {
        return resources.stream().sorted().map(ApiResource::path).collect(Collectors.joining(","));
    }

    /** A folder holding {@code schema/v2}, as the {@code data} folder of PokéAPI's api-data repository does. */
    static Path schemaDir(Path folder) {
        if (!Files.isDirectory(folder.resolve("schema").resolve("v2"))) {
            throw new IllegalArgumentException("expected a folder holding schema/v2 (such as the data folder of "
                    + "PokéAPI's api-data), but " + folder.toAbsolutePath().normalize() + "/schema/v2 is not a folder");
        }
        return folder;
    }
}
