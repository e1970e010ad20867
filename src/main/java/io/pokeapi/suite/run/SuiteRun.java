package io.pokeapi.suite.run;

import io.pokeapi.suite.history.HistoryReport;
import io.pokeapi.suite.history.RunHistory;
import io.pokeapi.suite.history.ScenarioResult;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One run of the suite: its identity, what its scenarios did over every attempt, and its history. */
public final class SuiteRun {

    private final UUID id;
    private final Instant startedAt;
    private final ScenarioLedger ledger = new ScenarioLedger();
    private final RunHistory history;
    private HistoryReport report;

    SuiteRun(UUID id, Instant startedAt, RunHistory history) {
        this.id = id;
        this.startedAt = startedAt;
        this.history = history;
    }

    public UUID id() {
        return id;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public ScenarioLedger ledger() {
        return ledger;
    }

    public RunHistory history() {
        return history;
    }

    /** Hands the run's outcome to its history, once, and returns what the history noticed. */
    public synchronized HistoryReport finish(RunOutcome outcome) {
        if (report == null) {
            List<ScenarioResult> results = outcome.scenarios().stream()
                    .map(scenario -> new ScenarioResult(scenario.key(), scenario.feature(), scenario.name(),
                            scenario.finalStatus(), scenario.attempts(), scenario.flaky()))
                    .toList();
            report = history.finish(results, outcome.passed() ? "passed" : "failed");
        }
        return report;
    }

    public synchronized boolean finished() {
        return report != null;
    }
}
