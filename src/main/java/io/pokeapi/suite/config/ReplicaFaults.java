package io.pokeapi.suite.config;

import java.time.Duration;
import java.util.List;

/**
 * Faults the replica injects into its answers.
 *
 * @param latency   added before every answer
 * @param failFirst paths whose first requests fail with an error status
 */
public record ReplicaFaults(Duration latency, List<FailFirst> failFirst) {

    public static final ReplicaFaults NONE = new ReplicaFaults(Duration.ZERO, List.of());

    public ReplicaFaults {
        failFirst = List.copyOf(failFirst);
    }

    /**
     * The first {@code count} requests for {@code path} answer {@code status}; later ones answer normally.
     *
     * @param path   a request path such as {@code /api/v2/ability/static}, compared without a trailing slash
     * @param count  how many requests fail
     * @param status the error status they get, such as 503
     */
    public record FailFirst(String path, int count, int status) {
    }
}
