package io.pokeapi.suite.history;

/**
 * Latency percentiles of one endpoint's responses (continuous percentiles, interpolated between samples).
 *
 * @param sampleCount how many responses they were computed from
 */
public record LatencyRow(String endpoint, long sampleCount, double p50Ms, double p95Ms, double p99Ms) {
}
