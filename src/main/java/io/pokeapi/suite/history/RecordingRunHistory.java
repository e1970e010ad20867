package io.pokeapi.suite.history;

import com.google.gson.JsonElement;
import io.pokeapi.suite.client.ApiResponse;
import io.pokeapi.suite.config.HistorySettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a run's responses in PostgreSQL on a background writer, and at the end stores the run's
 * schema versions, baselines and scenario results. A scenario waits for the database only while the
 * writer's backlog is full; the first database failure, or a writer that takes nothing for the
 * backlog's patience, is logged once, and from then on the run goes on without history.
 */
final class RecordingRunHistory implements RunHistory {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingRunHistory.class);

    private static final Duration FINISH_TIMEOUT = Duration.ofSeconds(60);
    /** A percentile over fewer samples is noise, not a baseline. */
    private static final int MIN_SAMPLES = 5;
    /** Below this, a relative deviation is jitter of a local replica, not a regression. */
    private static final double MIN_DEVIATION_MS = 10;

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
    public void flush() {
        try {
            if (!backlog.awaitEmpty()) {
                failure.fail(stalled());
            }
        } catch (InterruptedException e) {
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
    public HistoryReport finish(List<ScenarioResult> scenarios, String status) {
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
            Map<String, List<SchemaChange>> schemaChanges = storeSchemas(now);
            List<BaselineDeviation> deviations = compareWithBaselines();
            Map<String, Double> baselines = renewBaselines(now);
            storeScenarios(scenarios, now);
            connection.dao(RunDao.class).finish(runId, now, status);
            return new HistoryReport(Optional.empty(), schemaChanges, recorder.dataDrifts(), deviations, baselines,
                    scenarios.stream().filter(ScenarioResult::flaky).map(ScenarioResult::key).toList(),
                    cost(waiting));
        } catch (RuntimeException e) {
            failure.fail(e);
            return HistoryReport.unavailable(failure.reason().orElseThrow(), cost(waiting));
        } finally {
            connection.close();
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

    /** A first version for a new endpoint; a new version and its changes for a changed one. */
    private Map<String, List<SchemaChange>> storeSchemas(Instant now) {
        SchemaDao schemas = connection.dao(SchemaDao.class);
        Map<String, List<SchemaChange>> changed = new LinkedHashMap<>();
        recorder.drifts().forEach((endpoint, drift) -> {
            Optional<SchemaVersionRow> latest = schemas.latest(endpoint);
            if (latest.isPresent() && !drift.changed()) {
                return;
            }
            int version = latest.map(row -> row.version() + 1).orElse(1);
            long versionId = schemas.insertVersion(endpoint, version, drift.nextVersion().toJson().toString(), runId);
            if (latest.isPresent()) {
                List<SchemaChange> changes = drift.changes();
                schemas.insertChanges(changes.stream()
                        .map(change -> new SchemaChangeRow(versionId, endpoint, change.kind().dbName(), change.path(),
                                change.oldType(), change.newType(), runId, now))
                        .toList());
                changed.put(endpoint, changes);
                LOG.warn("The schema of {} changed since the last run (version {}):\n  {}", endpoint, version,
                        String.join("\n  ", changes.stream().map(SchemaChange::toString).toList()));
            }
        });
        return changed;
    }

    /** Compares the run's P95 per endpoint with the current baseline. */
    private List<BaselineDeviation> compareWithBaselines() {
        BaselineDao baselines = connection.dao(BaselineDao.class);
        Map<String, BaselineRow> current = new LinkedHashMap<>();
        baselines.current().forEach(row -> current.put(row.endpoint(), row));
        List<BaselineDeviation> deviations = new ArrayList<>();
        for (LatencyRow run : baselines.percentilesOfRun(runId)) {
            BaselineRow baseline = current.get(run.endpoint());
            if (baseline == null || baseline.sampleCount() < MIN_SAMPLES || run.sampleCount() < MIN_SAMPLES) {
                continue;
            }
            double difference = Math.abs(run.p95Ms() - baseline.p95Ms());
            if (difference > MIN_DEVIATION_MS && difference > baseline.p95Ms() * settings.baselineTolerance()) {
                BaselineDeviation deviation = new BaselineDeviation(run.endpoint(), baseline.p95Ms(), run.p95Ms());
                deviations.add(deviation);
                if (deviation.slower()) {
                    LOG.warn("Slower than its baseline: {}", deviation);
                } else {
                    LOG.info("Faster than its baseline: {}", deviation);
                }
            }
        }
        return deviations;
    }

    /**
     * Renews every baseline from the samples of the window, this run's included; returns each endpoint's
     * new P95 in milliseconds.
     */
    private Map<String, Double> renewBaselines(Instant now) {
        BaselineDao baselines = connection.dao(BaselineDao.class);
        int windowHours = (int) settings.baselineWindow().toHours();
        Map<String, Double> p95Ms = new LinkedHashMap<>();
        for (LatencyRow window : baselines.percentiles(now.minus(settings.baselineWindow()))) {
            baselines.replace(window.endpoint(), window.p50Ms(), window.p95Ms(), window.p99Ms(),
                    (int) window.sampleCount(), windowHours, now);
            p95Ms.put(window.endpoint(), window.p95Ms());
        }
        return p95Ms;
    }

    /** In key order, so that runs finishing at once lock flaky_tests rows in the same order. */
    private void storeScenarios(List<ScenarioResult> unordered, Instant now) {
        List<ScenarioResult> scenarios = unordered.stream()
                .sorted(Comparator.comparing(ScenarioResult::key)).toList();
        connection.dao(ScenarioResultDao.class).insert(scenarios.stream()
                .map(s -> new ScenarioResultRow(runId, s.key(), s.feature(), s.scenario(), s.status(), s.attempts(),
                        s.flaky()))
                .toList());
        connection.dao(FlakyDao.class).record(scenarios.stream()
                .map(s -> new FlakyObservation(s.key(), s.feature(), s.scenario(), s.flaky(), now))
                .toList());
    }
}
