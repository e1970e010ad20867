package io.pokeapi.suite.run;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.pokeapi.suite.history.BaselineDeviation;
import io.pokeapi.suite.history.DataChange;
import io.pokeapi.suite.history.HistoryReport;
import io.pokeapi.suite.history.ResourceDrift;
import io.pokeapi.suite.outcome.RunListener;
import io.pokeapi.suite.outcome.RunOutcome;
import io.pokeapi.suite.outcome.RunResult;
import io.pokeapi.suite.reportportal.Delivery;
import io.pokeapi.suite.sweep.SweepSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@code run-summary.json} in the reports folder: each scenario's final status over its attempts,
 * which ones were flaky, what the history noticed, and what ReportPortal kept of the run, for CI and
 * dashboards to read.
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
        JsonArray scenarios = new JsonArray();
        outcome.scenarios().forEach(scenario -> {
            JsonObject entry = new JsonObject();
            entry.addProperty("key", scenario.key());
            entry.addProperty("feature", scenario.feature());
            entry.addProperty("name", scenario.name());
            entry.addProperty("status", scenario.finalStatus());
            entry.addProperty("attempts", scenario.attempts());
            entry.addProperty("flaky", scenario.flaky());
            scenarios.add(entry);
        });
        summary.add("scenarios", scenarios);
        JsonArray flaky = new JsonArray();
        outcome.flaky().forEach(scenario -> flaky.add(scenario.key()));
        summary.add("flaky", flaky);
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
