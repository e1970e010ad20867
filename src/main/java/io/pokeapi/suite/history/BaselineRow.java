package io.pokeapi.suite.history;

import java.time.Instant;

/**
 * A row of {@code performance_baselines}.
 *
 * @param windowHours the responses of how many hours before {@code validFrom} it was computed from
 * @param validUntil  null for the endpoint's current baseline
 */
public record BaselineRow(
        String endpoint,
        double p50Ms,
        double p95Ms,
        double p99Ms,
        int sampleCount,
        int windowHours,
        Instant validFrom,
        Instant validUntil) {
}
