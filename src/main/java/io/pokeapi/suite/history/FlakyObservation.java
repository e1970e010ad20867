package io.pokeapi.suite.history;

import java.time.Instant;

/**
 * What one run says about one scenario, for {@link FlakyDao#record}: it ran, and whether it was flaky.
 *
 * @param scenarioKey feature file and line, e.g. {@code features/pokemon.feature:12}
 * @param runAt       when the run ran it
 */
public record FlakyObservation(String scenarioKey, String feature, String scenario, boolean flaky, Instant runAt) {
}
