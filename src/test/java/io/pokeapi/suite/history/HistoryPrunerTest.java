package io.pokeapi.suite.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pokeapi.suite.config.HistorySettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.statement.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pruning a history of simulated months: it keeps the last 30 days of runs, responses and scenario results and
 * every body they refer to, its size stops growing, and every query of what the history learned answers as it did.
 */
@ExtendWith(TestDatabaseExtension.class)
class HistoryPrunerTest {

    private static final Duration RETENTION = HistorySettings.DEFAULT_RETENTION;
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    /** Small batches, so that a prune of these few thousand rows takes many of them, as a real one would. */
    private static final HistoryPruner.BatchSizes SMALL_BATCHES = new HistoryPruner.BatchSizes(500, 20, 5);

    private final TestDatabase db;
    private final HistorySettings settings;

    HistoryPrunerTest(TestDatabase db) {
        this.db = db;
        this.settings = TestDatabase.settings(db.name());
    }

    @Test
    void aPruneAfterSixtyDaysKeepsTheLastThirtyAndAnswersEveryQueryOfWhatTheHistoryLearnedAsBefore() {
        try (SimulatedHistory history = new SimulatedHistory(db, START, settings)) {
            history.days(0, 59);
        }
        Instant now = START.plus(Duration.ofDays(60));
        Instant cutoff = now.minus(RETENTION);
        List<UUID> keptRuns = uuids("SELECT id FROM runs WHERE finished_at >= ? ORDER BY started_at", cutoff);
        RememberedHistory before = RememberedHistory.read(db, now, settings.baselineWindow(), keptRuns);
        HistoryFootprint unpruned = HistoryFootprint.of(db);

        PrunedHistory pruned = pruner(now).prune();

        HistoryFootprint kept = HistoryFootprint.of(db);
        System.out.printf("history pruning: 60 days: %s; pruned: %s (%s)%n", unpruned, kept, pruned.describe());
        int days = (int) RETENTION.toDays();
        // The runs of the last 30 days, with every response and scenario result; type 7's one document, fetched on
        // the first day only, is the latest of its resource and stays, with no run.
        assertThat(pruned.cutoff()).isEqualTo(cutoff);
        assertThat(kept.runs()).isEqualTo(days * SimulatedHistory.RUNS_A_DAY).isEqualTo(keptRuns.size());
        assertThat(kept.responses()).isEqualTo(kept.runs() * (SimulatedHistory.POKEMON + 2) + 1);
        assertThat(kept.scenarioResults()).isEqualTo(kept.runs() * SimulatedHistory.SCENARIOS);
        assertThat(count("SELECT count(*) FROM api_responses WHERE fetched_at < ?", cutoff)).isOne();
        assertThat(strings("SELECT resource || '/' || resource_id || ' ' || coalesce(run_id::text, 'no run')"
                + " FROM api_responses WHERE fetched_at < ?", cutoff)).containsExactly("type/7 no run");
        assertThat(count("SELECT count(*) FROM runs WHERE coalesce(finished_at, started_at) < ?", cutoff)).isZero();
        assertThat(count("SELECT count(*) FROM response_bodies b"
                + " WHERE NOT EXISTS (SELECT 1 FROM api_responses r WHERE r.body_hash = b.hash)")).isZero();
        // What the prune says it deleted is what went.
        assertThat(pruned.responses()).isEqualTo(unpruned.responses() - kept.responses()).isPositive();
        assertThat(pruned.runs()).isEqualTo(unpruned.runs() - kept.runs()).isPositive();
        assertThat(pruned.scenarioResults()).isEqualTo(unpruned.scenarioResults() - kept.scenarioResults());
        assertThat(pruned.bodies()).isEqualTo(unpruned.bodies() - kept.bodies()).isPositive();
        // Schema versions and changes, data changes, baselines and flaky counts are all kept.
        assertThat(count("SELECT count(*) FROM data_changes")).isEqualTo(before.dataChanges().size()).isPositive();
        assertThat(count("SELECT count(*) FROM schema_changes")).isEqualTo(before.schemaChanges().size());
        assertThat(count("SELECT count(*) FROM data_changes WHERE run_id IS NULL")).isPositive();

        RememberedHistory after = RememberedHistory.read(db, now, settings.baselineWindow(), keptRuns);
        assertThat(after.runs()).hasSize(keptRuns.size());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void prunedDailyTheHistoryStopsGrowingWhileSixtyMoreDaysPass() {
        HistoryFootprint unpruned;
        HistoryFootprint atSixty;
        HistoryFootprint atNinety = null;
        HistoryFootprint atOneHundredTwenty;
        try (SimulatedHistory history = new SimulatedHistory(db, START, settings)) {
            history.days(0, 59);
            unpruned = HistoryFootprint.of(db);
            pruner(history.day(60)).prune();
            atSixty = HistoryFootprint.of(db);
            for (int day = 60; day < 120; day++) {
                history.days(day, day);
                pruner(history.day(day + 1)).prune(); // as the serve mode's daily prune
                if (day + 1 == 90) {
                    atNinety = HistoryFootprint.of(db);
                }
            }
            atOneHundredTwenty = HistoryFootprint.of(db);
        }
        System.out.printf("history pruning: 60 days unpruned: %s; pruned at day 60: %s; pruned daily to day 90: %s;"
                + " to day 120: %s%n", unpruned, atSixty, atNinety, atOneHundredTwenty);

        // Each holds the same 30 days of a history that repeats every 60 days, and type 7's one document.
        assertThat(atNinety.rows()).isEqualTo(atSixty.rows());
        assertThat(atOneHundredTwenty.rows()).isEqualTo(atSixty.rows());
        // The space of deleted rows is used again, not given back: the tables keep the size they had when 60 days
        // were pruned to 30, and stay level from one month to the next, within 5% for how pages fill. Unpruned,
        // they would have doubled.
        assertThat(atOneHundredTwenty.bytes()).isLessThanOrEqualTo(atSixty.bytes() + atSixty.bytes() / 20);
        assertThat(atOneHundredTwenty.bytes()).isLessThanOrEqualTo(atNinety.bytes() + atNinety.bytes() / 20);
    }

    @Test
    void aRunStillGoingIsKeptAndOneThatNeverFinishedADayAfterItsStartIsPruned() {
        Instant now = Instant.parse("2026-03-01T12:00:00Z");
        UUID going = db.insertRun(now.minus(Duration.ofHours(23)));
        UUID died = db.insertRun(now.minus(Duration.ofHours(25)));
        UUID finished = db.insertRun(now.minus(Duration.ofHours(30)));
        db.dao(RunDao.class).finish(finished, now.minus(Duration.ofHours(23)), "passed");
        db.dao(ScenarioResultDao.class).insert(List.of(
                new ScenarioResultRow(going, "features/a.feature:3", "A", "a", "PASSED", 1, false),
                new ScenarioResultRow(died, "features/a.feature:3", "A", "a", "FAILED", 1, false)));

        PrunedHistory pruned = pruner(now, Duration.ofDays(1)).prune();

        assertThat(uuids("SELECT id FROM runs ORDER BY started_at")).containsExactly(finished, going);
        assertThat(pruned.runs()).isOne();
        assertThat(pruned.scenarioResults()).isOne();
        assertThat(db.dao(ScenarioResultDao.class).ofRun(going)).hasSize(1);
    }

    @Test
    void aResourcesLatestDocumentOutlivesItsRunAndTheNextRunsDataDriftComparesWithIt() {
        Instant old = Instant.parse("2026-01-01T00:00:00Z");
        Instant now = old.plus(Duration.ofDays(45));
        UUID first = db.insertRun(old);
        UUID second = db.insertRun(old.plus(Duration.ofHours(1)));
        ResponseBodyRow older = ResponseBodyRow.of("{\"id\":25,\"name\":\"pikachu\",\"weight\":60}", old);
        ResponseBodyRow latest = ResponseBodyRow.of("{\"id\":25,\"name\":\"pikachu\",\"weight\":61}", old);
        db.dao(ResponseDao.class).insert(List.of(older, latest), List.of(
                response(first, older.hash(), old), response(second, latest.hash(), old.plus(Duration.ofHours(1)))));
        db.dao(RunDao.class).finish(first, old.plusSeconds(60), "passed");
        db.dao(RunDao.class).finish(second, old.plus(Duration.ofHours(1)).plusSeconds(60), "passed");

        PrunedHistory pruned = pruner(now).prune();

        assertThat(pruned.runs()).isEqualTo(2);
        assertThat(pruned.responses()).isOne();
        assertThat(pruned.bodies()).isOne();
        assertThat(db.dao(ResponseDao.class).previousBodyHashes(new String[] {"pokemon"}, new Integer[] {25},
                UUID.randomUUID())).singleElement().satisfies(row -> assertThat(row.bodyHash())
                .isEqualTo(latest.hash()));
        assertThat(db.dao(ResponseDao.class).body(latest.hash())).contains(latest.body());
        assertThat(db.dao(ResponseDao.class).body(older.hash())).isEmpty();
    }

    @Test
    void aRetentionUnderADayIsRefused() {
        assertThatThrownBy(() -> pruner(START, Duration.ofHours(23)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 day");
    }

    @Test
    void aHistoryWithNothingOldDeletesNothing() {
        try (SimulatedHistory history = new SimulatedHistory(db, START, settings)) {
            history.days(0, 2);
        }
        HistoryFootprint before = HistoryFootprint.of(db);

        PrunedHistory pruned = pruner(START.plus(Duration.ofDays(3))).prune();

        assertThat(List.of(pruned.responses(), pruned.bodies(), pruned.runs(), pruned.scenarioResults()))
                .containsOnly(0L);
        assertThat(HistoryFootprint.of(db).rows()).isEqualTo(before.rows());
    }

    private static ApiResponseRow response(UUID run, String hash, Instant at) {
        return new ApiResponseRow(run, "/pokemon/{id}", "pokemon", 25, "pikachu", SimulatedHistory.TARGET
                + "/pokemon/25", 200, 12.5, at, hash);
    }

    private HistoryPruner pruner(Instant now) {
        return pruner(now, RETENTION);
    }

    private HistoryPruner pruner(Instant now, Duration retention) {
        return new HistoryPruner(db.database(), retention, Clock.fixed(now, ZoneOffset.UTC), SMALL_BATCHES);
    }

    private long count(String sql, Object... arguments) {
        return db.jdbi().withHandle(handle -> bound(handle.createQuery(sql), arguments).mapTo(Long.class).one());
    }

    private List<String> strings(String sql, Object... arguments) {
        return db.jdbi().withHandle(handle -> bound(handle.createQuery(sql), arguments).mapTo(String.class).list());
    }

    private List<UUID> uuids(String sql, Object... arguments) {
        return db.jdbi().withHandle(handle -> bound(handle.createQuery(sql), arguments).mapTo(UUID.class).list());
    }

    private static Query bound(Query query, Object... arguments) {
        for (int i = 0; i < arguments.length; i++) {
            query.bind(i, arguments[i]);
        }
        return query;
    }
}
