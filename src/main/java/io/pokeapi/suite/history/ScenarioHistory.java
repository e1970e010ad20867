package io.pokeapi.suite.history;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Each run's scenario results, how they compare with the runs before, and each scenario's flakiness over all runs. */
final class ScenarioHistory {

    private final ScenarioResultDao results;
    private final FlakyDao flaky;

    ScenarioHistory(ScenarioResultDao results, FlakyDao flaky) {
        this.results = results;
        this.flaky = flaky;
    }

    /**
     * How {@code scenarios} compare with their latest results in other runs: which
     * failures go on (and since when) and which scenarios are fixed. Read before the run's own results are stored.
     */
    ScenarioTrends compare(List<ScenarioResult> scenarios, UUID runId) {
        if (scenarios.isEmpty()) {
            return ScenarioTrends.NONE;
        }
        Map<String, PreviousResultRow> previous = new HashMap<>();
        results.latestBefore(scenarios.stream().map(ScenarioResult::key).distinct().toArray(String[]::new), runId)
                .forEach(row -> previous.put(row.scenarioKey(), row));
        Map<String, FailureStreak> stillFailing = new HashMap<>();
        Set<String> fixed = new HashSet<>();
        for (ScenarioResult scenario : scenarios) {
            PreviousResultRow before = previous.get(scenario.key());
            if (before == null || before.passed()) {
                continue; // a failure now is new; a pass now is no news
            }
            if ("passed".equals(scenario.status())) {
                fixed.add(scenario.key());
            } else if (!"skipped".equals(scenario.status())) {
                before.streak().ifPresent(streak -> stillFailing.put(scenario.key(), streak));
            }
        }
        return new ScenarioTrends(stillFailing, fixed);
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
