package io.pokeapi.suite.client;

import java.io.IOException;

/**
 * Checks that the API under test answers at its root, through the client's own policies, so that a
 * 429's {@code Retry-After} is waited for and the rate limit applies as to any request. The run decides
 * when: once, before its scenarios ({@code SuiteRuntime.beginProbedRun}).
 */
public final class TargetProbe {

    private static final String HINT = "Set POKEAPI_BASE_URL to a reachable PokéAPI (such as "
            + "https://pokeapi.co/api/v2), or TARGET=replica to test the embedded replica.";

    private TargetProbe() {
    }

    public static void check(PokeApiClient client) {
        ApiResponse root;
        try {
            root = client.root();
        } catch (ApiCallException e) {
            throw new TargetUnreachableException("PokéAPI at " + client.baseUrl() + " is unreachable: "
                    + ApiCallException.describe((IOException) e.getCause()) + ". " + HINT);
        }
        if (!root.isSuccessful()) {
            throw new TargetUnreachableException("PokéAPI at " + client.baseUrl() + " answered " + root.status()
                    + " at its root " + root.url() + ": is the base URL right (it ends in /api/v2)? " + HINT);
        }
    }
}
