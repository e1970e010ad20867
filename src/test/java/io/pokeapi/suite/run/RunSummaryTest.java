package io.pokeapi.suite.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.pokeapi.suite.api.ApiResource;
import io.pokeapi.suite.history.BaselineDeviation;
import io.pokeapi.suite.history.DataChange;
import io.pokeapi.suite.history.FailureStreak;
import io.pokeapi.suite.history.HistoryReport;
import io.pokeapi.suite.history.ResourceDrift;
import io.pokeapi.suite.history.RunHistory;
import io.pokeapi.suite.history.ScenarioTrends;
import io.pokeapi.suite.history.SchemaChange;
import io.pokeapi.suite.outcome.RunIdentity;
import io.pokeapi.suite.outcome.RunOutcome;
import io.pokeapi.suite.outcome.RunResult;
import io.pokeapi.suite.outcome.ScenarioOutcome;
import io.pokeapi.suite.reportportal.Delivery;
import io.pokeapi.suite.sweep.Findings;
import io.pokeapi.suite.sweep.Sweep;
import io.pokeapi.suite.sweep.SweepCheck;
import io.pokeapi.suite.sweep.SweepResult;
import io.pokeapi.suite.sweep.UnknownFields;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSummaryTest {

    @TempDir
    Path reports;

    @Test
    void theSummaryListsScenariosFlakinessAndWhatTheHistoryNoticed() throws Exception {
        SuiteRun run = new SuiteRun(new RunIdentity(UUID.randomUUID(), Optional.empty(),
                Instant.parse("2026-11-28T00:00:00Z")), RunHistory.none("off"), Sweep.from(() -> {
                    throw new AssertionError("no scenario of this run sweeps");
                }));
        RunOutcome outcome = new RunOutcome(List.of(
                new ScenarioOutcome("features/a.feature:3", "A", "steady", List.of("passed")),
                new ScenarioOutcome("features/a.feature:9", "A", "shaky", List.of("failed", "passed"))), "");
        HistoryReport history = new HistoryReport(Optional.empty(),
                Map.of("/pokemon/{id}", List.of(new SchemaChange(SchemaChange.Kind.FIELD_ADDED, "color", null, "string"))),
                List.of(new ResourceDrift("pokemon", 25, "pikachu",
                        List.of(new DataChange("order", new JsonPrimitive(35), new JsonPrimitive(36))))),
                List.of(new BaselineDeviation("/pokemon/{name}", 10, 80)),
                Map.of("/pokemon/{name}", 12.0),
                List.of("features/a.feature:9"), ScenarioTrends.NONE,
                new HistoryReport.RecordingCost(2, 1_000_000, 500_000));

        Path file = RunSummary.write(reports, new RunResult(run.identity(), outcome, history, Optional.empty(),
                RunResult.Verdict.PASSED));

        JsonObject summary = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        assertThat(file.getFileName().toString()).isEqualTo("run-summary.json");
        assertThat(summary.get("run").getAsString()).isEqualTo(run.id().toString());
        assertThat(summary.get("verdict").getAsString()).isEqualTo("passed");
        assertThat(summary.getAsJsonArray("flaky")).containsExactly(new JsonPrimitive("features/a.feature:9"));
        assertThat(summary.has("sweep")).as("a run that swept nothing").isFalse();
        JsonObject noticed = summary.getAsJsonObject("history");
        assertThat(noticed.has("unavailable")).isFalse();
        JsonObject schemaChange = noticed.getAsJsonArray("schema_changes").get(0).getAsJsonObject();
        assertThat(schemaChange.get("endpoint").getAsString()).isEqualTo("/pokemon/{id}");
        assertThat(schemaChange.get("change").getAsString()).isEqualTo("field_added");
        assertThat(schemaChange.get("field").getAsString()).isEqualTo("color");
        JsonObject dataChange = noticed.getAsJsonArray("data_changes").get(0).getAsJsonObject();
        assertThat(dataChange.get("old_value").getAsInt()).isEqualTo(35);
        assertThat(dataChange.get("new_value").getAsInt()).isEqualTo(36);
        assertThat(noticed.getAsJsonArray("baseline_deviations").get(0).getAsJsonObject().get("slower").getAsBoolean())
                .isTrue();
    }

    @Test
    void eachFailureIsNewOrStillFailingSinceARunAndFixedScenariosAreNamed() throws Exception {
        UUID since = UUID.randomUUID();
        RunOutcome outcome = new RunOutcome(List.of(
                new ScenarioOutcome("features/a.feature:3", "A", "broken today", List.of("failed")),
                new ScenarioOutcome("features/a.feature:9", "A", "broken for days", List.of("failed")),
                new ScenarioOutcome("features/a.feature:15", "A", "mended", List.of("passed")),
                new ScenarioOutcome("features/a.feature:21", "A", "steady", List.of("passed"))), "");
        HistoryReport history = new HistoryReport(Optional.empty(), Map.of(), List.of(), List.of(), Map.of(),
                List.of(), new ScenarioTrends(Map.of("features/a.feature:9", new FailureStreak(since,
                        Instant.parse("2026-11-25T08:00:00Z"))), Set.of("features/a.feature:15")),
                HistoryReport.RecordingCost.NONE);

        Path file = RunSummary.write(reports, new RunResult(RunIdentity.startingNow(Optional.empty()), outcome,
                history, Optional.empty(), RunResult.Verdict.FAILED));

        JsonObject summary = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        JsonObject failures = summary.getAsJsonObject("failures");
        assertThat(failures.get("compared").getAsBoolean()).isTrue();
        assertThat(failures.getAsJsonArray("new")).containsExactly(new JsonPrimitive("features/a.feature:3"));
        JsonObject still = failures.getAsJsonArray("still_failing").get(0).getAsJsonObject();
        assertThat(still.get("key").getAsString()).isEqualTo("features/a.feature:9");
        assertThat(still.get("run").getAsString()).isEqualTo(since.toString());
        assertThat(still.get("started_at").getAsString()).isEqualTo("2026-11-25T08:00:00Z");
        assertThat(failures.getAsJsonArray("fixed")).containsExactly(new JsonPrimitive("features/a.feature:15"));
        JsonArray scenarios = summary.getAsJsonArray("scenarios");
        assertThat(scenarios.get(0).getAsJsonObject().get("trend").getAsString()).isEqualTo("new");
        assertThat(scenarios.get(1).getAsJsonObject().get("trend").getAsString()).isEqualTo("still_failing");
        assertThat(scenarios.get(1).getAsJsonObject().getAsJsonObject("failing_since").get("run").getAsString())
                .isEqualTo(since.toString());
        assertThat(scenarios.get(2).getAsJsonObject().get("trend").getAsString()).isEqualTo("fixed");
        assertThat(scenarios.get(3).getAsJsonObject().has("trend")).as("nothing to say of a steady pass").isFalse();
    }

    @Test
    void withoutAHistoryFailuresCountAsNewButAreNotLabelled() throws Exception {
        RunOutcome outcome = new RunOutcome(List.of(
                new ScenarioOutcome("features/a.feature:3", "A", "broken", List.of("failed"))), "");

        Path file = RunSummary.write(reports, new RunResult(RunIdentity.startingNow(Optional.empty()), outcome,
                HistoryReport.unavailable("off"), Optional.empty(), RunResult.Verdict.FAILED));

        JsonObject summary = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        assertThat(summary.getAsJsonObject("failures").get("compared").getAsBoolean()).isFalse();
        assertThat(summary.getAsJsonObject("failures").getAsJsonArray("new")).hasSize(1);
        assertThat(summary.getAsJsonArray("scenarios").get(0).getAsJsonObject().has("trend")).isFalse();
    }

    @Test
    void aSweepIsInTheSummaryWithEveryFindingAndTheFieldsItsSchemaDoesNotKnow() throws Exception {
        Findings findings = new Findings();
        for (int id = 1; id <= 40; id++) {
            findings.add(SweepCheck.CONTRACT, ApiResource.POKEMON, "types[].type.url: missing", "#" + id + " p" + id);
        }
        UnknownFields unknown = new UnknownFields();
        SweepResult result = new SweepResult(Set.of(ApiResource.POKEMON), 0, Map.of(ApiResource.POKEMON, 40), 80,
                findings, unknown, Optional.empty(), Duration.ofSeconds(3));
        Sweep sweep = Sweep.from(() -> result);
        sweep.result();
        SuiteRun run = new SuiteRun(RunIdentity.startingNow(Optional.of("@sweep")), RunHistory.none("off"), sweep);

        Path file = RunSummary.write(reports, new RunResult(run.identity(), new RunOutcome(List.of(
                new ScenarioOutcome("features/sweep.feature:21", "S", "contract", List.of("failed"))), ""),
                HistoryReport.unavailable("off"), sweep.ifMade(), RunResult.Verdict.FAILED));

        JsonObject swept = JsonParser.parseString(Files.readString(file)).getAsJsonObject().getAsJsonObject("sweep");
        assertThat(swept.get("documents").getAsInt()).isEqualTo(80);
        assertThat(swept.getAsJsonObject("listed").get("pokemon").getAsInt()).isEqualTo(40);
        JsonObject finding = swept.getAsJsonArray("findings").get(0).getAsJsonObject();
        assertThat(finding.get("check").getAsString()).isEqualTo("contract");
        assertThat(finding.get("rule").getAsString()).isEqualTo("types[].type.url: missing");
        assertThat(finding.getAsJsonArray("documents")).hasSize(40).first().hasToString("\"#1 p1\"");
        assertThat(swept.getAsJsonArray("unknown_fields")).isEmpty();
    }

    @Test
    void whatReportPortalDidNotKeepOfTheLaunchIsInTheSummary() throws Exception {
        RunIdentity run = RunIdentity.startingNow(Optional.empty());
        RunResult result = new RunResult(run, new RunOutcome(List.of(), ""), HistoryReport.unavailable("off"),
                Optional.empty(), RunResult.Verdict.PASSED);

        Path file = RunSummary.write(reports, result,
                Optional.of(new Delivery("launch-1", 40, 39, 12, 11, 8, 7, Optional.empty())));

        JsonObject kept = JsonParser.parseString(Files.readString(file)).getAsJsonObject().getAsJsonObject("reportportal");
        assertThat(kept.get("launch").getAsString()).isEqualTo("launch-1");
        assertThat(kept.get("items_sent").getAsInt()).isEqualTo(40);
        assertThat(kept.get("items_not_kept").getAsInt()).isEqualTo(1);
        assertThat(kept.get("logs_not_kept").getAsInt()).isEqualTo(1);
        assertThat(kept.get("executions_counted").getAsInt()).isEqualTo(7);
        assertThat(kept.get("complete").getAsBoolean()).isFalse();
    }

    @Test
    void aLaunchThatCouldNotBeReadBackSaysWhyAndARunNotReportedHasNoSection() throws Exception {
        RunResult result = new RunResult(RunIdentity.startingNow(Optional.empty()), new RunOutcome(List.of(), ""),
                HistoryReport.unavailable("off"), Optional.empty(), RunResult.Verdict.PASSED);

        Path unverified = RunSummary.write(reports.resolve("unverified"), result,
                Optional.of(new Delivery("launch-1", 40, 0, 12, 0, 8, 0, Optional.of("no answer within 1 s"))));
        Path unreported = RunSummary.write(reports.resolve("unreported"), result);

        JsonObject kept = JsonParser.parseString(Files.readString(unverified)).getAsJsonObject()
                .getAsJsonObject("reportportal");
        assertThat(kept.get("unverified").getAsString()).isEqualTo("no answer within 1 s");
        assertThat(kept.has("items_kept")).isFalse();
        assertThat(kept.get("complete").getAsBoolean()).isFalse();
        assertThat(JsonParser.parseString(Files.readString(unreported)).getAsJsonObject().has("reportportal")).isFalse();
    }
}
