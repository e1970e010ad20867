package io.pokeapi.suite.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestDatabaseExtension.class)
class BaselineDaoTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final Offset<Double> EXACT = within(1e-9);
    private final TestDatabase db;
    private final BaselineDao baselines;
    private final BaselineHistoryDao history;

    BaselineDaoTest(TestDatabase db) {
        this.db = db;
        baselines = db.dao(BaselineDao.class);
        history = db.dao(BaselineHistoryDao.class);
    }

    @Test
    void percentilesAreContinuousOverTheWindowWithoutServerErrors() {
        UUID old = db.insertRun(T0);
        UUID recent = db.insertRun(T0);
        List<ApiResponseRow> rows = new ArrayList<>();
        for (int ms = 1; ms <= 100; ms++) { // 1 … 100 ms; a 404 is an answer like any other
            rows.add(response(recent, "/pokemon/{id}", ms % 10 == 0 ? 404 : 200, ms, T0.plusSeconds(ms)));
        }
        rows.add(response(recent, "/pokemon/{id}", 500, 9_000, T0.plusSeconds(200)));
        rows.add(response(recent, "/pokemon/{id}", 503, 9_000, T0.plusSeconds(201)));
        rows.add(response(recent, "/type/{id}", 200, 10, T0.plusSeconds(300)));
        rows.add(response(recent, "/type/{id}", 200, 30, T0.plusSeconds(301)));
        rows.add(response(recent, "/type/{id}", 200, 20, T0.plusSeconds(302)));
        rows.add(response(old, "/pokemon/{id}", 200, 5_000, T0.minusSeconds(1))); // before the window
        db.dao(ResponseDao.class).insertResponses(rows);

        List<LatencyRow> percentiles = baselines.percentiles(T0);

        assertThat(percentiles).extracting(LatencyRow::endpoint).containsExactly("/pokemon/{id}", "/type/{id}");
        LatencyRow pokemon = percentiles.get(0);
        assertThat(pokemon.sampleCount()).isEqualTo(100);
        assertThat(pokemon.p50Ms()).isCloseTo(50.5, EXACT);
        assertThat(pokemon.p95Ms()).isCloseTo(95.05, EXACT);
        assertThat(pokemon.p99Ms()).isCloseTo(99.01, EXACT);
        LatencyRow type = percentiles.get(1);
        assertThat(type.sampleCount()).isEqualTo(3);
        assertThat(type.p50Ms()).isCloseTo(20, EXACT);
        assertThat(type.p95Ms()).isCloseTo(29, EXACT);
        assertThat(type.p99Ms()).isCloseTo(29.8, EXACT);

        assertThat(baselines.percentiles(T0.minusSeconds(1))).first()
                .satisfies(withOld -> assertThat(withOld.sampleCount()).isEqualTo(101));
        assertThat(baselines.percentilesOfRun(old)).containsExactly(
                new LatencyRow("/pokemon/{id}", 1, 5_000, 5_000, 5_000));
        assertThat(baselines.percentilesOfRun(recent)).containsExactly(pokemon, type);
        assertThat(baselines.percentiles(T0.plusSeconds(1_000))).isEmpty();
    }

    @Test
    void replacingABaselineClosesTheCurrentOne() {
        Instant first = T0;
        Instant second = T0.plusSeconds(3_600);
        baselines.replace("/pokemon/{id}", 50, 95, 99, 100, 168, first);
        baselines.replace("/type/{id}", 20, 29, 29.8, 3, 168, first);

        baselines.replace("/pokemon/{id}", 40, 80, 90, 250, 168, second);

        assertThat(baselines.current()).containsExactly(
                new BaselineRow("/pokemon/{id}", 40, 80, 90, 250, 168, second, null),
                new BaselineRow("/type/{id}", 20, 29, 29.8, 3, 168, first, null));
        assertThat(history.historyOf("/pokemon/{id}")).containsExactly(
                new BaselineRow("/pokemon/{id}", 40, 80, 90, 250, 168, second, null),
                new BaselineRow("/pokemon/{id}", 50, 95, 99, 100, 168, first, second));
    }

    /** Runs finishing at once replace the same baseline: each replacement closes the one before. */
    @Test
    void concurrentReplacementsLeaveOneCurrentBaseline() throws Exception {
        int threads = 4;
        int replacements = 10;
        AtOnce.run(threads, thread -> {
            for (int i = 0; i < replacements; i++) {
                baselines.replace("/pokemon/{id}", i, i, i, 1 + i, 168, T0.plusSeconds(thread * 100L + i));
            }
        });

        List<BaselineRow> rows = history.historyOf("/pokemon/{id}");
        assertThat(rows).hasSize(threads * replacements);
        assertThat(rows).filteredOn(row -> row.validUntil() == null).hasSize(1);
        assertThat(baselines.current()).hasSize(1);
    }

    private static ApiResponseRow response(UUID run, String endpoint, int status, double ms, Instant at) {
        return new ApiResponseRow(run, endpoint, "", null, null, "https://pokeapi.co/api/v2" + endpoint, status, ms,
                at, null);
    }
}
