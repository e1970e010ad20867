package io.pokeapi.suite.history;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Each run's scenario results, and each scenario's flakiness over all runs. */
final class ScenarioHistory {

    private final ScenarioResultDao results;
    private final FlakyDao flaky;

    ScenarioHistory(ScenarioResultDao results, FlakyDao flaky) {
        this.results = results;
        this.flaky = flaky;
    }

    /** In key order, so that runs finishing at once lock flaky_tests rows in the same order. */
    void store(List<ScenarioResult> unordered, UUID runId, Instant now) {
        List<ScenarioResult> scenarios = unordered.stream().sorted(Comparator.comparing(ScenarioResult::key)).toList();
        results.insert(scenarios.stream()
                .map(s -> new ScenarioResultRow(runId, s.key(), s.feature(), s.scenario(), s.status(), s.attempts(),
                        s.flaky()))
                .toList());
        flaky.record(scenarios.stream()
                .map(s -> new FlakyObservation(s.key(), s.feature(), s.scenario(), s.flaky(), now))
                .toList());
    }
}
