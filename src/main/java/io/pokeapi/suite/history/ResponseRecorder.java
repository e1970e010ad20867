package io.pokeapi.suite.history;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records batches of a run's responses: each distinct body once with its shape, one row per response,
 * each endpoint's document shapes for its schema drift, and each resource's document against the one
 * an earlier run stored. Only the writer thread uses it; a batch's bodies are parsed one at a time,
 * once each, and only those the database has not got already.
 */
final class ResponseRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseRecorder.class);
    /** Writing a batch fails only if pruning deletes one of its bodies meanwhile: rare, and rarer each time. */
    private static final int INSERT_ATTEMPTS = 3;

    private final UUID runId;
    private final Clock clock;
    private final UrlNeutralBodies bodies;
    private final WriterConnection connection;
    private final PreviousShapes previousShapes;
    private final SeenBodies seen;
    private final Map<String, SchemaDrift> drifts = new ConcurrentHashMap<>();
    private final Set<String> comparedDocuments = new HashSet<>();
    private final List<ResourceDrift> dataDrifts = new ArrayList<>();

    ResponseRecorder(UUID runId, Clock clock, UrlNeutralBodies bodies, WriterConnection connection,
            PreviousShapes previousShapes, SeenBodies seen) {
        this.runId = runId;
        this.clock = clock;
        this.bodies = bodies;
        this.connection = connection;
        this.previousShapes = previousShapes;
        this.seen = seen;
    }

    /** The shapes each endpoint's documents had in this run, against its previous version. */
    Map<String, SchemaDrift> drifts() {
        return drifts;
    }

    /** The documents that changed since an earlier run stored them. */
    synchronized List<ResourceDrift> dataDrifts() {
        return List.copyOf(dataDrifts);
    }

    void record(List<QueuedResponse> batch) {
        Instant now = clock.instant();
        List<Received> received = batch.stream().map(this::received).toList();
        Map<String, String> storedShapes = storedShapes(received);
        Map<String, Described> described = new HashMap<>();
        Map<String, ResponseBodyRow> newBodies = new LinkedHashMap<>();
        List<ApiResponseRow> rows = new ArrayList<>(batch.size());
        List<Document> documents = new ArrayList<>();
        for (Received response : received) {
            StoredBody stored = response.seen();
            if (stored == null) {
                Described body = response.digest() == null ? Described.NONE : described.computeIfAbsent(
                        response.digest().hash(), hash -> describe(response, storedShapes, newBodies, now));
                stored = body.stored();
                if (body != Described.NONE) {
                    documents.add(new Document(response, body));
                }
            }
            QueuedResponse answer = response.response();
            rows.add(new ApiResponseRow(runId, answer.endpoint().template(), answer.endpoint().resource(),
                    stored.id(), stored.name(), answer.url(), answer.status(), answer.latency().toNanos() / 1e6,
                    now, stored.hash()));
        }
        insert(List.copyOf(newBodies.values()), rows, () -> everyBody(received, described, now));
        for (Received response : received) { // only once the database has them
            if (response.seen() == null && response.digest() != null) {
                seen.put(response.response().url(), response.digest().hash(),
                        described.get(response.digest().hash()).stored());
            }
        }
        observeShapes(documents);
        compareWithPreviousRuns(documents, now);
    }

    /**
     * Stores the batch. A body the database had when the batch was looked up, but that pruning deleted before the
     * batch was written, fails the insert on its foreign key: the batch is then written with every one of its
     * bodies, each stored again if missing. Another body of it pruned in that instant costs one more attempt.
     */
    private void insert(List<ResponseBodyRow> newBodies, List<ApiResponseRow> rows,
            Supplier<List<ResponseBodyRow>> everyBody) {
        List<ResponseBodyRow> bodies = newBodies;
        for (int attempt = 1; ; attempt++) {
            try {
                connection.dao(ResponseDao.class).insert(bodies, rows);
                return;
            } catch (RuntimeException e) {
                if (attempt == INSERT_ATTEMPTS || !HistoryFailures.isForeignKeyViolation(e)) {
                    throw e;
                }
                LOG.debug("A body of the batch was pruned since it was looked up: writing the batch with every body");
                bodies = everyBody.get();
            }
        }
    }

    /** The batch's bodies that are JSON documents, each once, as they were described. */
    private static List<ResponseBodyRow> everyBody(List<Received> received, Map<String, Described> described,
            Instant now) {
        Map<String, ResponseBodyRow> bodies = new LinkedHashMap<>();
        for (Received response : received) {
            Described body = response.digest() == null ? null : described.get(response.digest().hash());
            if (body != null && body != Described.NONE) {
                bodies.computeIfAbsent(body.stored().hash(), hash -> ResponseBodyRow.of(response.neutral(),
                        response.digest(), now).withShape(body.shape().toJson().toString()));
            }
        }
        return List.copyOf(bodies.values());
    }

    /** A URL that answered the same body before in this run is stored, shaped and compared already. */
    private Received received(QueuedResponse response) {
        if (!response.mayBeJson()) {
            return new Received(response, null, null, StoredBody.NONE);
        }
        String neutral = bodies.neutral(response.body());
        ResponseBodyRow.Digest digest = ResponseBodyRow.Digest.of(neutral);
        return new Received(response, neutral, digest, seen.get(response.url(), digest.hash()).orElse(null));
    }

    /**
     * The shapes of the batch's bodies the database has, by hash (null for one stored without its
     * shape): those bodies need not be sent again, nor walked.
     */
    private Map<String, String> storedShapes(List<Received> received) {
        String[] hashes = received.stream().filter(response -> response.seen() == null && response.digest() != null)
                .map(response -> response.digest().hash()).distinct().toArray(String[]::new);
        Map<String, String> shapes = new HashMap<>();
        if (hashes.length > 0) {
            connection.dao(ResponseDao.class).storedShapes(hashes).forEach(row -> shapes.put(row.hash(), row.shape()));
        }
        return shapes;
    }

    /**
     * A body's id, name and shape: a stored body's shape is read back and its id and name read without
     * a tree; a new body is read once, without a tree either, and joins {@code newBodies} with its shape.
     */
    private Described describe(Received response, Map<String, String> storedShapes,
            Map<String, ResponseBodyRow> newBodies, Instant now) {
        String hash = response.digest().hash();
        String storedShape = storedShapes.get(hash);
        if (storedShape != null) {
            JsonDocuments.Identity identity = JsonDocuments.identity(response.neutral());
            return new Described(new StoredBody(hash, identity.id(), identity.name()),
                    Shape.fromJson(JsonParser.parseString(storedShape)), identity.object());
        }
        Optional<StreamedDocument> document = StreamedDocument.read(response.neutral());
        if (document.isEmpty()) {
            return Described.NONE;
        }
        JsonDocuments.Identity identity = document.get().identity();
        Shape shape = document.get().shape();
        if (!storedShapes.containsKey(hash)) {
            newBodies.put(hash, ResponseBodyRow.of(response.neutral(), response.digest(), now)
                    .withShape(shape.toJson().toString()));
        }
        return new Described(new StoredBody(hash, identity.id(), identity.name()), shape, identity.object());
    }

    private void observeShapes(List<Document> documents) {
        for (Document document : documents) {
            if (document.response().response().isSuccessful()) {
                String key = SchemaKeys.of(document.response().response().endpoint());
                drifts.computeIfAbsent(key, k -> new SchemaDrift(previousShapes.of(k, connection.dao(SchemaDao.class))))
                        .observe(document.body().shape(), document.body().object());
            }
        }
    }

    /** Data drift: each resource's document against the last one an earlier run stored, once per run. */
    private void compareWithPreviousRuns(List<Document> documents, Instant now) {
        List<Document> toCompare = documents.stream().filter(document -> {
            QueuedResponse response = document.response().response();
            Integer id = document.body().stored().id();
            return response.isSuccessful() && id != null && SchemaKeys.isDocument(response.endpoint())
                    && comparedDocuments.add(response.endpoint().resource() + "/" + id);
        }).toList();
        if (toCompare.isEmpty()) {
            return;
        }
        Map<String, String> previousHashes = new HashMap<>();
        connection.dao(ResponseDao.class).previousBodyHashes(
                        toCompare.stream().map(document -> document.response().response().endpoint().resource())
                                .toArray(String[]::new),
                        toCompare.stream().map(document -> document.body().stored().id()).toArray(Integer[]::new),
                        runId)
                .forEach(row -> previousHashes.put(row.resource() + "/" + row.resourceId(), row.bodyHash()));
        for (Document document : toCompare) {
            StoredBody stored = document.body().stored();
            String previousHash = previousHashes.get(document.response().response().endpoint().resource() + "/"
                    + stored.id());
            if (previousHash != null && !previousHash.equals(stored.hash())) {
                compareWithPreviousBody(document, previousHash, now);
            }
        }
    }

    private void compareWithPreviousBody(Document document, String previousHash, Instant now) {
        Optional<String> previous = connection.dao(ResponseDao.class).body(previousHash);
        if (previous.isEmpty()) {
            return;
        }
        List<DataChange> changes = DocumentDiff.between(JsonParser.parseString(previous.get()),
                JsonParser.parseString(document.response().neutral()));
        if (changes.isEmpty()) {
            return; // the same document, formatted differently
        }
        QueuedResponse response = document.response().response();
        String resource = response.endpoint().resource();
        StoredBody stored = document.body().stored();
        connection.dao(DataChangeDao.class).insert(changes.stream()
                .map(change -> new DataChangeRow(runId, response.endpoint().template(), resource, stored.id(),
                        change.path(), json(change.oldValue()), json(change.newValue()), now))
                .toList());
        synchronized (this) {
            dataDrifts.add(new ResourceDrift(resource, stored.id(), stored.name(), changes));
        }
        LOG.warn("The data of {} {} ({}) changed since the last run:\n{}", resource, stored.name(), stored.id(),
                DataChange.readableDiff(changes));
    }

    private static String json(JsonElement value) {
        return value == null ? null : value.toString();
    }

    /**
     * A response of the batch, with its body's links made relative and its digest (null for a body
     * that cannot be JSON), and how its body was stored if its URL answered it before in the run.
     */
    private record Received(QueuedResponse response, String neutral, ResponseBodyRow.Digest digest,
            StoredBody seen) {
    }

    /** A body as stored, with its shape; {@link #NONE} for a body that is not a JSON document. */
    private record Described(StoredBody stored, Shape shape, boolean object) {
        static final Described NONE = new Described(StoredBody.NONE, Shape.empty(), false);
    }

    /** A response whose body, a JSON document, this run had not seen from its URL. */
    private record Document(Received response, Described body) {
    }
}
