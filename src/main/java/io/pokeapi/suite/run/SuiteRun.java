package io.pokeapi.suite.run;

import io.pokeapi.suite.history.HistoryReport;
import io.pokeapi.suite.history.RunHistory;
import io.pokeapi.suite.history.ScenarioResult;
import io.pokeapi.suite.outcome.RunIdentity;
import io.pokeapi.suite.outcome.RunOutcome;
import io.pokeapi.suite.outcome.RunResult;
import io.pokeapi.suite.outcome.ScenarioLedger;
import io.pokeapi.suite.sweep.Sweep;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One run of the suite: its identity, what its scenarios did over every attempt, and its history. */
public final class SuiteRun {

    private final RunIdentity identity;
    private final ScenarioLedger ledger = new ScenarioLedger();
    private final RunHistory history;
    private final Sweep sweep;
    private HistoryReport report;

    SuiteRun(RunIdentity identity, RunHistory history, Sweep sweep) {
        this.identity = identity;
        this.history = history;
        this.sweep = sweep;
    }

    public RunIdentity identity() {
        return identity;
    }

    public UUID id() {
        return identity.id();
    }

    public Instant startedAt() {
        return identity.startedAt();
    }

    /** The tag expression selecting the run's scenarios; empty for every scenario. */
    public Optional<String> tags() {
        return identity.tags();
    }

    public ScenarioLedger ledger() {
        return ledger;
    }

    public RunHistory history() {
        return history;
    }

    /** The run's sweep of every document, made when a scenario first asks for it. */
    public Sweep sweep() {
        return sweep;
    }

    /** Hands the run's outcome to its history, once, and returns what the history noticed. */
    public synchronized HistoryReport finish(RunOutcome outcome) {
        if (report == null) {
            List<ScenarioResult> results = outcome.scenarios().stream()
                    .map(scenario -> new ScenarioResult(scenario.key(), scenario.feature(), scenario.name(),
                            scenario.finalStatus(), scenario.attempts(), scenario.flaky()))
                    .toList();
            report = history.finish(results);
        }
        return report;
    }

    /** Records the run's verdict in its history, once it is worked out from what {@link #finish} returned. */
    public void conclude(RunResult.Verdict verdict) {
        history.conclude(verdict == RunResult.Verdict.PASSED);
    }

    /** What the history noticed, once the run is finished. */
    public synchronized Optional<HistoryReport> historyReport() {
        return Optional.ofNullable(report);
    }

    public synchronized boolean finished() {
        return report != null;
    }
}
