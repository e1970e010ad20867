package io.pokeapi.suite.serve;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The serve mode's schedules each run on one daemon thread of their own, and stop the same way. */
final class Schedulers {

    /** A task under way is not waited for longer: a run's request or a prune's statement ends on its own. */
    private static final long STOP_WAIT_SECONDS = 5;

    private Schedulers() {
    }

    /** A scheduler on one daemon thread of this name: it never keeps the JVM alive. */
    static ScheduledExecutorService onDaemonThread(String name) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Stops the scheduler: once this returns, it starts no more tasks. */
    static void stop(ScheduledExecutorService scheduler) {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
