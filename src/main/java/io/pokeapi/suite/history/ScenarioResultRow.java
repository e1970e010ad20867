package io.pokeapi.suite.history;

import java.util.UUID;

/**
 * A row of {@code scenario_results}: how one scenario ended in one run.
 *
 * @param scenarioKey feature file and line, e.g. {@code features/pokemon.feature:12}
 * @param status      Cucumber status of the last attempt, e.g. {@code passed}, {@code failed}, {@code skipped}
 * @param attempts    how many times it ran, retries included
 * @param flaky       it failed, then passed on a retry
 */
public record ScenarioResultRow(
        UUID runId, String scenarioKey, String feature, String scenario, String status, int attempts, boolean flaky) {
}
