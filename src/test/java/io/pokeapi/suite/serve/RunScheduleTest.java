package io.pokeapi.suite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.observability.SuiteMetrics;
import io.prometheus.client.CollectorRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class RunScheduleTest {

    private static final Duration INTERVAL = Duration.ofMillis(50);

    private final CollectorRegistry registry = new CollectorRegistry();
    private final BlockingRuns runs = new BlockingRuns();

    private double count(String name) {
        Double value = registry.getSampleValue(name, new String[] {"trigger"}, new String[] {"schedule"});
        return value == null ? 0 : value;
    }

    @Test
    void runsAtOnceSkipsAndCountsWhatFallsDueDuringARunThenRunsAgain() throws Exception {
        try (RunGate gate = new RunGate(runs, new SuiteMetrics(registry));
                RunSchedule schedule = RunSchedule.start(gate, Optional.of("@smoke"), INTERVAL)) {
            runs.awaitStart();
            await(() -> count("pokeapi_suite_runs_skipped_total") >= 3, "three skipped runs while the first goes");

            assertThat(count("pokeapi_suite_runs_total")).as("only the first started").isEqualTo(1);
            assertThat(runs.started()).singleElement().satisfies(run -> assertThat(run.tags()).contains("@smoke"));

            runs.finishOne();
            runs.awaitStart();
            // The gate counts a run once it has handed it over, which may be after the run started.
            await(() -> count("pokeapi_suite_runs_total") >= 2, "the second run counted");

            assertThat(count("pokeapi_suite_runs_total")).isEqualTo(2);
            assertThat(runs.started()).hasSize(2);
            assertThat(runs.triggers()).containsOnly(RunTrigger.SCHEDULE);
        } finally {
            runs.finishAll();
        }
    }

    @Test
    void aClosedScheduleAsksForNoMoreRuns() throws Exception {
        try (RunGate gate = new RunGate(runs, new SuiteMetrics(registry))) {
            RunSchedule schedule = RunSchedule.start(gate, Optional.empty(), INTERVAL);
            runs.awaitStart();
            schedule.close();
            double skipped = count("pokeapi_suite_runs_skipped_total");
            runs.finishAll();
            await(() -> gate.going().isEmpty(), "the first run to end");

            // Ten intervals with nothing due: a schedule still going would have started a second run.
            Thread.sleep(INTERVAL.multipliedBy(10).toMillis());

            assertThat(runs.started()).hasSize(1);
            assertThat(count("pokeapi_suite_runs_skipped_total")).isEqualTo(skipped);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within 30 s");
            }
            Thread.sleep(5); // between looks, not for timing: the loop ends on what it sees
        }
    }
}
