package io.pokeapi.suite.replica;

import java.util.Optional;

/**
 * Firebase Hosting's redirect in front of the live API, {@code /api/v1/:splat*} to {@code /api/v2/:splat}
 * with 301, answered before the API's function is reached. Its documentation promises the status and a
 * Location that is the destination path; the replica sends no more than that, and no body.
 */
final class V1Redirect {

    static final String V1_PREFIX = "/api/v1";

    private V1Redirect() {
    }

    /** Where a v1 path leads: the same path under /api/v2/; empty for any other path. */
    static Optional<String> location(String rawPath) {
        if (rawPath == null) {
            return Optional.empty();
        }
        if (rawPath.equals(V1_PREFIX) || rawPath.equals(V1_PREFIX + "/")) {
            return Optional.of(Route.API_PREFIX + "/");
        }
        if (rawPath.startsWith(V1_PREFIX + "/")) {
            return Optional.of(Route.API_PREFIX + rawPath.substring(V1_PREFIX.length()));
        }
        return Optional.empty();
    }
}
