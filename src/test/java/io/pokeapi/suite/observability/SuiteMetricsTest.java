package io.pokeapi.suite.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonPrimitive;
import io.pokeapi.suite.history.BaselineDeviation;
import io.pokeapi.suite.history.DataChange;
import io.pokeapi.suite.history.FailureStreak;
import io.pokeapi.suite.history.HistoryReport;
import io.pokeapi.suite.history.ResourceDrift;
import io.pokeapi.suite.history.ScenarioTrends;
import io.pokeapi.suite.history.SchemaChange;
import io.pokeapi.suite.outcome.RunIdentity;
import io.pokeapi.suite.outcome.RunOutcome;
import io.pokeapi.suite.outcome.RunResult;
import io.pokeapi.suite.outcome.ScenarioOutcome;
import io.prometheus.client.CollectorRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SuiteMetricsTest {

    private static final Instant STARTED = Instant.parse("2026-11-28T10:00:00Z");
    private static final Instant FINISHED = Instant.parse("2026-11-28T10:00:12.5Z");
    private static final RunIdentity RUN = new RunIdentity(UUID.randomUUID(), Optional.of("@smoke"), STARTED);

    private final CollectorRegistry registry = new CollectorRegistry();
    private final SuiteMetrics metrics = new SuiteMetrics(registry);

    private static final RunOutcome TWO_SCENARIOS = new RunOutcome(List.of(
            new ScenarioOutcome("features/ability.feature:7", "Looking up abilities", "Static", List.of("failed", "passed")),
            new ScenarioOutcome("features/type.feature:5", "Looking up types", "Electric", List.of("passed"))), "");

    private void finish(RunOutcome outcome, HistoryReport report, boolean passed) {
        metrics.runFinished(new RunResult(RUN, outcome, report, Optional.empty(),
                passed ? RunResult.Verdict.PASSED : RunResult.Verdict.FAILED), FINISHED);
    }

    private Double value(String name) {
        return registry.getSampleValue(name);
    }

    private Double value(String name, String[] labels, String... values) {
        return registry.getSampleValue(name, labels, values);
    }

    @Test
    void beforeAnyRunNothingIsClaimedAboutARun() {
        assertThat(value("pokeapi_suite_run_in_progress")).isZero();
        assertThat(value("pokeapi_suite_last_run_start_time_seconds")).isNull();
        assertThat(value("pokeapi_suite_last_run_success")).isNull();
        assertThat(metrics.lastRun()).isEmpty();
    }

    @Test
    void aRunGoingHasAStartTimeButNoDurationOrVerdictYet() {
        metrics.runStarted(RUN);

        assertThat(value("pokeapi_suite_run_in_progress")).isEqualTo(1);
        assertThat(value("pokeapi_suite_last_run_start_time_seconds")).isEqualTo(STARTED.getEpochSecond());
        assertThat(value("pokeapi_suite_last_run_duration_seconds")).isNull();
        assertThat(value("pokeapi_suite_last_run_success")).isNull();
    }

    @Test
    void aFinishedRunHasItsDurationVerdictFlakyScenariosAndWhatTheHistoryNoticed() {
        HistoryReport report = new HistoryReport(Optional.empty(),
                Map.of("/pokemon/{id}", List.of(SchemaChange.added("color", "string"),
                                SchemaChange.removed("past_abilities", "array"),
                                SchemaChange.added("cries.legacy", "string|null")),
                        "/type/{id}", List.of(SchemaChange.typeChanged("generation", "object", "string"))),
                List.of(new ResourceDrift("pokemon", 25, "pikachu", List.of(
                                new DataChange("order", new JsonPrimitive(35), new JsonPrimitive(36)),
                                new DataChange("color", null, new JsonPrimitive("yellow")))),
                        new ResourceDrift("pokemon", 1, "bulbasaur", List.of(
                                new DataChange("order", new JsonPrimitive(1), new JsonPrimitive(2))))),
                List.of(new BaselineDeviation("/pokemon/{name}", 20, 80), new BaselineDeviation("/type/{name}", 80, 20)),
                Map.of("/pokemon/{name}", 23.5, "/type/{name}", 70.0),
                List.of("features/ability.feature:7"), ScenarioTrends.NONE,
                new HistoryReport.RecordingCost(0, 0, 0));
        metrics.runStarted(RUN);

        finish(TWO_SCENARIOS, report, true);

        String[] schema = {"endpoint", "change_type"};
        assertThat(value("pokeapi_suite_schema_changes_total", schema, "/pokemon/{id}", "field_added")).isEqualTo(2);
        assertThat(value("pokeapi_suite_schema_changes_total", schema, "/pokemon/{id}", "field_removed")).isEqualTo(1);
        assertThat(value("pokeapi_suite_schema_changes_total", schema, "/type/{id}", "type_changed")).isEqualTo(1);
        assertThat(value("pokeapi_suite_data_changes_total", new String[] {"endpoint"}, "/pokemon/{id}"))
                .as("changed fields").isEqualTo(3);
        assertThat(value("pokeapi_suite_baseline_regressions_total", new String[] {"endpoint"}, "/pokemon/{name}"))
                .isEqualTo(1);
        assertThat(value("pokeapi_suite_baseline_regressions_total", new String[] {"endpoint"}, "/type/{name}"))
                .as("faster is no regression").isNull();
        assertThat(value("pokeapi_suite_baseline_p95_seconds", new String[] {"endpoint"}, "/pokemon/{name}"))
                .isEqualTo(0.0235);
        assertThat(value("pokeapi_suite_baseline_p95_seconds", new String[] {"endpoint"}, "/type/{name}"))
                .isEqualTo(0.07);
        assertThat(value("pokeapi_suite_flaky_scenarios_total", new String[] {"feature"}, "Looking up abilities"))
                .isEqualTo(1);
        assertThat(value("pokeapi_suite_flaky_scenarios_total", new String[] {"feature"}, "Looking up types")).isNull();
        assertThat(value("pokeapi_suite_run_in_progress")).isZero();
        assertThat(value("pokeapi_suite_last_run_start_time_seconds")).isEqualTo(STARTED.getEpochSecond());
        assertThat(value("pokeapi_suite_last_run_duration_seconds")).isEqualTo(12.5);
        assertThat(value("pokeapi_suite_last_run_success")).isEqualTo(1);
        assertThat(metrics.lastRun()).map(LastRun::result).contains(LastRun.Result.PASSED);
    }

    @Test
    void aBaselineStaysUntilARunRenewsItAndARunWithoutHistoryLeavesIt() {
        String[] endpoint = {"endpoint"};
        finish(TWO_SCENARIOS, withBaselines(Map.of("/pokemon/{name}", 40.0,
                "/type/{name}", 25.0)), true);
        finish(TWO_SCENARIOS, withBaselines(Map.of("/pokemon/{name}", 44.0)), true);
        finish(TWO_SCENARIOS, HistoryReport.unavailable("database down"), true);

        assertThat(value("pokeapi_suite_baseline_p95_seconds", endpoint, "/pokemon/{name}")).isEqualTo(0.044);
        assertThat(value("pokeapi_suite_baseline_p95_seconds", endpoint, "/type/{name}")).isEqualTo(0.025);
        assertThat(value("pokeapi_suite_baseline_p95_seconds", endpoint, "/ability/{name}")).isNull();
    }

    private static HistoryReport withBaselines(Map<String, Double> p95Ms) {
        return new HistoryReport(Optional.empty(), Map.of(), List.of(), List.of(), p95Ms, List.of(),
                ScenarioTrends.NONE, new HistoryReport.RecordingCost(0, 0, 0));
    }

    @Test
    void aFailedRunAndARunThatCouldNotCompleteAreNoSuccess() {
        finish(TWO_SCENARIOS, HistoryReport.unavailable("off"), false);
        assertThat(value("pokeapi_suite_last_run_success")).isZero();
        assertThat(metrics.lastRun()).map(LastRun::result).contains(LastRun.Result.FAILED);
        assertThat(metrics.lastRun()).map(LastRun::detail).as("every scenario passed: the baseline failed it")
                .contains("slower than its latency baseline");

        finish(new RunOutcome(List.of(), ""), HistoryReport.unavailable("off"), false);
        assertThat(value("pokeapi_suite_last_run_success")).isZero();
        assertThat(metrics.lastRun()).map(LastRun::result).contains(LastRun.Result.INCOMPLETE);
        assertThat(metrics.lastRun()).map(LastRun::detail).contains("no scenario ran");

        String unreachable = "Cannot reach http://127.0.0.1:1/api/v2 (Connection refused)";
        finish(new RunOutcome(List.of(), unreachable), HistoryReport.unavailable("off"), false);
        assertThat(metrics.lastRun()).map(LastRun::result).contains(LastRun.Result.INCOMPLETE);
        assertThat(metrics.lastRun()).map(LastRun::detail).contains(unreachable);
        assertThat(metrics.lastRun()).map(LastRun::run).contains(RUN);
    }

    @Test
    void theLastFinishedRunsVerdictAndDurationStandWhileTheNextRunGoes() {
        metrics.runStarted(RUN);
        finish(TWO_SCENARIOS, HistoryReport.unavailable("off"), true);
        Instant nextStart = FINISHED.plusSeconds(1);

        metrics.runStarted(new RunIdentity(UUID.randomUUID(), Optional.of("@smoke"), nextStart));

        assertThat(value("pokeapi_suite_run_in_progress")).isEqualTo(1);
        assertThat(value("pokeapi_suite_last_run_start_time_seconds")).isEqualTo(nextStart.toEpochMilli() / 1e3);
        assertThat(value("pokeapi_suite_last_run_success")).isEqualTo(1);
        assertThat(value("pokeapi_suite_last_run_duration_seconds")).isEqualTo(12.5);
    }

    @Test
    void newFailuresAndFixesAreCountedOnceAndStillFailingScenariosAreAState() {
        RunOutcome outcome = new RunOutcome(List.of(
                new ScenarioOutcome("features/type.feature:5", "Looking up types", "Electric", List.of("failed")),
                new ScenarioOutcome("features/type.feature:9", "Looking up types", "Water", List.of("failed")),
                new ScenarioOutcome("features/ability.feature:7", "Looking up abilities", "Static", List.of("passed"))),
                "");
        ScenarioTrends trends = new ScenarioTrends(Map.of("features/type.feature:9",
                new FailureStreak(UUID.randomUUID(), STARTED.minusSeconds(600))), Set.of("features/ability.feature:7"));
        HistoryReport report = new HistoryReport(Optional.empty(), Map.of(), List.of(), List.of(), Map.of(), List.of(),
                trends, new HistoryReport.RecordingCost(0, 0, 0));

        finish(outcome, report, false);

        String[] feature = {"feature"};
        assertThat(value("pokeapi_suite_new_failures_total", feature, "Looking up types")).isEqualTo(1);
        assertThat(value("pokeapi_suite_fixed_scenarios_total", feature, "Looking up abilities")).isEqualTo(1);
        assertThat(value("pokeapi_suite_still_failing_scenarios")).isEqualTo(1);

        finish(TWO_SCENARIOS, report, true);
        assertThat(value("pokeapi_suite_still_failing_scenarios")).as("none of this run's").isZero();
        assertThat(value("pokeapi_suite_new_failures_total", feature, "Looking up types")).isEqualTo(1);
    }

    @Test
    void aRunWithAFailedScenarioSaysHowManyFailed() {
        RunOutcome oneFailed = new RunOutcome(List.of(
                new ScenarioOutcome("features/type.feature:5", "Looking up types", "Electric", List.of("failed")),
                new ScenarioOutcome("features/type.feature:9", "Looking up types", "Water", List.of("passed"))), "");

        finish(oneFailed, HistoryReport.unavailable("off"), false);

        assertThat(metrics.lastRun()).map(LastRun::detail).contains("1 of 2 scenarios failed");
    }

    @Test
    void runsAndSkippedRunsAreCountedByTrigger() {
        metrics.runTriggered("schedule");
        metrics.runTriggered("schedule");
        metrics.runTriggered("http");
        metrics.runSkipped("schedule");

        String[] trigger = {"trigger"};
        assertThat(value("pokeapi_suite_runs_total", trigger, "schedule")).isEqualTo(2);
        assertThat(value("pokeapi_suite_runs_total", trigger, "http")).isEqualTo(1);
        assertThat(value("pokeapi_suite_runs_skipped_total", trigger, "schedule")).isEqualTo(1);
        assertThat(value("pokeapi_suite_runs_skipped_total", trigger, "http")).as("no series before a skip").isNull();
    }

    @Test
    void sweptDocumentsAreCountedByResourceAndResult() {
        metrics.documentSwept("pokemon", true);
        metrics.documentSwept("pokemon", true);
        metrics.documentSwept("pokemon", false);
        metrics.documentSwept("type", true);

        String[] labels = {"resource", "result"};
        assertThat(value("pokeapi_suite_sweep_documents_total", labels, "pokemon", "passed")).isEqualTo(2);
        assertThat(value("pokeapi_suite_sweep_documents_total", labels, "pokemon", "failed")).isEqualTo(1);
        assertThat(value("pokeapi_suite_sweep_documents_total", labels, "type", "passed")).isEqualTo(1);
        assertThat(value("pokeapi_suite_sweep_documents_total", labels, "ability", "passed")).isNull();
    }
}
