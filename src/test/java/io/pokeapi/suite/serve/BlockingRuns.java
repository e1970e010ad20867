package io.pokeapi.suite.serve;

import io.pokeapi.suite.outcome.RunIdentity;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs for the gate's tests: each one says it started, then waits until the test lets it finish, so
 * that a test knows for certain that a run is going while it asks for another.
 */
final class BlockingRuns implements RunGate.Run {

    private static final long WAIT_SECONDS = 30;

    private final List<RunIdentity> started = new CopyOnWriteArrayList<>();
    private final List<RunTrigger> triggers = new CopyOnWriteArrayList<>();
    private final Semaphore starts = new Semaphore(0);
    private final Semaphore finishes = new Semaphore(0);

    @Override
    public void run(RunIdentity run, RunTrigger trigger) {
        started.add(run);
        triggers.add(trigger);
        starts.release();
        try {
            if (!finishes.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let run " + run.id() + " finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the next run has started. */
    void awaitStart() throws InterruptedException {
        if (!starts.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("no run started within " + WAIT_SECONDS + " s");
        }
    }

    /** Lets the run going finish. */
    void finishOne() {
        finishes.release();
    }

    /** Lets every run finish at once, from now on. */
    void finishAll() {
        finishes.release(Integer.MAX_VALUE / 2);
    }

    List<RunIdentity> started() {
        return started;
    }

    List<RunTrigger> triggers() {
        return triggers;
    }
}
