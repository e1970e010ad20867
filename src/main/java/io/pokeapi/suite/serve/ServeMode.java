package io.pokeapi.suite.serve;

import io.pokeapi.suite.config.DurationSyntax;
import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.history.History;
import io.pokeapi.suite.history.HistoryPruner;
import io.pokeapi.suite.history.PrunedHistory;
import io.pokeapi.suite.outcome.RunIdentity;
import io.pokeapi.suite.outcome.RunResult;
import io.pokeapi.suite.run.SuiteRunner;
import io.pokeapi.suite.run.SuiteRuntime;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long-running suite: {@code /metrics}, {@code /health} and {@code POST /runs} from the start, a run
 * of TAGS at once and then every SERVE_INTERVAL, one run at a time. A run that fails, or cannot run
 * at all, is recorded in the metrics and the health report, and serving goes on. The history is pruned
 * at the start and then daily, beside the runs.
 */
public final class ServeMode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServeMode.class);
    /** How long a run going at the stop may take to finish before it is abandoned. */
    static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final RunGate gate;
    private final Optional<RunSchedule> schedule;
    private final Optional<HistoryPruneSchedule> pruning;

    private ServeMode(RunGate gate, Optional<RunSchedule> schedule, Optional<HistoryPruneSchedule> pruning) {
        this.gate = gate;
        this.schedule = schedule;
        this.pruning = pruning;
    }

    /**
     * Serves and schedules over {@code runtime}, which stays the caller's to close after this.
     *
     * @throws IllegalStateException in one line, when the metrics port cannot be bound
     */
    public static ServeMode start(SuiteRuntime runtime, PrintStream out) {
        Settings settings = runtime.settings();
        SuiteRunner runner = new SuiteRunner(runtime, out);
        RunGate gate = new RunGate((run, trigger) -> runAndRecord(runtime, runner, run, trigger),
                runtime.observability().metrics());
        try {
            runtime.observability().serve(Map.of(RunsHandler.PATH, new RunsHandler(gate, settings.tags(),
                    settings.observability().runsToken())));
        } catch (IllegalStateException e) {
            gate.close();
            throw e;
        }
        runtime.history(); // opens the database now: /health reports it before the first run ends
        Optional<Duration> interval = settings.observability().serveInterval();
        int port = runtime.observability().port().orElseThrow();
        String trigger = settings.observability().runsToken().isPresent() ? "POST /runs (with RUNS_TOKEN)"
                : "POST /runs (open to anyone: set RUNS_TOKEN to require a token)";
        out.println("Serving /metrics, /health and " + trigger + " at http://localhost:" + port + "; "
                + interval.map(every -> "running " + RunIdentity.startingNow(settings.tags()).describeScenarios()
                        + " now and every " + DurationSyntax.written(every))
                        .orElse("running only on demand (SERVE_INTERVAL=off)")
                + " against " + runtime.client().baseUrl() + " (Ctrl-C stops)");
        Optional<Duration> retention = settings.history().enabled() ? settings.history().retention()
                : Optional.empty();
        return new ServeMode(gate, interval.map(every -> RunSchedule.start(gate, settings.tags(), every)),
                retention.map(kept -> HistoryPruneSchedule.start(() -> prune(runtime.history(), kept))));
    }

    /** One prune of the history the runs record into; one that could not open its database says why. */
    private static PrunedHistory prune(History history, Duration retention) {
        return history.database()
                .map(database -> new HistoryPruner(database, retention, Clock.systemUTC()).prune())
                .orElseThrow(() -> new IllegalStateException(history.unavailable().orElse("no database")));
    }

    private static void runAndRecord(SuiteRuntime runtime, SuiteRunner runner, RunIdentity run, RunTrigger trigger) {
        RunResult result;
        try {
            result = runner.run(run);
        } catch (RuntimeException e) {
            runtime.observability().runFinished(RunResult.couldNotRun(run, "the run broke: " + e.getMessage()));
            throw e;
        }
        switch (result.verdict()) {
            case PASSED -> LOG.info("Run {} ({}, {}) passed.", run.id(), trigger.label(), run.describeScenarios());
            case FAILED -> LOG.warn("Run {} ({}, {}) failed.", run.id(), trigger.label(), run.describeScenarios());
            case COULD_NOT_RUN -> LOG.warn("Run {} ({}, {}) could not run: {} Serving goes on.", run.id(),
                    trigger.label(), run.describeScenarios(), result.problem().replaceAll("\\.?$", "."));
        }
    }

    /** Starts no more runs nor prunes; a run going gets {@link #STOP_GRACE} to finish, then is abandoned. */
    @Override
    public void close() {
        schedule.ifPresent(RunSchedule::close);
        pruning.ifPresent(HistoryPruneSchedule::close);
        gate.close(STOP_GRACE);
    }
}
