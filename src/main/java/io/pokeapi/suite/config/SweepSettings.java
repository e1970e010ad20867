package io.pokeapi.suite.config;

import io.pokeapi.suite.api.ApiResource;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a sweep covers and what it checks documents against.
 *
 * @param resources the resources swept, in the order they are walked
 * @param sample    documents of each resource drawn at random per run; 0 sweeps them all
 * @param schemaDir a folder holding PokéAPI's published schemas under {@code schema/v2}; empty: the replica's
 *                  own, or those downloaded from {@code schemaUrl}
 * @param schemaUrl where the published schemas are downloaded from: the {@code data} folder of PokéAPI's
 *                  api-data repository, holding {@code schema/v2}
 */
public record SweepSettings(Set<ApiResource> resources, int sample, Optional<Path> schemaDir, URI schemaUrl) {

    public static final String DEFAULT_SCHEMA_URL = "https://raw.githubusercontent.com/PokeAPI/api-data/master/data/";

    public SweepSettings {
        resources = Set.copyOf(resources.isEmpty() ? EnumSet.allOf(ApiResource.class) : resources);
    }

    /** Every resource, every document, schemas from the usual places. */
    public static SweepSettings everything() {
        return new SweepSettings(EnumSet.allOf(ApiResource.class), 0, Optional.empty(), URI.create(DEFAULT_SCHEMA_URL));
    }

    public boolean sweeps(ApiResource resource) {
        return resources.contains(resource);
    }
}
