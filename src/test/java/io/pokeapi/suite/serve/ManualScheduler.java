package io.pokeapi.suite.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler whose time moves only when a test says so: {@link #advance} runs, on the test's thread, every
 * fixed-rate task that falls due meanwhile. Nothing sleeps, and what ran is certain when it returns. Only what
 * the serve mode's schedules use is there: fixed-rate tasks and shutting down.
 */
final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final List<Repeating> tasks = new ArrayList<>();
    private long nowNanos;
    private boolean shutdown;

    /** Moves time on by {@code duration}, running each task as often as it falls due, in order of time. */
    void advance(Duration duration) {
        long until = nowNanos + duration.toNanos();
        while (true) {
            Repeating next = tasks.stream().filter(task -> !task.cancelled && task.dueNanos <= until)
                    .min((a, b) -> Long.compare(a.dueNanos, b.dueNanos)).orElse(null);
            if (next == null || shutdown) {
                break;
            }
            nowNanos = next.dueNanos;
            next.dueNanos += next.periodNanos;
            next.command.run();
        }
        nowNanos = until;
    }

    /** Runs the tasks due now, such as those scheduled with no initial delay. */
    void runDue() {
        advance(Duration.ZERO);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        Repeating task = new Repeating(command, nowNanos + unit.toNanos(initialDelay), unit.toNanos(period));
        tasks.add(task);
        return task;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("only fixed-rate tasks");
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("only fixed-rate tasks");
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("only fixed-rate tasks");
    }

    @Override
    public void execute(Runnable command) {
        throw new UnsupportedOperationException("only fixed-rate tasks");
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return shutdown;
    }

    private static final class Repeating implements ScheduledFuture<Object> {

        private final Runnable command;
        private final long periodNanos;
        private long dueNanos;
        private boolean cancelled;

        Repeating(Runnable command, long dueNanos, long periodNanos) {
            this.command = command;
            this.dueNanos = dueNanos;
            this.periodNanos = periodNanos;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancelled = true;
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return cancelled;
        }

        @Override
        public Object get() {
            throw new UnsupportedOperationException("a repeating task has no result");
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException("a repeating task has no result");
        }
    }
}
