package io.pokeapi.suite.outcome;

import java.util.List;

/**
 * How one scenario fared over the attempts of a run.
 *
 * @param key      where the scenario is: {@code features/pokemon.feature:7}, an example row's line for outlines
 * @param feature  the feature's name
 * @param name     the scenario's name
 * @param statuses the status of each attempt, in order: passed, failed, skipped…
 */
public record ScenarioOutcome(String key, String feature, String name, List<String> statuses) {

    public ScenarioOutcome {
        statuses = List.copyOf(statuses);
    }

    public String finalStatus() {
        return statuses.get(statuses.size() - 1);
    }

    public int attempts() {
        return statuses.size();
    }

    public boolean passed() {
        return "passed".equals(finalStatus());
    }

    /**
     * Whether the scenario ends as a failure: any final status but passed and skipped. A scenario is skipped
     * when it says it does not apply to the run (a sweep of a resource SWEEP leaves out), not when it broke.
     */
    public boolean failed() {
        return !passed() && !"skipped".equals(finalStatus());
    }

    /** Failed at first, passed on a retry. */
    public boolean flaky() {
        return attempts() > 1 && passed();
    }
}
