package io.pokeapi.suite.history;

/**
 * How a scenario ended in a run, as the history stores it.
 *
 * @param key      {@code features/pokemon.feature:7}
 * @param feature  the feature's name
 * @param scenario the scenario's name
 * @param status   the status of its last attempt
 * @param attempts how many times it ran
 * @param flaky    whether it failed and then passed on a retry
 */
public record ScenarioResult(String key, String feature, String scenario, String status, int attempts, boolean flaky) {
}
