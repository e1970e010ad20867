package io.pokeapi.suite.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.gson.JsonObject;
import io.pokeapi.suite.client.ApiResponse;
import io.pokeapi.suite.client.Endpoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/**
 * The history writer in process against the test PostgreSQL: its backlog makes the run wait for a slow
 * database, gives up on one that takes nothing, stays within its bound, and stores each body once.
 */
@ExtendWith(TestDatabaseExtension.class)
class RecordingRunHistoryTest {

    private static final Duration LONG_PATIENCE = Duration.ofSeconds(120);

    private final TestDatabase db;

    RecordingRunHistoryTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void aSlowWriterMakesObserveWaitAndEveryResponseIsRecordedInTheEnd() throws Exception {
        UUID run = db.insertRun(Instant.now());
        RecordingRunHistory history = history(run, new ResponseBacklog.Limits(3, 1 << 20, LONG_PATIENCE));
        List<ApiResponse> responses = smallDocuments(10);
        Observer observer;
        try (TableLock lock = TableLock.on(db)) {
            observer = Observer.start(history, responses);
            observer.awaitWaitingAfter(3); // one being written, two waiting: the backlog is full

            assertThat(observer.observed()).isEqualTo(3);
        }
        observer.join();
        HistoryReport report = history.finish(List.of());

        assertThat(report.unavailable()).isEmpty();
        assertThat(report.recording().responses()).isEqualTo(10);
        assertThat(report.recording().backlog()).satisfies(backlog -> {
            assertThat(backlog.peakResponses()).isEqualTo(3);
            assertThat(backlog.waitedNanos()).isPositive();
            assertThat(backlog.waitingAtFinish()).isZero();
            assertThat(backlog.notRecorded()).isZero();
        });
        assertThat(db.dao(ResponseDao.class).ofRun(run)).extracting(ApiResponseRow::url).containsExactlyElementsOf(responses.stream().map(ApiResponse::url)
                        .toList());
    }

    @Test
    void aWriterThatTakesNothingForThePatienceMakesTheHistoryGiveUpInOneLineCountingWhatItDidNotRecord()
            throws Exception {
        UUID run = db.insertRun(Instant.now());
        RecordingRunHistory history = history(run, new ResponseBacklog.Limits(3, 1 << 20, Duration.ofMillis(200)));
        List<ApiResponse> responses = smallDocuments(10);
        List<ILoggingEvent> warnings;
        try (TableLock lock = TableLock.on(db); CapturedWarnings captured = new CapturedWarnings()) {
            responses.forEach(history::observe); // the fourth waits for the patience, then the history gives up
            warnings = captured.events();
        }
        HistoryReport report = history.finish(List.of());

        assertThat(warnings).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .matches("History unavailable: the database took none of the run's responses for 200 ms; "
                        + "[1-3] responses? (was|were) not recorded, nor will the run's later ones be\\. "
                        + "The run goes on without history\\.");
        assertThat(report.unavailable()).hasValue("the database took none of the run's responses for 200 ms");
        HistoryReport.RecordingCost cost = report.recording();
        assertThat(cost.backlog().notRecorded()).isGreaterThanOrEqualTo(10 - 3);
        assertThat(cost.responses() + cost.backlog().notRecorded()).as("recorded and not recorded").isEqualTo(10);
        assertThat(db.dao(ResponseDao.class).ofRun(run)).hasSize((int) cost.responses());
    }

    @Test
    void manyLargeBodiesKeepTheBacklogWithinItsBoundInCharacters() throws Exception {
        PokemonDocuments documents = PokemonDocuments.read();
        List<ApiResponse> responses = IntStream.range(0, documents.size()).mapToObj(documents::response).toList();
        long bound = 4L * 1024 * 1024;
        long largest = responses.stream().mapToLong(response -> response.body().length()).max().orElseThrow();
        RecordingRunHistory history = history(db.insertRun(Instant.now()),
                new ResponseBacklog.Limits(1_000, bound, LONG_PATIENCE));
        Observer observer;
        try (TableLock lock = TableLock.on(db)) {
            observer = Observer.start(history, responses);
            observer.awaitWaiting(); // the backlog is full
        }
        observer.join();
        HistoryReport report = history.finish(List.of());

        assertThat(report.recording().responses()).isEqualTo(responses.size());
        HistoryReport.Backlog backlog = report.recording().backlog();
        assertThat(backlog.peakCharacters()).isLessThanOrEqualTo(bound).isGreaterThan(bound - largest);
        assertThat(backlog.waitingAtFinish()).isZero();
        assertThat(backlog.notRecorded()).isZero();
    }

    @Test
    void aSecondUnchangedRunStoresOnlyItsRows() {
        List<ApiResponse> responses = fixtureResponses();

        HistoryReport first = record(responses);
        long bodies = db.dao(ResponseDao.class).bodyCount();
        UUID secondRun = db.insertRun(Instant.now());
        HistoryReport second = record(secondRun, responses);

        assertThat(first.unavailable()).isEmpty();
        assertThat(second.unavailable()).isEmpty();
        // The six documents, once each however many URLs answer them; the 404's and the 502's texts are no JSON bodies.
        assertThat(bodies).isEqualTo(Fixtures.POKEMON.length);
        assertThat(db.dao(ResponseDao.class).bodyCount()).isEqualTo(bodies);
        List<ApiResponseRow> rows = db.dao(ResponseDao.class).ofRun(secondRun);
        assertThat(rows).extracting(ApiResponseRow::url)
                .containsExactlyElementsOf(responses.stream().map(ApiResponse::url).toList());
        assertThat(rows).filteredOn(row -> row.url().endsWith("/pokemon/pikachu")).singleElement()
                .satisfies(row -> {
                    assertThat(row.resourceId()).isEqualTo(25);
                    assertThat(row.resourceName()).isEqualTo("pikachu");
                    assertThat(row.bodyHash()).isNotNull();
                });
        assertThat(rows).filteredOn(row -> row.status() == 404 || row.status() == 502).hasSize(2)
                .extracting(ApiResponseRow::bodyHash).containsOnlyNulls();
        assertThat(second.dataChanges()).isEmpty();
    }

    @Test
    void aThirdRunWithOneFieldChangedRecordsADataChangeAtThatFieldsPath() {
        List<ApiResponse> responses = fixtureResponses();
        record(responses);
        record(responses);
        List<ApiResponse> changed = new ArrayList<>(responses);
        JsonObject pikachu = Fixtures.pokemon(25);
        pikachu.addProperty("weight", pikachu.get("weight").getAsInt() + 1);
        changed.set(responses.indexOf(responses.stream().filter(r -> r.url().endsWith("/pokemon/25")).findFirst()
                .orElseThrow()), pokemonResponse("25", pikachu));
        UUID third = db.insertRun(Instant.now());

        HistoryReport report = record(third, changed);

        assertThat(report.dataChanges()).singleElement().satisfies(drift -> {
            assertThat(drift.resource()).isEqualTo("pokemon");
            assertThat(drift.resourceId()).isEqualTo(25);
            assertThat(drift.changes()).extracting(DataChange::path).containsExactly("weight");
        });
        assertThat(db.dao(DataChangeDao.class).ofRun(third)).singleElement()
                .satisfies(row -> assertThat(row.fieldPath()).isEqualTo("weight"));
    }

    private HistoryReport record(List<ApiResponse> responses) {
        return record(db.insertRun(Instant.now()), responses);
    }

    private HistoryReport record(UUID run, List<ApiResponse> responses) {
        RecordingRunHistory history = history(run, ResponseBacklog.Limits.DEFAULT);
        responses.forEach(history::observe);
        return history.finish(List.of());
    }

    private RecordingRunHistory history(UUID run, ResponseBacklog.Limits limits) {
        return new RecordingRunHistory(db.database(), TestDatabase.settings(db.name()), run, PokemonDocuments.TARGET,
                Clock.systemUTC(), limits);
    }

    /**
     * The bundled Pokémon as a replica answers them, with absolute links; Pikachu also by name and
     * twice by id, a 404, and a 502 that says it is JSON but is not.
     */
    private static List<ApiResponse> fixtureResponses() {
        List<ApiResponse> responses = new ArrayList<>();
        for (int id : Fixtures.POKEMON) {
            responses.add(pokemonResponse(String.valueOf(id), Fixtures.pokemon(id)));
        }
        responses.add(pokemonResponse("pikachu", Fixtures.pokemon(25)));
        responses.add(pokemonResponse("25", Fixtures.pokemon(25)));
        responses.add(new ApiResponse("GET", PokemonDocuments.TARGET + "/pokemon/99999",
                new Endpoint("/pokemon/{id}"), 404, "text/plain; charset=utf-8", "Not Found", Duration.ofMillis(3)));
        // The database keeps bodies as text: only the recorder keeps a body that is not JSON out of it.
        responses.add(new ApiResponse("GET", PokemonDocuments.TARGET + "/pokemon/99998",
                new Endpoint("/pokemon/{id}"), 502, "application/json", "Bad Gateway", Duration.ofMillis(3)));
        return responses;
    }

    private static ApiResponse pokemonResponse(String key, JsonObject document) {
        String body = document.toString().replace("\"/api/v2/", "\"" + PokemonDocuments.TARGET.resolve("/api/v2/"));
        return new ApiResponse("GET", PokemonDocuments.TARGET + "/pokemon/" + key,
                new Endpoint(key.matches("\\d+") ? "/pokemon/{id}" : "/pokemon/{name}"), 200,
                "application/json; charset=utf-8", body, Duration.ofMillis(5));
    }

    private static List<ApiResponse> smallDocuments(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(id -> PokemonDocuments.response(id, "{\"id\":" + id + ",\"name\":\"pokemon-" + id + "\"}"))
                .toList();
    }

    /**
     * Holds the response tables locked in a transaction of its own until closed: the writer's
     * statements wait for it, as for a database that has stopped answering.
     */
    private static final class TableLock implements AutoCloseable {

        private final Handle handle;

        private TableLock(Handle handle) {
            this.handle = handle;
        }

        static TableLock on(TestDatabase db) {
            Handle handle = db.jdbi().open();
            handle.begin();
            handle.execute("LOCK TABLE response_bodies, api_responses IN ACCESS EXCLUSIVE MODE");
            return new TableLock(handle);
        }

        @Override
        public void close() {
            handle.rollback();
            handle.close();
        }
    }

    /** A thread observing responses one after another, as a scenario's client does. */
    private static final class Observer {

        private static final Duration CEILING = Duration.ofSeconds(60);

        private final Thread thread;
        private final AtomicInteger observed = new AtomicInteger();

        private Observer(RunHistory history, List<ApiResponse> responses) {
            this.thread = new Thread(() -> responses.forEach(response -> {
                history.observe(response);
                observed.incrementAndGet();
            }), "observer");
        }

        static Observer start(RunHistory history, List<ApiResponse> responses) {
            Observer observer = new Observer(history, responses);
            observer.thread.start();
            return observer;
        }

        int observed() {
            return observed.get();
        }

        /** Waits until the thread waits inside {@code observe}, with {@code count} responses observed. */
        void awaitWaitingAfter(int count) {
            awaitWaiting();
            assertThat(observed()).isEqualTo(count);
        }

        /** Waits until the thread waits inside {@code observe} for room in the backlog. */
        void awaitWaiting() {
            await("observer waiting for room").atMost(CEILING).pollInterval(Duration.ofMillis(5))
                    .until(this::waitingForRoom);
        }

        private boolean waitingForRoom() {
            return thread.getState() == Thread.State.TIMED_WAITING && List.of(thread.getStackTrace()).stream()
                    .anyMatch(frame -> frame.getClassName().equals(ResponseBacklog.class.getName())
                            && frame.getMethodName().equals("offer"));
        }

        void join() throws InterruptedException {
            thread.join(CEILING.toMillis());
            assertThat(thread.isAlive()).as("observer still observing").isFalse();
        }
    }

    /** The warnings the history logs while open. */
    private static final class CapturedWarnings implements AutoCloseable {

        private final Logger logger = (Logger) LoggerFactory.getLogger(RecordingRunHistory.class);
        private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

        CapturedWarnings() {
            appender.start();
            logger.addAppender(appender);
        }

        List<ILoggingEvent> events() {
            return appender.list.stream().filter(event -> event.getLevel() == Level.WARN).toList();
        }

        @Override
        public void close() {
            logger.detachAppender(appender);
        }
    }
}
