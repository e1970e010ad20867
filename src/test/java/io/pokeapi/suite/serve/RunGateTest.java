package io.pokeapi.suite.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pokeapi.suite.observability.SuiteMetrics;
import io.prometheus.client.CollectorRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RunGateTest {

    private final CollectorRegistry registry = new CollectorRegistry();
    private final SuiteMetrics metrics = new SuiteMetrics(registry);
    private final BlockingRuns runs = new BlockingRuns();
    private final RunGate gate = new RunGate(runs, metrics);

    @AfterEach
    void close() {
        runs.finishAll();
        gate.close();
    }

    private double count(String name, RunTrigger trigger) {
        Double value = registry.getSampleValue(name, new String[] {"trigger"}, new String[] {trigger.label()});
        return value == null ? 0 : value;
    }

    @Test
    void aRunAskedForWhileAnotherGoesIsSkippedAndCountedThenTheNextOneStarts() throws Exception {
        RunGate.Admission first = gate.offer(RunTrigger.SCHEDULE, Optional.of("@smoke"));
        runs.awaitStart();

        RunGate.Admission duringSchedule = gate.offer(RunTrigger.SCHEDULE, Optional.of("@smoke"));
        RunGate.Admission duringHttp = gate.offer(RunTrigger.HTTP, Optional.of("@pokemon"));

        assertThat(first.started()).isTrue();
        assertThat(first.run().tags()).contains("@smoke");
        assertThat(duringSchedule.started()).isFalse();
        assertThat(duringSchedule.run()).as("the run going").isEqualTo(first.run());
        assertThat(duringHttp.started()).isFalse();
        assertThat(gate.going()).contains(first.run());
        assertThat(count("pokeapi_suite_runs_total", RunTrigger.SCHEDULE)).isEqualTo(1);
        assertThat(count("pokeapi_suite_runs_skipped_total", RunTrigger.SCHEDULE)).isEqualTo(1);
        assertThat(count("pokeapi_suite_runs_skipped_total", RunTrigger.HTTP)).isEqualTo(1);
        assertThat(runs.started()).containsExactly(first.run());

        runs.finishOne();
        RunGate.Admission next = awaitAdmission(RunTrigger.HTTP, Optional.of("@pokemon"));
        runs.awaitStart();

        assertThat(next.run()).isNotEqualTo(first.run());
        assertThat(runs.started()).containsExactly(first.run(), next.run());
        assertThat(runs.triggers()).containsExactly(RunTrigger.SCHEDULE, RunTrigger.HTTP);
        assertThat(count("pokeapi_suite_runs_total", RunTrigger.HTTP)).isEqualTo(1);
        assertThat(next.started()).isTrue();
        assertThat(count("pokeapi_suite_runs_skipped_total", RunTrigger.HTTP)).isEqualTo(1);
    }

    @Test
    void aRunThatThrowsOpensTheGateForTheNext() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        BlockingRuns after = new BlockingRuns();
        try (RunGate throwing = new RunGate((run, trigger) -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("the reports folder is not writable");
            }
            after.run(run, trigger);
        }, metrics)) {
            assertThat(throwing.offer(RunTrigger.SCHEDULE, Optional.empty()).started()).isTrue();

            RunGate.Admission second = awaitAdmission(throwing, RunTrigger.SCHEDULE, Optional.empty());
            after.awaitStart();
            after.finishAll();

            assertThat(after.started()).containsExactly(second.run());
        }
    }

    @Test
    void aClosedGateStartsNoRun() {
        gate.close();

        RunGate.Admission admission = gate.offer(RunTrigger.HTTP, Optional.empty());

        assertThat(admission.started()).isFalse();
        assertThat(runs.started()).isEmpty();
        assertThat(count("pokeapi_suite_runs_total", RunTrigger.HTTP)).isZero();
    }

    private RunGate.Admission awaitAdmission(RunTrigger trigger, Optional<String> tags) {
        return awaitAdmission(gate, trigger, tags);
    }

    /** Waits until no run goes, then asks: the run going ends on its own thread, a moment after it is let go. */
    static RunGate.Admission awaitAdmission(RunGate gate, RunTrigger trigger, Optional<String> tags) {
        await("the run going to end").atMost(Duration.ofSeconds(30)).until(() -> gate.going().isEmpty());
        return gate.offer(trigger, tags);
    }
}
