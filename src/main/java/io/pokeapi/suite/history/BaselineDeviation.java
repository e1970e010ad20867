package io.pokeapi.suite.history;

/**
 * An endpoint whose P95 latency in a run strayed from its baseline by more than the tolerance.
 *
 * @param endpoint   the route template
 * @param baselineMs the baseline's P95
 * @param runMs      the run's P95
 */
public record BaselineDeviation(String endpoint, double baselineMs, double runMs) {

    /** Slower than the baseline: a regression. Faster is worth knowing but not a regression. */
    public boolean slower() {
        return runMs > baselineMs;
    }

    @Override
    public String toString() {
        double change = (runMs / baselineMs - 1) * 100;
        return String.format("%s P95 %.1f ms against a baseline of %.1f ms (%+.0f%%)", endpoint, runMs, baselineMs, change);
    }
}
