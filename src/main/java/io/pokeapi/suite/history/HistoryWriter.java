package io.pokeapi.suite.history;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;

/**
 * The thread that records a run's responses from its backlog, batch by batch, so that a scenario
 * waits for the database only when the backlog is full; and what recording them cost.
 */
final class HistoryWriter {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int BATCH_RESPONSES = 100;
    /** A batch's bodies are held twice while it is written, as received and with relative links. */
    private static final long BATCH_CHARACTERS = 8L * 1024 * 1024;
    private static final Duration POLL = Duration.ofMillis(50);

    private final ResponseBacklog backlog;
    private final ResponseRecorder recorder;
    private final RecordingFailure failure;
    private final Thread thread;
    private volatile boolean finishing;
    private volatile long recorded;
    private volatile long nanos;
    private volatile long cpuNanos;

    HistoryWriter(String name, ResponseBacklog backlog, ResponseRecorder recorder, RecordingFailure failure) {
        this.backlog = backlog;
        this.recorder = recorder;
        this.failure = failure;
        this.thread = new Thread(this::writeUntilFinished, name);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /**
     * Records what is left in the backlog and stops.
     *
     * @return false if that took longer than {@code timeout}: the writer is interrupted then
     */
    boolean finish(Duration timeout) {
        finishing = true;
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
            return false;
        }
        return true;
    }

    /** Responses recorded so far. */
    long recorded() {
        return recorded;
    }

    /** Wall time spent recording them, waiting for the database and the CPU included. */
    long nanos() {
        return nanos;
    }

    /** CPU time spent recording them. */
    long cpuNanos() {
        return cpuNanos;
    }

    private void writeUntilFinished() {
        while (!(finishing && backlog.nothingWaiting())) {
            List<QueuedResponse> batch;
            try {
                batch = backlog.take(BATCH_RESPONSES, BATCH_CHARACTERS, POLL);
            } catch (InterruptedException e) {
                return;
            }
            try {
                if (failure.happened()) {
                    failure.lost(batch.size());
                } else if (!batch.isEmpty()) {
                    record(batch);
                }
            } catch (RuntimeException e) {
                failure.lost(batch.size());
                failure.fail(e);
            } finally {
                backlog.done(batch);
            }
        }
    }

    private void record(List<QueuedResponse> batch) {
        long started = System.nanoTime();
        long startedCpu = THREADS.getCurrentThreadCpuTime();
        recorder.record(batch);
        nanos += System.nanoTime() - started;
        cpuNanos += THREADS.getCurrentThreadCpuTime() - startedCpu;
        recorded += batch.size();
    }
}
