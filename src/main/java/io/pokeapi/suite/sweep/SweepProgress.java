package io.pokeapi.suite.sweep;

import io.pokeapi.suite.api.ApiResource;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a long sweep's progress: on a terminal, one live line redrawn in place; otherwise (JSON logs, CI)
 * one log line every few seconds, with the same figures as fields.
 */
public final class SweepProgress implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SweepProgress.class);
    private static final Duration TERMINAL_EVERY = Duration.ofMillis(250);
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);

    /** Told of every document swept, such as the metric that counts them. */
    @FunctionalInterface
    public interface Listener {
        void swept(ApiResource resource, boolean passed);
    }

    private final Optional<PrintStream> terminal;
    private final IntSupplier failures;
    private final Listener listener;
    private final AtomicInteger expected = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final long startedNanos = System.nanoTime();
    private final ScheduledExecutorService ticker;

    /**
     * @param terminal where the live line goes, when a person watches; empty for log lines
     * @param failures how many documents failed so far
     */
    SweepProgress(Optional<PrintStream> terminal, IntSupplier failures, Listener listener) {
        this(terminal, failures, listener, terminal.isPresent() ? TERMINAL_EVERY : LOG_EVERY);
    }

    /** As above, showing the progress every {@code every}. */
    SweepProgress(Optional<PrintStream> terminal, IntSupplier failures, Listener listener, Duration every) {
        this.terminal = terminal;
        this.failures = failures;
        this.listener = listener;
        this.ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sweep-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::show, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** More documents to fetch, as each list is walked. */
    void expect(int documents) {
        expected.addAndGet(documents);
    }

    void swept(ApiResource resource, boolean passed) {
        done.incrementAndGet();
        listener.swept(resource, passed);
    }

    int done() {
        return done.get();
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    private void show() {
        int swept = done.get();
        int total = Math.max(expected.get(), swept);
        double seconds = Math.max(elapsed().toMillis() / 1000.0, 0.001);
        double rate = swept / seconds;
        long left = rate > 0 ? Math.round((total - swept) / rate) : -1;
        int failed = failures.getAsInt();
        if (terminal.isPresent()) {
            terminal.get().printf(Locale.ROOT, "\rSweeping: %,d of %,d documents, %,d failed, %.1f/s, %s left   ",
                    swept, total, failed, rate, left < 0 ? "?" : left + " s");
            terminal.get().flush();
        } else {
            LOG.atInfo().addKeyValue("event", "sweep_progress").addKeyValue("documents_done", swept)
                    .addKeyValue("documents_total", total).addKeyValue("documents_failed", failed)
                    .addKeyValue("documents_per_second", Math.round(rate * 10) / 10.0)
                    .addKeyValue("seconds_left", left)
                    .log("Sweeping: {} of {} documents, {} failed, {}/s, {} s left", swept, total, failed,
                            String.format(Locale.ROOT, "%.1f", rate), left < 0 ? "?" : left);
        }
    }

    /** Stops the updates; the live line is cleared so that the report starts on a line of its own. */
    @Override
    public void close() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(1, TimeUnit.SECONDS); // a line being drawn is finished before it is cleared
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        terminal.ifPresent(out -> {
            out.print("\r\033[K");
            out.flush();
        });
    }
}
