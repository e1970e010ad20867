package io.pokeapi.suite.serve;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the gate for a run of the scheduled tags at once, then every interval, at a fixed rate: a run
 * that lasts longer than the interval costs the runs due meanwhile, which the gate skips and counts.
 */
public final class RunSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunSchedule.class);

    private final ScheduledExecutorService scheduler;

    private RunSchedule(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Starts the schedule: the first run is due now. */
    public static RunSchedule start(RunGate gate, Optional<String> tags, Duration interval) {
        return start(gate, tags, interval, Schedulers.onDaemonThread("run-schedule"));
    }

    /** Starts the schedule on {@code scheduler}, which it owns from then on and shuts down on close. */
    static RunSchedule start(RunGate gate, Optional<String> tags, Duration interval,
            ScheduledExecutorService scheduler) {
        RunSchedule schedule = new RunSchedule(scheduler);
        schedule.scheduler.scheduleAtFixedRate(() -> {
            try {
                gate.offer(RunTrigger.SCHEDULE, tags);
            } catch (RuntimeException e) {
                // A task that throws is never run again: the schedule must outlive any one failure.
                LOG.error("The scheduled run could not be asked for: {}", e.toString(), e);
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return schedule;
    }

    /** Stops the schedule; once this returns, it asks for no more runs. */
    @Override
    public void close() {
        Schedulers.stop(scheduler); // asking the gate never blocks: a tick under way ends at once
    }
}
