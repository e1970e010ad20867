package io.pokeapi.suite.cli;

import io.pokeapi.suite.config.HistorySettings;
import io.pokeapi.suite.history.BaselineDao;
import io.pokeapi.suite.history.DataChangeDao;
import io.pokeapi.suite.history.FlakyDao;
import io.pokeapi.suite.history.HistoryDatabase;
import io.pokeapi.suite.history.SchemaDao;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** {@code make history}: what the suite remembers, as tables. */
final class HistoryCommand {

    private static final int LIMIT = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final PrintStream out;

    HistoryCommand(PrintStream out) {
        this.out = out;
    }

    void print(HistorySettings settings) {
        try (HistoryDatabase database = HistoryDatabase.open(settings)) {
            out.println("History in " + database.describe());
            out.println();
            out.println("Recent schema changes");
            TextTable schema = new TextTable("when", "endpoint", "change", "field", "old type", "new type");
            database.dao(SchemaDao.class).recentChanges(LIMIT).forEach(change -> schema.row(time(change.detectedAt()),
                    change.endpoint(), change.changeType(), change.fieldPath(), change.oldType(), change.newType()));
            out.print(schema.render("none"));
            out.println();
            out.println("Recent data changes");
            TextTable data = new TextTable("when", "resource", "id", "field", "old value", "new value");
            database.dao(DataChangeDao.class).recent(LIMIT).forEach(change -> data.row(time(change.detectedAt()),
                    change.resource(), change.resourceId(), change.fieldPath(), TextTable.json(change.oldValue()),
                    TextTable.json(change.newValue())));
            out.print(data.render("none"));
            out.println();
            out.println("Current latency baselines");
            TextTable baselines = new TextTable("endpoint", "P50 ms", "P95 ms", "P99 ms", "samples", "window", "since");
            database.dao(BaselineDao.class).current().forEach(baseline -> baselines.row(baseline.endpoint(),
                    millis(baseline.p50Ms()), millis(baseline.p95Ms()), millis(baseline.p99Ms()),
                    baseline.sampleCount(), baseline.windowHours() + " h", time(baseline.validFrom())));
            out.print(baselines.render("none yet"));
            out.println();
            out.println("Flakiest scenarios");
            TextTable flaky = new TextTable("scenario", "name", "flaky runs", "runs", "rate", "last flaky");
            database.dao(FlakyDao.class).flakiest(LIMIT).stream().filter(row -> row.flakyRuns() > 0)
                    .forEach(row -> flaky.row(row.scenarioKey(), row.scenario(), row.flakyRuns(), row.totalRuns(),
                            String.format("%.0f%%", row.flakyRate() * 100), time(row.lastFlakyAt())));
            out.print(flaky.render("none"));
        }
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    private static String millis(double value) {
        return String.format("%.1f", value);
    }
}
