package io.pokeapi.suite.serve;

import io.pokeapi.suite.observability.SuiteMetrics;
import io.pokeapi.suite.outcome.RunIdentity;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets one run go at a time, on a thread of its own. A run asked for while another is going is not
 * queued: it is skipped, and counted in {@code pokeapi_suite_runs_skipped_total} by trigger; a run
 * that starts is counted in {@code pokeapi_suite_runs_total}.
 */
public final class RunGate implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunGate.class);

    /** What a run does; it runs on the gate's thread, and the next run may start once it returns. */
    @FunctionalInterface
    public interface Run {
        void run(RunIdentity run, RunTrigger trigger);
    }

    /**
     * What became of a request for a run.
     *
     * @param started whether the run started
     * @param run     the run that started, or else the one going that kept it from starting
     */
    public record Admission(boolean started, RunIdentity run) {

        public Admission {
            Objects.requireNonNull(run, "run");
        }
    }

    private final Run run;
    private final SuiteMetrics metrics;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "suite-run");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<RunIdentity> going = new AtomicReference<>();

    public RunGate(Run run, SuiteMetrics metrics) {
        this.run = Objects.requireNonNull(run, "run");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * Starts a run of {@code tags} now, unless one is going; then this one is skipped and counted.
     * Never blocks for the run.
     */
    public Admission offer(RunTrigger trigger, Optional<String> tags) {
        RunIdentity identity = RunIdentity.startingNow(tags);
        RunIdentity current = going.compareAndExchange(null, identity);
        if (current != null) {
            metrics.runSkipped(trigger.label());
            LOG.warn("A run asked for by {} is skipped: run {} is still going.", trigger.label(), current.id());
            return new Admission(false, current);
        }
        try {
            executor.execute(() -> runThenOpen(identity, trigger));
        } catch (RejectedExecutionException closing) {
            going.set(null);
            metrics.runSkipped(trigger.label());
            return new Admission(false, identity);
        }
        return new Admission(true, identity);
    }

    /** The run going now, if any. */
    public Optional<RunIdentity> going() {
        return Optional.ofNullable(going.get());
    }

    private void runThenOpen(RunIdentity identity, RunTrigger trigger) {
        // Counted before it starts, so that whoever sees the run going sees it counted.
        metrics.runTriggered(trigger.label());
        try {
            run.run(identity, trigger);
        } catch (RuntimeException e) {
            LOG.error("Run {} broke: {}", identity.id(), e.toString(), e); // a defect: the trace is what fixes it
        } finally {
            going.set(null);
        }
    }

    /** Starts no more runs and gives the one going {@code grace} to finish; after that it is interrupted. */
    public void close(Duration grace) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                going().ifPresent(identity -> LOG.warn("Run {} is abandoned: it did not finish within {} s of the "
                        + "stop.", identity.id(), grace.toSeconds()));
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Closes at once: a run going is interrupted. */
    @Override
    public void close() {
        close(Duration.ZERO);
    }
}
