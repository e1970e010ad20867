package io.pokeapi.suite.history;

import com.google.gson.JsonElement;
import io.pokeapi.suite.client.ApiResponse;
import io.pokeapi.suite.config.HistorySettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Records a run's responses in PostgreSQL on a background writer, and at the end stores the run's
 * schema versions, baselines and scenario results. A scenario waits for the database only while the
 * writer's backlog is full; the first database failure, or a writer that takes nothing for the
 * backlog's patience, is logged once, and from then on the run goes on without history.
 */
final class RecordingRunHistory implements RunHistory {

    private static final Duration FINISH_TIMEOUT = Duration.ofSeconds(60);

    private final HistoryDatabase database;
    private final HistorySettings settings;
    private final UUID runId;
    private final Clock clock;
    private final ResponseBacklog backlog;
    private final RecordingFailure failure;
    private final PreviousShapes previousShapes = new PreviousShapes();
    private final WriterConnection connection;
    private final ResponseRecorder recorder;
    private final HistoryWriter writer;
    private volatile boolean finishing;

    RecordingRunHistory(HistoryDatabase database, HistorySettings settings, UUID runId, URI target, Clock clock,
            ResponseBacklog.Limits limits) {
        this.database = database;
        this.settings = settings;
        this.runId = runId;
        this.clock = clock;
        this.backlog = new ResponseBacklog(limits);
        this.failure = new RecordingFailure(backlog, settings.describe());
        this.connection = new WriterConnection(database);
        this.recorder = new ResponseRecorder(runId, clock, new UrlNeutralBodies(target), connection, previousShapes,
                new SeenBodies(SeenBodies.DEFAULT_URLS));
        this.writer = new HistoryWriter("history-writer-" + runId, backlog, recorder, failure);
        this.writer.start();
    }

    /** Waits while the backlog is full: the run slows to the writer's pace rather than fill the heap. */
    @Override
    public void observe(ApiResponse response) {
        if (finishing || failure.happened()) {
            failure.lost(1);
            return;
        }
        try {
            if (!backlog.offer(QueuedResponse.of(response))) {
                failure.lost(1);
                failure.fail(stalled());
            }
        } catch (InterruptedException e) {
            failure.lost(1);
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public SchemaComparison compareSchema(ApiResponse response) {
        if (failure.happened()) {
            return new SchemaComparison(failure.reason(), List.of());
        }
        Optional<JsonElement> document = JsonDocuments.parse(response);
        if (document.isEmpty()) {
            return new SchemaComparison(Optional.of(response.request() + " answered no JSON document"), List.of());
        }
        try {
            Shape previous = previousShapes.of(SchemaKeys.of(response.endpoint()), database.dao(SchemaDao.class));
            if (previous.fields().isEmpty()) {
                return new SchemaComparison(Optional.of("no earlier run recorded the schema of "
                        + SchemaKeys.of(response.endpoint())), List.of());
            }
            SchemaDrift drift = new SchemaDrift(previous);
            drift.observe(document.get());
            return new SchemaComparison(Optional.empty(), drift.changes());
        } catch (RuntimeException e) {
            failure.fail(e);
            return new SchemaComparison(failure.reason(), List.of());
        }
    }

    @Override
    public HistoryReport finish(List<ScenarioResult> scenarios) {
        finishing = true;
        boolean finished = writer.finish(FINISH_TIMEOUT);
        int waiting = backlog.size();
        if (!finished) {
            failure.fail("the database took more than " + FINISH_TIMEOUT.toSeconds() + " s to take the run's "
                    + "last " + waiting + " responses");
        }
        if (failure.happened()) {
            connection.close();
            return HistoryReport.unavailable(failure.reason().orElseThrow(), cost(waiting));
        }
        try {
            Instant now = clock.instant();
            Map<String, List<SchemaChange>> schemaChanges = new SchemaHistory(connection.dao(SchemaDao.class))
                    .store(recorder.drifts(), runId, now);
            Baselines baselines = new Baselines(connection.dao(BaselineDao.class), settings);
            List<BaselineDeviation> deviations = baselines.compare(runId);
            Map<String, Double> renewed = baselines.renew(now);
            ScenarioHistory scenarioHistory = new ScenarioHistory(connection.dao(ScenarioResultDao.class),
                    connection.dao(FlakyDao.class));
            ScenarioTrends trends = scenarioHistory.compare(scenarios, runId);
            scenarioHistory.store(scenarios, runId, now);
            return new HistoryReport(Optional.empty(), schemaChanges, recorder.dataDrifts(), deviations, renewed,
                    scenarios.stream().filter(ScenarioResult::flaky).map(ScenarioResult::key).toList(), trends,
                    cost(waiting));
        } catch (RuntimeException e) {
            failure.fail(e);
            return HistoryReport.unavailable(failure.reason().orElseThrow(), cost(waiting));
        } finally {
            connection.close();
        }
    }

    @Override
    public void conclude(boolean passed) {
        if (failure.happened()) {
            return; // said once, when it happened
        }
        try {
            database.dao(RunDao.class).finish(runId, clock.instant(), passed ? "passed" : "failed");
        } catch (RuntimeException e) {
            failure.fail(e);
        }
    }

    /** Why the history gives up on a writer that finished nothing for the backlog's patience. */
    private String stalled() {
        Duration patience = backlog.limits().patience();
        return "the database took none of the run's responses for "
                + (patience.toMillis() % 1000 == 0 ? patience.toSeconds() + " s" : patience.toMillis() + " ms");
    }

    private HistoryReport.RecordingCost cost(int waitingAtFinish) {
        ResponseBacklog.Peaks peaks = backlog.peaks();
        return new HistoryReport.RecordingCost(writer.recorded(), writer.nanos(), writer.cpuNanos(),
                new HistoryReport.Backlog(peaks.peakResponses(), peaks.peakCharacters(), peaks.waitedNanos(),
                        waitingAtFinish, failure.notRecorded()));
    }
}
