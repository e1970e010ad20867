package io.pokeapi.suite.outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The status of every attempt of every scenario of one run, fed as scenarios finish on any thread. */
public final class ScenarioLedger {

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /**
     * The tag of scenarios a retry could not change, such as the sweep's, which read one result made once per
     * run: they are not run again.
     */
    public static final String NO_RETRY_TAG = "@no-retry";

    private record Entry(String feature, String name, List<String> statuses, boolean retriable) {
    }

    public void record(String key, String feature, String name, String status) {
        record(key, feature, name, status, true);
    }

    /** @param retriable false for a scenario a retry could not change */
    public synchronized void record(String key, String feature, String name, String status, boolean retriable) {
        entries.computeIfAbsent(key, k -> new Entry(feature, name, new ArrayList<>(), retriable)).statuses().add(status);
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

    /** Keys of the scenarios whose latest attempt failed and that a retry could change: what a retry runs again. */
    public synchronized List<String> failing() {
        List<String> failing = new ArrayList<>();
        entries.forEach((key, entry) -> {
            if (entry.retriable() && new ScenarioOutcome(key, entry.feature(), entry.name(), entry.statuses()).failed()) {
                failing.add(key);
            }
        });
        return failing;
    }
}
