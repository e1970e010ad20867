package io.pokeapi.suite.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The embedded replica of PokéAPI.
 *
 * @param data   api-data folder (holding data/api/v2) to serve; empty serves the bundled fixtures
 * @param host   address to bind to
 * @param port   port to bind to; 0 picks a free one
 * @param faults faults to inject, to see how the suite copes; none by default
 * @param version the version headers of its successful answers
 */
public record ReplicaSettings(Optional<Path> data, String host, int port, ReplicaFaults faults,
        ReplicaVersion version) {

    public ReplicaSettings(Optional<Path> data, String host, int port, ReplicaFaults faults) {
        this(data, host, port, faults, ReplicaVersion.DEFAULT);
    }

    /** What the replica serves, for messages. */
    public String describeData() {
        return data.map(Object::toString).orElse("the bundled fixtures");
    }
}
