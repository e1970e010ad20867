package io.pokeapi.suite.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestDatabaseExtension.class)
class FlakyDaoTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final String KEY = "features/pokemon.feature:12";
    private final TestDatabase db;
    private final FlakyDao flaky;

    FlakyDaoTest(TestDatabase db) {
        this.db = db;
        flaky = db.dao(FlakyDao.class);
    }

    @Test
    void aScenarioNeverFlakyHasNoLastFlakyTime() {
        flaky.record(List.of(observation(KEY, false, T0)));

        assertThat(flaky.find(KEY)).contains(
                new FlakyRow(KEY, "Pokémon", "Pikachu is electric", 1, 0, T0, null));
        assertThat(flaky.flakiest(10)).isEmpty();
    }

    @Test
    void observationsAddUpAndTimesNeverGoBack() {
        flaky.record(List.of(
                observation(KEY, true, T0.plusSeconds(10)),
                observation(KEY, false, T0.plusSeconds(20)), // the same scenario twice in one batch
                observation(KEY, true, T0.plusSeconds(5)))); // reported late
        flaky.record(List.of(new FlakyObservation(KEY, "Pokémon", "Pikachu is an electric type", false,
                T0.plusSeconds(30))));

        FlakyRow row = flaky.find(KEY).orElseThrow();
        assertThat(row).isEqualTo(new FlakyRow(KEY, "Pokémon", "Pikachu is an electric type", 4, 2,
                T0.plusSeconds(30), T0.plusSeconds(10)));
        assertThat(row.flakyRate()).isEqualTo(0.5);
    }

    /** Four runs finishing at once, 25 scenarios' worth each, all about the same scenario. */
    @Test
    void concurrentUpsertsGiveExactTotals() throws Exception {
        int threads = 4;
        int upserts = 25;
        AtOnce.run(threads, thread -> {
            for (int i = 0; i < upserts; i++) {
                boolean isFlaky = (i + thread) % 5 == 0; // 5 of each thread's 25
                flaky.record(List.of(observation(KEY, isFlaky, T0.plusSeconds(thread * 1_000L + i))));
            }
        });

        FlakyRow row = flaky.find(KEY).orElseThrow();
        assertThat(row.totalRuns()).isEqualTo(threads * upserts);
        assertThat(row.flakyRuns()).isEqualTo(threads * 5);
        assertThat(row.lastRunAt()).isEqualTo(T0.plusSeconds(3 * 1_000L + 24));
        assertThat(row.lastFlakyAt()).isEqualTo(T0.plusSeconds(3 * 1_000L + 22)); // (22 + 3) % 5 == 0
    }

    @Test
    void theFlakiestHaveTheMostFlakyRunsThenTheHighestRate() {
        record("a.feature:1", 10, 3);
        record("b.feature:1", 4, 3);
        record("c.feature:1", 20, 5);
        record("d.feature:1", 7, 0);
        record("e.feature:1", 2, 1);

        assertThat(flaky.flakiest(10)).extracting(FlakyRow::scenarioKey)
                .containsExactly("c.feature:1", "b.feature:1", "a.feature:1", "e.feature:1");
        assertThat(flaky.flakiest(2)).extracting(FlakyRow::scenarioKey)
                .containsExactly("c.feature:1", "b.feature:1");
    }

    private void record(String key, int runs, int flakyRuns) {
        List<FlakyObservation> observations = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            observations.add(observation(key, i < flakyRuns, T0.plusSeconds(i)));
        }
        flaky.record(observations);
    }

    private static FlakyObservation observation(String key, boolean isFlaky, Instant at) {
        return new FlakyObservation(key, "Pokémon", "Pikachu is electric", isFlaky, at);
    }
}
