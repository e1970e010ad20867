package io.pokeapi.suite.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The status of every attempt of every scenario of one run, fed as scenarios finish on any thread. */
public final class ScenarioLedger {

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private record Entry(String feature, String name, List<String> statuses) {
    }

    public synchronized void record(String key, String feature, String name, String status) {
        entries.computeIfAbsent(key, k -> new Entry(feature, name, new ArrayList<>())).statuses().add(status);
    }

    /** Attempts of the scenario recorded so far: 0 before its first one ends. */
    public synchronized int attempts(String key) {
        Entry entry = entries.get(key);
        return entry == null ? 0 : entry.statuses().size();
    }

    public synchronized List<ScenarioOutcome> outcomes() {
        List<ScenarioOutcome> outcomes = new ArrayList<>();
        entries.forEach((key, entry) -> outcomes.add(new ScenarioOutcome(key, entry.feature(), entry.name(),
                entry.statuses())));
        return outcomes;
    }

    /** Keys of the scenarios whose latest attempt failed: what a retry runs again. */
    public synchronized List<String> failing() {
        return outcomes().stream().filter(ScenarioOutcome::failed).map(ScenarioOutcome::key).toList();
    }
}
