package io.pokeapi.suite.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A run recording its responses while the history is pruned: the prune's short deletes, which skip what others
 * hold, neither stop it nor make it fail, not even when it refers to an old body as the prune deletes it.
 */
@ExtendWith(TestDatabaseExtension.class)
class PruneWhileRecordingTest {

    private static final int OLD_RESPONSES = 5_000;
    private static final Duration CEILING = Duration.ofMinutes(3);
    private static final Duration RETENTION = Duration.ofDays(30);
    /** Many small batches, so that the run writes between a great many of the prune's statements. */
    private static final HistoryPruner.BatchSizes SMALL_BATCHES = new HistoryPruner.BatchSizes(100, 25, 5);

    private final TestDatabase db;

    PruneWhileRecordingTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void aRunRecordingThroughAPruneRecordsEveryResponseWhileThePruneDeletesAllThatIsOld() throws Exception {
        Instant now = Instant.now();
        oldHistory(now.minus(Duration.ofDays(40)));
        UUID run = db.insertRun(now);
        RecordingRunHistory history = history(run);
        AtomicBoolean pruned = new AtomicBoolean();
        AtomicInteger observed = new AtomicInteger();
        // A document of its own for each response, as a first sweep receives them: every batch stores bodies.
        CompletableFuture<HistoryReport> recording = CompletableFuture.supplyAsync(() -> {
            while (!pruned.get()) {
                int n = observed.incrementAndGet();
                history.observe(PokemonDocuments.response(n, "{\"id\":" + n + ",\"name\":\"pokemon-" + n + "\"}"));
            }
            return history.finish(List.of());
        });
        await("the run's first responses recorded").atMost(CEILING)
                .until(() -> recording.isDone() || db.dao(ResponseDao.class).ofRun(run).size() >= 100);

        Instant pruneStarted = Instant.now();
        PrunedHistory prune = new HistoryPruner(db.database(), RETENTION, Clock.systemUTC(), SMALL_BATCHES).prune();
        Instant pruneEnded = Instant.now();
        pruned.set(true);
        await("the run to finish recording").atMost(CEILING).until(recording::isDone);
        HistoryReport report = recording.get();
        List<ApiResponseRow> recorded = db.dao(ResponseDao.class).ofRun(run);
        long duringThePrune = recorded.stream().filter(row -> !row.fetchedAt().isBefore(pruneStarted)
                && row.fetchedAt().isBefore(pruneEnded)).count();
        System.out.printf("history pruning beside a run: %s; the run recorded %,d responses, %,d of them during the"
                + " prune, and waited %.2f s for the writer in all%n", prune.describe(), recorded.size(),
                duringThePrune, report.recording().backlog().waitedNanos() / 1e9);

        assertThat(report.unavailable()).as("why the run's history gave up").isEmpty();
        assertThat(report.recording().responses()).isEqualTo(observed.get());
        assertThat(report.recording().backlog().notRecorded()).isZero();
        assertThat(recorded).hasSize(observed.get());
        assertThat(duringThePrune).as("responses recorded while the prune went on").isPositive();
        assertThat(prune.responses()).isEqualTo(OLD_RESPONSES);
        assertThat(prune.bodies()).isEqualTo(OLD_RESPONSES);
        assertThat(prune.runs()).isOne();
    }

    @Test
    void aBodyThePruneDeletesAsTheRunRefersToItIsStoredAgainAndTheRunGoesOn() throws Exception {
        Instant old = Instant.now().minus(Duration.ofDays(40));
        String body = "{\"id\":25,\"name\":\"pikachu\"}";
        db.dao(ResponseDao.class).insertBodies(List.of(ResponseBodyRow.of(body, old)));
        UUID run = db.insertRun(Instant.now());
        RecordingRunHistory history = history(run);
        HistoryReport report;
        try (Handle prune = db.jdbi().open()) {
            // The prune's batch deletes the old body and has not committed yet when the run looks it up, finds it,
            // and refers to it: the run's insert waits for the batch, which then commits.
            prune.begin();
            assertThat(prune.attach(ResponseDao.class).deleteUnreferencedBodiesBefore(old.plusSeconds(1), 10))
                    .isOne();
            history.observe(PokemonDocuments.response(25, body));
            await("the run's insert waiting for the prune's batch").atMost(CEILING).until(this::someoneWaitsForALock);
            prune.commit();
            report = history.finish(List.of());
        }

        assertThat(report.unavailable()).as("why the run's history gave up").isEmpty();
        assertThat(db.dao(ResponseDao.class).ofRun(run)).singleElement()
                .satisfies(row -> assertThat(row.bodyHash()).isEqualTo(ResponseBodyRow.hashOf(body)));
        assertThat(db.dao(ResponseDao.class).body(ResponseBodyRow.hashOf(body))).contains(body);
    }

    private RecordingRunHistory history(UUID run) {
        return new RecordingRunHistory(db.database(), TestDatabase.settings(db.name()), run, PokemonDocuments.TARGET,
                Clock.systemUTC(), ResponseBacklog.Limits.DEFAULT);
    }

    /** An old finished run that received {@value #OLD_RESPONSES} list pages, each a body of its own. */
    private void oldHistory(Instant old) {
        UUID run = db.insertRun(old);
        List<ResponseBodyRow> bodies = new ArrayList<>();
        List<ApiResponseRow> responses = new ArrayList<>();
        for (int k = 0; k < OLD_RESPONSES; k++) {
            Instant seen = old.plusMillis(k);
            ResponseBodyRow body = ResponseBodyRow.of("{\"count\":1302,\"page\":" + k + "}", seen);
            bodies.add(body);
            responses.add(new ApiResponseRow(run, "/pokemon", "", null, null, PokemonDocuments.TARGET + "/pokemon?p="
                    + k, 200, 5, seen, body.hash()));
        }
        db.dao(ResponseDao.class).insert(bodies, responses);
        db.dao(RunDao.class).finish(run, old.plusSeconds(60), "passed");
    }

    private boolean someoneWaitsForALock() {
        return db.jdbi().withHandle(handle -> handle.createQuery("""
                SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
                """).mapTo(Long.class).one()) > 0;
    }
}
