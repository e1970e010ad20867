package io.pokeapi.suite.history;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.IntSupplier;

/**
 * Deletes what the history keeps no longer: the responses fetched before the retention, the runs that ended
 * before it with their scenario results, then the bodies no response refers to any more. Kept whatever their
 * age: schema versions and changes, data changes, baselines, flaky counts, and each resource's latest document,
 * which the next run's data drift compares with.
 *
 * <p>Each DELETE is bounded and is its own short transaction, and skips the rows another transaction holds
 * rather than wait for them: a run recording meanwhile neither waits for the prune for longer than one batch's
 * delete nor fails because of it.
 */
public final class HistoryPruner {

    /** Below a day, a run still going could be taken for one that died. */
    public static final Duration MIN_RETENTION = Duration.ofDays(1);
    /** A run referring to a body as it is deleted fails that batch; looking again sees the reference. */
    private static final int BODY_BATCH_ATTEMPTS = 5;

    private final HistoryDatabase database;
    private final Duration retention;
    private final Clock clock;
    private final BatchSizes batches;

    public HistoryPruner(HistoryDatabase database, Duration retention, Clock clock) {
        this(database, retention, clock, BatchSizes.DEFAULT);
    }

    HistoryPruner(HistoryDatabase database, Duration retention, Clock clock, BatchSizes batches) {
        if (retention.compareTo(MIN_RETENTION) < 0) {
            throw new IllegalArgumentException("the history is kept at least " + MIN_RETENTION.toDays()
                    + " day, not " + retention);
        }
        this.database = database;
        this.retention = retention;
        this.clock = clock;
        this.batches = batches;
    }

    /**
     * Deletes, batch by batch, what is older than the retention; then lets its space be used again. One
     * connection, each statement committed on its own.
     */
    public PrunedHistory prune() {
        return database.jdbi().withHandle(handle -> prune(handle.attach(ResponseDao.class),
                handle.attach(RunDao.class), handle.attach(ScenarioResultDao.class)));
    }

    private PrunedHistory prune(ResponseDao responses, RunDao runs, ScenarioResultDao results) {
        long started = System.nanoTime();
        Instant cutoff = clock.instant().minus(retention);
        long responsesDeleted = inBatches(() -> responses.deleteResponsesBefore(cutoff, batches.responses()),
                batches.responses());
        PrunedRuns prunedRuns = pruneRuns(runs, results, cutoff);
        long bodiesDeleted = pruneBodies(responses, cutoff);
        if (responsesDeleted + bodiesDeleted > 0) {
            responses.vacuum();
        }
        if (prunedRuns.runs() > 0) {
            runs.vacuum();
            results.vacuum();
        }
        return new PrunedHistory(retention, cutoff, responsesDeleted, bodiesDeleted, prunedRuns.runs(),
                prunedRuns.scenarioResults(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** Runs by batches, their scenario results first, so that no delete cascades to more than a batch's worth. */
    private PrunedRuns pruneRuns(RunDao runs, ScenarioResultDao results, Instant cutoff) {
        long runsDeleted = 0;
        long resultsDeleted = 0;
        List<UUID> batch;
        do {
            batch = runs.endedBefore(cutoff, batches.runs());
            if (batch.isEmpty()) {
                break;
            }
            UUID[] ids = batch.toArray(UUID[]::new);
            resultsDeleted += results.deleteOfRuns(ids);
            int deleted = runs.delete(ids);
            runsDeleted += deleted;
            if (deleted == 0) {
                break; // another prune took them meanwhile
            }
        } while (batch.size() == batches.runs());
        return new PrunedRuns(runsDeleted, resultsDeleted);
    }

    private long pruneBodies(ResponseDao responses, Instant cutoff) {
        return inBatches(() -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    return responses.deleteUnreferencedBodiesBefore(cutoff, batches.bodies());
                } catch (RuntimeException e) {
                    if (!HistoryFailures.isForeignKeyViolation(e) || attempt == BODY_BATCH_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        }, batches.bodies());
    }

    /**
     * Repeats a bounded delete while it deletes a whole batch; returns how many rows it deleted in all. The cutoff
     * is fixed, and rows written meanwhile are newer, so it ends.
     */
    private static long inBatches(IntSupplier batch, int size) {
        long total = 0;
        int deleted;
        do {
            deleted = batch.getAsInt();
            total += deleted;
        } while (deleted == size);
        return total;
    }

    private record PrunedRuns(long runs, long scenarioResults) {
    }

    /** How many rows each DELETE takes at most. */
    record BatchSizes(int responses, int bodies, int runs) {

        /** A few thousand small rows, a few hundred bodies (each up to some hundred KB), runs by tens. */
        static final BatchSizes DEFAULT = new BatchSizes(5_000, 200, 20);
    }
}
