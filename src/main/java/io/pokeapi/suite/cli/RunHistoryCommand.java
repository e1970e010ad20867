package io.pokeapi.suite.cli;

import io.pokeapi.suite.config.HistorySettings;
import io.pokeapi.suite.history.ApiResponseRow;
import io.pokeapi.suite.history.DataChangeDao;
import io.pokeapi.suite.history.HistoryDatabase;
import io.pokeapi.suite.history.ResponseDao;
import io.pokeapi.suite.history.RunDao;
import io.pokeapi.suite.history.RunRow;
import io.pokeapi.suite.history.ScenarioResultDao;
import io.pokeapi.suite.history.SchemaDao;
import io.pokeapi.suite.history.UnknownFieldDao;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code make history RUN=<id>}: what the history recorded of one run, the id the logs, {@code /health},
 * ReportPortal and run-summary.json give: its scenarios, its responses by endpoint, the schema and data
 * changes it found, and the fields the sweep found outside PokéAPI's published schemas.
 */
final class RunHistoryCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final PrintStream out;

    RunHistoryCommand(PrintStream out) {
        this.out = out;
    }

    /**
     * @throws IllegalArgumentException when {@code runId} is not a run id, or names no run of the history
     */
    void print(HistorySettings settings, String runId) {
        UUID id = parse(runId);
        try (HistoryDatabase database = HistoryDatabase.open(settings)) {
            RunRow run = database.dao(RunDao.class).find(id).orElseThrow(() -> new IllegalArgumentException(
                    "No run " + id + " in the history in " + database.describe() + "."));
            out.println("Run " + run.id() + ": " + Optional.ofNullable(run.status()).orElse("not finished")
                    + ", started " + time(run.startedAt()) + (run.finishedAt() == null ? ""
                    : ", finished " + time(run.finishedAt())) + ", against " + run.target()
                    + (run.tags() == null || run.tags().isEmpty() ? "" : ", scenarios tagged " + run.tags()));
            out.println();
            out.println("Scenarios");
            TextTable scenarios = new TextTable("scenario", "name", "status", "attempts", "flaky");
            database.dao(ScenarioResultDao.class).ofRun(id).forEach(row -> scenarios.row(row.scenarioKey(),
                    row.scenario(), row.status(), row.attempts(), row.flaky() ? "yes" : ""));
            out.print(scenarios.render("none recorded"));
            out.println();
            out.println("Responses by endpoint");
            TextTable responses = new TextTable("endpoint", "status", "responses", "mean ms");
            byEndpointAndStatus(database.dao(ResponseDao.class).ofRun(id)).forEach((key, rows) ->
                    responses.row(rows.get(0).endpoint(), rows.get(0).status(), rows.size(),
                            String.format("%.1f", rows.stream().mapToDouble(ApiResponseRow::latencyMs).average()
                                    .orElse(0))));
            out.print(responses.render("none recorded"));
            out.println();
            out.println("Schema changes found");
            TextTable schema = new TextTable("endpoint", "change", "field", "old type", "new type");
            database.dao(SchemaDao.class).changesOfRun(id).forEach(change -> schema.row(change.endpoint(),
                    change.changeType(), change.fieldPath(), change.oldType(), change.newType()));
            out.print(schema.render("none"));
            out.println();
            out.println("Data changes found");
            TextTable data = new TextTable("resource", "id", "field", "old value", "new value");
            database.dao(DataChangeDao.class).ofRun(id).forEach(change -> data.row(change.resource(),
                    change.resourceId(), change.fieldPath(), TextTable.json(change.oldValue()), TextTable.json(change.newValue())));
            out.print(data.render("none"));
            out.println();
            out.println("Fields outside PokéAPI's published schemas (sweeps)");
            TextTable unknown = new TextTable("schema", "field", "documents");
            database.dao(UnknownFieldDao.class).ofRun(id).forEach(field -> unknown.row(field.schemaFile(),
                    field.fieldPath(), field.documents()));
            out.print(unknown.render("none"));
        }
    }

    private static UUID parse(String runId) {
        try {
            return UUID.fromString(runId);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("RUN='" + runId + "' is not a run id: expected a UUID such as "
                    + "48bd98a1-8541-4535-acb2-c668f6487b7e, as the logs, /health and run-summary.json give it.");
        }
    }

    private static Map<String, List<ApiResponseRow>> byEndpointAndStatus(List<ApiResponseRow> rows) {
        return rows.stream().collect(Collectors.groupingBy(row -> row.endpoint() + " " + row.status(), TreeMap::new,
                Collectors.toList()));
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }
}
