package io.pokeapi.suite.serve;

import io.pokeapi.suite.history.HistoryFailures;
import io.pokeapi.suite.history.PrunedHistory;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The serve mode's prune of the history: once at its start, then every day, on a thread of its own so that runs
 * go on meanwhile. Each prune logs one line: what it deleted, or why it could not prune.
 */
public final class HistoryPruneSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryPruneSchedule.class);
    static final Duration EVERY = Duration.ofHours(24);

    private final ScheduledExecutorService scheduler;

    private HistoryPruneSchedule(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Starts the schedule: the first prune is due now. */
    public static HistoryPruneSchedule start(Supplier<PrunedHistory> prune) {
        return start(prune, Schedulers.onDaemonThread("history-prune"));
    }

    /**
     * Starts the schedule on {@code scheduler}, which it owns from then on and shuts down on close.
     *
     * @param prune one prune; throws, in a line, when the history cannot be pruned
     */
    static HistoryPruneSchedule start(Supplier<PrunedHistory> prune, ScheduledExecutorService scheduler) {
        scheduler.scheduleAtFixedRate(() -> pruneOnce(prune), 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return new HistoryPruneSchedule(scheduler);
    }

    private static void pruneOnce(Supplier<PrunedHistory> prune) {
        try {
            LOG.info("{}.", prune.get().describe());
        } catch (RuntimeException e) {
            // A task that throws is never run again: tomorrow's prune must still come.
            LOG.warn("The history could not be pruned ({}); the next prune is in {} h.",
                    HistoryFailures.describe(e).replaceAll("\\.$", ""), EVERY.toHours());
        }
    }

    /** Stops the schedule; once this returns, it starts no more prunes. */
    @Override
    public void close() {
        Schedulers.stop(scheduler); // a prune's statement under way ends on its own, or with the database's close
    }
}
