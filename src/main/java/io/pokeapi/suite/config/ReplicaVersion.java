package io.pokeapi.suite.config;

/**
 * What the replica's successful answers say of the data they come from, as the live API's
 * X-PokeAPI-Hash and X-PokeAPI-Deploy-Date do of its deployment.
 */
public record ReplicaVersion(String hash, String deployDate) {

    public static final ReplicaVersion DEFAULT = new ReplicaVersion("replica", "unknown");

    public ReplicaVersion {
        if (hash.isBlank() || deployDate.isBlank()) {
            throw new IllegalArgumentException("A header value cannot be blank");
        }
    }
}
