package io.pokeapi.suite.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pokeapi.suite.observability.SuiteMetrics;
import io.prometheus.client.CollectorRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

class RunScheduleTest {

    private static final Duration INTERVAL = Duration.ofMillis(50);
    private static final Duration CEILING = Duration.ofSeconds(30);

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
            await("three skipped runs while the first goes").atMost(CEILING)
                    .until(() -> count("pokeapi_suite_runs_skipped_total") >= 3);

            assertThat(count("pokeapi_suite_runs_total")).as("only the first started").isEqualTo(1);
            assertThat(runs.started()).singleElement().satisfies(run -> assertThat(run.tags()).contains("@smoke"));

            runs.finishOne();
            runs.awaitStart();
            // The gate counts a run once it has handed it over, which may be after the run started.
            await("the second run counted").atMost(CEILING).until(() -> count("pokeapi_suite_runs_total") >= 2);

            assertThat(count("pokeapi_suite_runs_total")).isEqualTo(2);
            assertThat(runs.started()).hasSize(2);
            assertThat(runs.triggers()).containsOnly(RunTrigger.SCHEDULE);
        } finally {
            runs.finishAll();
        }
    }

    @Test
    void aClosedScheduleAsksForNoMoreRuns() throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try (RunGate gate = new RunGate(runs, new SuiteMetrics(registry))) {
            RunSchedule schedule = RunSchedule.start(gate, Optional.empty(), INTERVAL, scheduler);
            runs.awaitStart();
            schedule.close();
            double skipped = count("pokeapi_suite_runs_skipped_total");
            runs.finishAll();
            await("the first run to end").atMost(CEILING).until(() -> gate.going().isEmpty());

            // A terminated scheduler runs nothing more, however long the test would wait for it.
            assertThat(scheduler.isTerminated()).as("the schedule's scheduler, once closed").isTrue();
            assertThat(runs.started()).hasSize(1);
            assertThat(count("pokeapi_suite_runs_skipped_total")).isEqualTo(skipped);
        }
    }
}
