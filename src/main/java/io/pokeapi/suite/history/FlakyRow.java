package io.pokeapi.suite.history;

import java.time.Instant;

/**
 * A row of {@code flaky_tests}: a scenario's totals across all runs.
 *
 * @param lastFlakyAt null if it never was flaky
 */
public record FlakyRow(
        String scenarioKey,
        String feature,
        String scenario,
        int totalRuns,
        int flakyRuns,
        Instant lastRunAt,
        Instant lastFlakyAt) {

    /** Share of its runs in which it was flaky, 0 to 1. */
    public double flakyRate() {
        return totalRuns == 0 ? 0 : (double) flakyRuns / totalRuns;
    }
}
