package io.pokeapi.suite.history;

import java.util.Map;
import java.util.Set;

/**
 * How a run's scenarios compare with their previous results. A scenario that fails
 * and is not still failing is a new failure: it passed last time, or no earlier run ran it.
 *
 * @param stillFailing the scenarios that failed last time too, by key, with the run their failures began in
 * @param fixed        the keys of the scenarios that failed last time and pass now
 */
public record ScenarioTrends(Map<String, FailureStreak> stillFailing, Set<String> fixed) {

    /** Nothing to compare with: every failure is new, nothing is fixed. */
    public static final ScenarioTrends NONE = new ScenarioTrends(Map.of(), Set.of());

    public ScenarioTrends {
        stillFailing = Map.copyOf(stillFailing);
        fixed = Set.copyOf(fixed);
    }
}
