package io.pokeapi.suite.client;

/** Checks once, before any scenario, that the API under test answers at its root. */
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
                    + ApiCallException.describe((java.io.IOException) e.getCause()) + ". " + HINT);
        }
        if (!root.isSuccessful()) {
            throw new TargetUnreachableException("PokéAPI at " + client.baseUrl() + " answered " + root.status()
                    + " at its root " + root.url() + ": is the base URL right (it ends in /api/v2)? " + HINT);
        }
    }
}
