package io.pokeapi.suite.history;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.pokeapi.suite.client.ApiResponse;
import io.pokeapi.suite.client.Endpoint;
import io.pokeapi.suite.client.MalformedResponseException;
import io.pokeapi.suite.config.HistorySettings;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a run's responses in PostgreSQL on a background thread, so that a scenario never waits
 * for the database, and at the end stores the run's schema versions, baselines and scenario results.
 * The first database failure is logged once; from then on the run goes on without history.
 */
final class RecordingRunHistory implements RunHistory {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingRunHistory.class);

    private static final int QUEUE_CAPACITY = 10_000;
    private static final int BATCH_SIZE = 100;
    private static final long FLUSH_TIMEOUT_SECONDS = 60;
    /** A percentile over fewer samples is noise, not a baseline. */
    private static final int MIN_SAMPLES = 5;
    /** Below this, a relative deviation is jitter of a local replica, not a regression. */
    private static final double MIN_DEVIATION_MS = 10;

    private final HistoryDatabase database;
    private final HistorySettings settings;
    private final UUID runId;
    private final Clock clock;
    private final UrlNeutralBodies bodies;
    private final BlockingQueue<ApiResponse> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
    private final Thread writer;
    private final AtomicReference<String> failure = new AtomicReference<>();
    private final Map<String, Shape> previousShapes = new ConcurrentHashMap<>();
    private final Map<Class<?>, Object> attached = new java.util.HashMap<>();
    private org.jdbi.v3.core.Handle handle;
    private final Map<String, SchemaDrift> drifts = new ConcurrentHashMap<>();
    private final Set<String> comparedDocuments = ConcurrentHashMap.newKeySet();
    /** The latest body each URL answered in this run; only the writer thread uses it. */
    private final Map<String, SeenBody> seenBodies = new java.util.HashMap<>();
    private final List<ResourceDrift> dataDrifts = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicLong observed = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private final java.util.concurrent.atomic.AtomicLong busyNanos = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean finishing;

    RecordingRunHistory(HistoryDatabase database, HistorySettings settings, UUID runId, URI target, Clock clock) {
        this.database = database;
        this.bodies = new UrlNeutralBodies(target);
        this.settings = settings;
        this.runId = runId;
        this.clock = clock;
        this.writer = new Thread(this::writeUntilFinished, "history-writer-" + runId);
        this.writer.setDaemon(true);
        this.writer.start();
    }

    @Override
    public void observe(ApiResponse response) {
        if (finishing || failure.get() != null) {
            return;
        }
        if (queue.offer(response)) {
            observed.incrementAndGet();
        } else {
            fail("more than " + QUEUE_CAPACITY + " responses are waiting for the database");
        }
    }

    @Override
    public void flush() {
        long target = observed.get();
        synchronized (written) {
            while (written.get() < target && failure.get() == null && writer.isAlive()) {
                try {
                    written.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public SchemaComparison compareSchema(ApiResponse response) {
        if (failure.get() != null) {
            return new SchemaComparison(Optional.of(failure.get()), List.of());
        }
        Optional<JsonElement> document = Documents.parse(response);
        if (document.isEmpty()) {
            return new SchemaComparison(Optional.of(response.request() + " answered no JSON document"), List.of());
        }
        try {
            Shape previous = previousShape(SchemaKeys.of(response.endpoint()), database.dao(SchemaDao.class));
            if (previous.fields().isEmpty()) {
                return new SchemaComparison(Optional.of("no earlier run recorded the schema of "
                        + SchemaKeys.of(response.endpoint())), List.of());
            }
            SchemaDrift drift = new SchemaDrift(previous);
            drift.observe(document.get());
            return new SchemaComparison(Optional.empty(), drift.changes());
        } catch (RuntimeException e) {
            fail(e);
            return new SchemaComparison(Optional.of(failure.get()), List.of());
        }
    }

    private void writeUntilFinished() {
        List<ApiResponse> batch = new ArrayList<>(BATCH_SIZE);
        while (!(finishing && queue.isEmpty())) {
            try {
                ApiResponse first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH_SIZE - 1);
                if (failure.get() == null) {
                    long started = System.nanoTime();
                    long startedCpu = THREADS.getCurrentThreadCpuTime();
                    record(batch);
                    busyNanos.addAndGet(System.nanoTime() - started);
                    cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - startedCpu);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                fail(e);
            } finally {
                synchronized (written) {
                    written.addAndGet(batch.size());
                    written.notifyAll();
                }
                batch.clear();
            }
        }
    }

    private void record(List<ApiResponse> batch) {
        Instant now = clock.instant();
        Map<String, ResponseBodyRow> newBodies = new LinkedHashMap<>();
        Map<String, SeenBody> newlySeen = new LinkedHashMap<>();
        List<ApiResponseRow> rows = new ArrayList<>(batch.size());
        List<Recorded> documents = new ArrayList<>();
        for (ApiResponse response : batch) {
            // A URL that answered the same body before in this run is stored, shaped and compared already:
            // only its row is new. Comparing the text is exact and, unlike a hash, nearly free.
            SeenBody seen = seenBodies.get(response.url());
            StoredBody stored = seen != null && seen.body().equals(response.body()) ? seen.stored() : null;
            if (stored == null) {
                Optional<JsonElement> document = Documents.parse(response);
                if (document.isPresent()) {
                    ResponseBodyRow body = ResponseBodyRow.of(bodies.neutral(response.body()), now);
                    newBodies.putIfAbsent(body.hash(), body);
                    stored = new StoredBody(body.hash(), Documents.integer(document.get(), "id").orElse(null),
                            Documents.string(document.get(), "name").orElse(null));
                    documents.add(new Recorded(response, document.get(), stored.hash(), stored.id(), stored.name()));
                } else {
                    stored = StoredBody.NONE;
                }
                newlySeen.put(response.url(), new SeenBody(response.body(), stored));
            }
            rows.add(new ApiResponseRow(runId, response.endpoint().template(), response.endpoint().resource(),
                    stored.id(), stored.name(), response.url(), response.status(),
                    response.latency().toNanos() / 1e6, now, stored.hash()));
        }
        ResponseDao responses = dao(ResponseDao.class);
        Map<String, Shape> shapes = shapesOf(documents, newBodies, responses);
        responses.insert(List.copyOf(newBodies.values()), rows);
        seenBodies.putAll(newlySeen); // only once the database has them
        List<Recorded> toCompare = new ArrayList<>();
        for (Recorded recorded : documents) {
            if (recorded.response().isSuccessful()) {
                String key = SchemaKeys.of(recorded.response().endpoint());
                drifts.computeIfAbsent(key, k -> new SchemaDrift(previousShape(k, dao(SchemaDao.class))))
                        .observe(shapes.get(recorded.hash()), recorded.document().isJsonObject());
                if (recorded.id() != null && SchemaKeys.isDocument(recorded.response().endpoint())
                        && comparedDocuments.add(recorded.response().endpoint().resource() + "/" + recorded.id())) {
                    toCompare.add(recorded);
                }
            }
        }
        compareWithPreviousRuns(toCompare, now);
    }

    /**
     * The shape of each document, read back for a body an earlier run stored with its shape, else
     * walked once and kept with the new body. Bodies stored already leave {@code newBodies}: sending
     * them again would make PostgreSQL parse each before skipping it.
     */
    private Map<String, Shape> shapesOf(List<Recorded> documents, Map<String, ResponseBodyRow> newBodies,
            ResponseDao responses) {
        Map<String, Shape> shapes = new java.util.HashMap<>();
        if (!newBodies.isEmpty()) {
            for (StoredShapeRow stored : responses.storedShapes(newBodies.keySet().toArray(String[]::new))) {
                newBodies.remove(stored.hash());
                if (stored.shape() != null) {
                    shapes.put(stored.hash(), Shape.fromJson(JsonParser.parseString(stored.shape())));
                }
            }
        }
        for (Recorded recorded : documents) {
            shapes.computeIfAbsent(recorded.hash(), hash -> {
                Shape shape = Shape.of(recorded.document());
                newBodies.computeIfPresent(hash, (key, body) -> body.withShape(shape.toJson().toString()));
                return shape;
            });
        }
        return shapes;
    }

    /** Data drift: each resource's document against the last one an earlier run stored, once per run. */
    private void compareWithPreviousRuns(List<Recorded> documents, Instant now) {
        if (documents.isEmpty()) {
            return;
        }
        Map<String, String> previousHashes = new java.util.HashMap<>();
        dao(ResponseDao.class).previousBodyHashes(
                        documents.stream().map(recorded -> recorded.response().endpoint().resource())
                                .toArray(String[]::new),
                        documents.stream().map(Recorded::id).toArray(Integer[]::new), runId)
                .forEach(row -> previousHashes.put(row.resource() + "/" + row.resourceId(), row.bodyHash()));
        for (Recorded recorded : documents) {
            String previousHash = previousHashes.get(recorded.response().endpoint().resource() + "/" + recorded.id());
            if (previousHash != null && !previousHash.equals(recorded.hash())) {
                compareWithPreviousBody(recorded, previousHash, now);
            }
        }
    }

    private void compareWithPreviousBody(Recorded recorded, String previousHash, Instant now) {
        String resource = recorded.response().endpoint().resource();
        Optional<String> previous = dao(ResponseDao.class).body(previousHash);
        if (previous.isEmpty()) {
            return;
        }
        // The response's tree has the target's absolute links; the stored bodies have them relative.
        JsonElement current = JsonParser.parseString(bodies.neutral(recorded.response().body()));
        List<DataChange> changes = DocumentDiff.between(JsonParser.parseString(previous.get()), current);
        if (changes.isEmpty()) {
            return; // the same document, formatted differently
        }
        String endpoint = recorded.response().endpoint().template();
        dao(DataChangeDao.class).insert(changes.stream()
                .map(change -> new DataChangeRow(runId, endpoint, resource, recorded.id(), change.path(),
                        json(change.oldValue()), json(change.newValue()), now))
                .toList());
        ResourceDrift drift = new ResourceDrift(resource, recorded.id(), recorded.name(), changes);
        synchronized (dataDrifts) {
            dataDrifts.add(drift);
        }
        LOG.warn("The data of {} {} ({}) changed since the last run:\n{}", resource, recorded.name(), recorded.id(),
                DataChange.readableDiff(changes));
    }

    @Override
    public HistoryReport finish(List<ScenarioResult> scenarios, String status) {
        finishing = true;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(FLUSH_TIMEOUT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writer.isAlive()) {
            writer.interrupt();
            fail("the database took more than " + FLUSH_TIMEOUT_SECONDS + " s to take the run's responses");
        }
        if (failure.get() != null) {
            closeHandle();
            return HistoryReport.unavailable(failure.get());
        }
        try {
            Instant now = clock.instant();
            Map<String, List<SchemaChange>> schemaChanges = storeSchemas(now);
            List<BaselineDeviation> deviations = compareWithBaselines();
            Map<String, Double> baselines = renewBaselines(now);
            storeScenarios(scenarios, now);
            dao(RunDao.class).finish(runId, now, status);
            List<ResourceDrift> drifts;
            synchronized (dataDrifts) {
                drifts = List.copyOf(dataDrifts);
            }
            return new HistoryReport(Optional.empty(), schemaChanges, drifts, deviations, baselines,
                    scenarios.stream().filter(ScenarioResult::flaky).map(ScenarioResult::key).toList(),
                    new HistoryReport.RecordingCost(written.get(), busyNanos.get(), cpuNanos.get()));
        } catch (RuntimeException e) {
            fail(e);
            return HistoryReport.unavailable(failure.get());
        } finally {
            closeHandle();
        }
    }

    /** A first version for a new endpoint; a new version and its changes for a changed one. */
    private Map<String, List<SchemaChange>> storeSchemas(Instant now) {
        SchemaDao schemas = dao(SchemaDao.class);
        Map<String, List<SchemaChange>> changed = new LinkedHashMap<>();
        drifts.forEach((endpoint, drift) -> {
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
        BaselineDao baselines = dao(BaselineDao.class);
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
        BaselineDao baselines = dao(BaselineDao.class);
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
                .sorted(java.util.Comparator.comparing(ScenarioResult::key)).toList();
        dao(ScenarioResultDao.class).insert(scenarios.stream()
                .map(s -> new ScenarioResultRow(runId, s.key(), s.feature(), s.scenario(), s.status(), s.attempts(),
                        s.flaky()))
                .toList());
        dao(FlakyDao.class).record(scenarios.stream()
                .map(s -> new FlakyObservation(s.key(), s.feature(), s.scenario(), s.flaky(), now))
                .toList());
    }

    /**
     * A DAO on the writer's own connection: opening a connection per statement would cost more than
     * the statement. Only the writer thread, and {@link #finish} after it, use it.
     */
    private <T> T dao(Class<T> type) {
        if (handle == null) {
            handle = database.jdbi().open();
        }
        return type.cast(attached.computeIfAbsent(type, handle::attach));
    }

    private void closeHandle() {
        if (handle != null) {
            try {
                handle.close();
            } catch (RuntimeException e) {
                LOG.debug("Closing the history's connection failed", e); // the run is over either way
            }
            handle = null;
        }
    }

    /** @param schemas a DAO the calling thread may use */
    private Shape previousShape(String endpoint, SchemaDao schemas) {
        return previousShapes.computeIfAbsent(endpoint, key -> schemas.latest(key)
                .map(row -> Shape.fromJson(JsonParser.parseString(row.shape())))
                .orElse(Shape.empty()));
    }

    private void fail(RuntimeException e) {
        fail("lost the connection to " + settings.describe() + " (" + HistoryFailures.describe(e) + ")");
    }

    private void fail(String reason) {
        if (failure.compareAndSet(null, reason)) {
            LOG.warn("History unavailable: {}. The run goes on without history.", reason);
            queue.clear();
        }
    }

    private static String json(JsonElement value) {
        return value == null ? null : value.toString();
    }

    /** A body as stored: its hash and the resource it describes; {@link #NONE} for a body that is not JSON. */
    private record StoredBody(String hash, Integer id, String name) {
        static final StoredBody NONE = new StoredBody(null, null, null);
    }

    /** A body a URL answered, and how it was stored. */
    private record SeenBody(String body, StoredBody stored) {
    }

    /** A response that carried a JSON document. */
    private record Recorded(ApiResponse response, JsonElement document, String hash, Integer id, String name) {
    }

    /** Reads response bodies leniently: a body that is not JSON is recorded without a document. */
    static final class Documents {

        private Documents() {
        }

        /** The response's own tree, parsed once for the steps and the history alike. */
        static Optional<JsonElement> parse(ApiResponse response) {
            if (!response.contentType().startsWith("application/json") || response.body().isBlank()) {
                return Optional.empty();
            }
            try {
                JsonElement document = response.json();
                return document.isJsonObject() || document.isJsonArray() ? Optional.of(document) : Optional.empty();
            } catch (MalformedResponseException e) {
                return Optional.empty();
            }
        }

        static Optional<Integer> integer(JsonElement document, String field) {
            return primitive(document, field).filter(JsonPrimitive::isNumber).map(JsonPrimitive::getAsInt);
        }

        static Optional<String> string(JsonElement document, String field) {
            return primitive(document, field).filter(JsonPrimitive::isString).map(JsonPrimitive::getAsString);
        }

        private static Optional<JsonPrimitive> primitive(JsonElement document, String field) {
            if (!(document instanceof JsonObject object) || !object.has(field)
                    || !object.get(field).isJsonPrimitive()) {
                return Optional.empty();
            }
            return Optional.of(object.getAsJsonPrimitive(field));
        }
    }

    /** Which endpoints share a schema: a resource looked up by name has the shape it has by id. */
    static final class SchemaKeys {

        private SchemaKeys() {
        }

        static String of(Endpoint endpoint) {
            return endpoint.template().replace("{name}", "{id}");
        }

        static boolean isDocument(Endpoint endpoint) {
            String template = of(endpoint);
            return template.endsWith("/{id}");
        }
    }
}
