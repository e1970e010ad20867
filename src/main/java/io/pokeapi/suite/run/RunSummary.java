package io.pokeapi.suite.run;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.pokeapi.suite.history.BaselineDeviation;
import io.pokeapi.suite.history.DataChange;
import io.pokeapi.suite.history.FailureStreak;
import io.pokeapi.suite.history.HistoryReport;
import io.pokeapi.suite.history.ResourceDrift;
import io.pokeapi.suite.outcome.FailureTrends;
import io.pokeapi.suite.outcome.RunListener;
import io.pokeapi.suite.outcome.RunOutcome;
import io.pokeapi.suite.outcome.RunResult;
import io.pokeapi.suite.outcome.ScenarioOutcome;
import io.pokeapi.suite.reportportal.Delivery;
import io.pokeapi.suite.sweep.SweepSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code run-summary.json} in the reports folder: each scenario's final status over its attempts,
 * which ones were flaky, which failures are new and which go on, what the history noticed, and what
 * ReportPortal kept of the run, for CI and dashboards to read.
 */
public final class RunSummary {

    public static final String FILE_NAME = "run-summary.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private RunSummary() {
    }

    /**
     * The listener that writes the summary of each finished run, one that could not run aside.
     *
     * @param deliveries what ReportPortal kept of a run's launch, read back once the run finished, if it was
     */
    public static RunListener into(Path reportsDir, Function<UUID, Optional<Delivery>> deliveries) {
        return result -> {
            if (result.verdict() != RunResult.Verdict.COULD_NOT_RUN) {
                write(reportsDir, result, deliveries.apply(result.run().id()));
            }
        };
    }

    public static Path write(Path reportsDir, RunResult result) {
        return write(reportsDir, result, Optional.empty());
    }

    public static Path write(Path reportsDir, RunResult result, Optional<Delivery> delivery) {
        RunOutcome outcome = result.outcome();
        JsonObject summary = new JsonObject();
        summary.addProperty("run", result.run().id().toString());
        summary.addProperty("started_at", result.run().startedAt().toString());
        summary.addProperty("verdict", result.passed() ? "passed" : "failed");
        FailureTrends failures = result.failures();
        Map<String, FailureTrends.StillFailing> stillFailing = failures.stillFailing().stream()
                .collect(Collectors.toMap(still -> still.scenario().key(), still -> still));
        Set<String> newFailures = failures.newFailures().stream().map(ScenarioOutcome::key).collect(Collectors.toSet());
        Set<String> fixed = failures.fixed().stream().map(ScenarioOutcome::key).collect(Collectors.toSet());
        JsonArray scenarios = new JsonArray();
        outcome.scenarios().forEach(scenario -> {
            JsonObject entry = new JsonObject();
            entry.addProperty("key", scenario.key());
            entry.addProperty("feature", scenario.feature());
            entry.addProperty("name", scenario.name());
            entry.addProperty("status", scenario.finalStatus());
            entry.addProperty("attempts", scenario.attempts());
            entry.addProperty("flaky", scenario.flaky());
            if (failures.known() && newFailures.contains(scenario.key())) {
                entry.addProperty("trend", "new");
            } else if (stillFailing.containsKey(scenario.key())) {
                entry.addProperty("trend", "still_failing");
                entry.add("failing_since", since(stillFailing.get(scenario.key()).since()));
            } else if (fixed.contains(scenario.key())) {
                entry.addProperty("trend", "fixed");
            }
            scenarios.add(entry);
        });
        summary.add("scenarios", scenarios);
        JsonArray flaky = new JsonArray();
        outcome.flaky().forEach(scenario -> flaky.add(scenario.key()));
        summary.add("flaky", flaky);
        summary.add("failures", failures(failures));
        summary.add("history", history(result.history()));
        result.sweep().ifPresent(sweep -> summary.add("sweep", SweepSummary.of(sweep)));
        delivery.ifPresent(kept -> summary.add("reportportal", reportPortal(kept)));
        try {
            Files.createDirectories(reportsDir);
            Path file = reportsDir.resolve(FILE_NAME);
            Files.writeString(file, GSON.toJson(summary));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + reportsDir.resolve(FILE_NAME) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The failures beside the runs before: new, still failing (since which run), fixed; {@code compared} is
     * false when there was no history to compare with, and every failure then counts as new.
     */
    private static JsonObject failures(FailureTrends trends) {
        JsonObject failures = new JsonObject();
        failures.addProperty("compared", trends.known());
        JsonArray newFailures = new JsonArray();
        trends.newFailures().forEach(scenario -> newFailures.add(scenario.key()));
        failures.add("new", newFailures);
        JsonArray stillFailing = new JsonArray();
        trends.stillFailing().forEach(still -> {
            JsonObject entry = since(still.since());
            entry.addProperty("key", still.scenario().key());
            stillFailing.add(entry);
        });
        failures.add("still_failing", stillFailing);
        JsonArray fixed = new JsonArray();
        trends.fixed().forEach(scenario -> fixed.add(scenario.key()));
        failures.add("fixed", fixed);
        return failures;
    }

    private static JsonObject since(FailureStreak streak) {
        JsonObject since = new JsonObject();
        since.addProperty("run", streak.run().toString());
        since.addProperty("started_at", streak.startedAt().toString());
        return since;
    }

    /** What ReportPortal kept of the launch beside what it took; {@code unverified} when it could not be read back. */
    private static JsonObject reportPortal(Delivery delivery) {
        JsonObject kept = new JsonObject();
        kept.addProperty("launch", delivery.launchUuid());
        delivery.unverified().ifPresentOrElse(reason -> kept.addProperty("unverified", reason), () -> {
            kept.addProperty("items_sent", delivery.itemsSent());
            kept.addProperty("items_kept", delivery.itemsKept());
            kept.addProperty("items_not_kept", delivery.itemsNotKept());
            kept.addProperty("logs_sent", delivery.logsSent());
            kept.addProperty("logs_kept", delivery.logsKept());
            kept.addProperty("logs_not_kept", delivery.logsNotKept());
            kept.addProperty("executions_sent", delivery.executionsSent());
            kept.addProperty("executions_counted", delivery.executionsKept());
        });
        kept.addProperty("complete", delivery.complete());
        return kept;
    }

    private static JsonObject history(HistoryReport report) {
        JsonObject history = new JsonObject();
        report.unavailable().ifPresent(reason -> history.addProperty("unavailable", reason));
        JsonArray schemaChanges = new JsonArray();
        report.schemaChanges().forEach((endpoint, changes) -> changes.forEach(change -> {
            JsonObject entry = new JsonObject();
            entry.addProperty("endpoint", endpoint);
            entry.addProperty("change", change.kind().dbName());
            entry.addProperty("field", change.path());
            entry.addProperty("old_type", change.oldType());
            entry.addProperty("new_type", change.newType());
            schemaChanges.add(entry);
        }));
        history.add("schema_changes", schemaChanges);
        JsonArray dataChanges = new JsonArray();
        for (ResourceDrift drift : report.dataChanges()) {
            for (DataChange change : drift.changes()) {
                JsonObject entry = new JsonObject();
                entry.addProperty("resource", drift.resource());
                entry.addProperty("id", drift.resourceId());
                entry.addProperty("field", change.path());
                entry.add("old_value", change.oldValue());
                entry.add("new_value", change.newValue());
                dataChanges.add(entry);
            }
        }
        history.add("data_changes", dataChanges);
        JsonArray deviations = new JsonArray();
        for (BaselineDeviation deviation : report.deviations()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("endpoint", deviation.endpoint());
            entry.addProperty("baseline_p95_ms", deviation.baselineMs());
            entry.addProperty("run_p95_ms", deviation.runMs());
            entry.addProperty("slower", deviation.slower());
            deviations.add(entry);
        }
        history.add("baseline_deviations", deviations);
        return history;
    }
}
