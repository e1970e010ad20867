package io.pokeapi.suite.sweep;

import io.pokeapi.suite.api.ApiResource;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one sweep found: what it covered, and every rule a document broke.
 *
 * @param resources          the resources swept
 * @param sample             documents drawn per resource; 0 when every one was swept
 * @param listed             entries each resource's list named
 * @param documents          documents fetched and checked, encounters included
 * @param findings           the broken rules, grouped
 * @param unknownFields      fields the published schemas do not describe
 * @param schemasUnavailable why the published schemas could not be read, if they could not
 * @param took               how long the sweep took
 */
public record SweepResult(Set<ApiResource> resources, int sample, Map<ApiResource, Integer> listed, int documents,
        Findings findings, UnknownFields unknownFields, Optional<String> schemasUnavailable, Duration took) {

    public SweepResult {
        resources = Set.copyOf(resources);
        listed = Map.copyOf(listed);
    }

    public boolean swept(ApiResource resource) {
        return resources.contains(resource);
    }
}
