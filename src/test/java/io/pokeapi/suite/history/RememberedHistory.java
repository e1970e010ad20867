package io.pokeapi.suite.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;

/**
 * What the history's queries answer, which pruning must leave as it was: the changes {@code make history}
 * lists (without the run that found them, whose id a pruned run no longer has), the current baselines and the
 * next renewal's percentiles, the flaky counts, the previous documents a next run's data drift compares with,
 * and what {@code make history RUN=<id>} shows of each run in {@code runs}.
 */
record RememberedHistory(
        List<String> schemaChanges,
        List<String> dataChanges,
        List<BaselineRow> baselines,
        List<LatencyRow> nextBaselines,
        List<FlakyRow> flakiest,
        List<PreviousBodyRow> previousDocuments,
        Map<UUID, RunDetails> runs) {

    private static final int ALL = 100_000;

    /** A run as {@code make history RUN=<id>} shows it. */
    record RunDetails(List<ScenarioResultRow> scenarios, List<ApiResponseRow> responses,
            List<SchemaChangeRow> schemaChanges, List<DataChangeRow> dataChanges) {
    }

    static RememberedHistory read(TestDatabase db, Instant now, Duration baselineWindow, List<UUID> runs) {
        return db.jdbi().withHandle(handle -> read(handle, now, baselineWindow, runs));
    }

    private static RememberedHistory read(Handle handle, Instant now, Duration baselineWindow, List<UUID> runs) {
        SchemaDao schema = handle.attach(SchemaDao.class);
        DataChangeDao data = handle.attach(DataChangeDao.class);
        ResponseDao responses = handle.attach(ResponseDao.class);
        ScenarioResultDao scenarios = handle.attach(ScenarioResultDao.class);
        BaselineDao baselines = handle.attach(BaselineDao.class);
        String[] resources = IntStream.rangeClosed(0, SimulatedHistory.POKEMON)
                .mapToObj(id -> id == 0 ? "type" : "pokemon").toArray(String[]::new);
        Integer[] ids = IntStream.rangeClosed(0, SimulatedHistory.POKEMON).mapToObj(id -> id == 0 ? 7 : id)
                .toArray(Integer[]::new);
        return new RememberedHistory(
                schema.recentChanges(ALL).stream().map(change -> change.detectedAt() + " " + change.endpoint() + " "
                        + change.changeType() + " " + change.fieldPath() + " " + change.oldType() + " "
                        + change.newType()).toList(),
                data.recent(ALL).stream().map(change -> change.detectedAt() + " " + change.resource() + " "
                        + change.resourceId() + " " + change.fieldPath() + " " + change.oldValue() + " "
                        + change.newValue()).toList(),
                baselines.current(),
                baselines.percentiles(now.minus(baselineWindow)),
                handle.attach(FlakyDao.class).flakiest(ALL),
                responses.previousBodyHashes(resources, ids, UUID.randomUUID()),
                runs.stream().collect(Collectors.toMap(Function.identity(), run -> new RunDetails(
                        scenarios.ofRun(run), responses.ofRun(run), schema.changesOfRun(run), data.ofRun(run)))));
    }
}
