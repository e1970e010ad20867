package io.pokeapi.suite.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.pokeapi.suite.config.HistorySettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The history's parts that store what a run found, each against PostgreSQL on its own. */
@ExtendWith(TestDatabaseExtension.class)
class HistoryPartsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private final TestDatabase db;

    HistoryPartsTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void aNewEndpointsSchemaIsAFirstVersionAndAChangedOneANewVersionWithItsChanges() {
        UUID first = db.insertRun(T0);
        SchemaHistory schemas = new SchemaHistory(db.dao(SchemaDao.class));
        SchemaDrift fresh = new SchemaDrift(Shape.empty());
        fresh.observe(Fixtures.json("{\"id\": 1, \"name\": \"bulbasaur\"}"));

        assertThat(schemas.store(Map.of("/pokemon/{id}", fresh), first, T0)).as("a first version is no change").isEmpty();

        UUID second = db.insertRun(T0.plusSeconds(60));
        Shape stored = Shape.fromJson(Fixtures.json(db.dao(SchemaDao.class).latest("/pokemon/{id}").orElseThrow().shape()));
        SchemaDrift changed = new SchemaDrift(stored);
        changed.observe(Fixtures.json("{\"id\": \"1\", \"name\": \"bulbasaur\", \"color\": \"green\"}"));
        Map<String, List<SchemaChange>> changes = schemas.store(Map.of("/pokemon/{id}", changed), second,
                T0.plusSeconds(60));

        assertThat(changes.get("/pokemon/{id}")).extracting(SchemaChange::kind, SchemaChange::path)
                .containsExactlyInAnyOrder(
                        tuple(SchemaChange.Kind.TYPE_CHANGED, "id"), tuple(SchemaChange.Kind.FIELD_ADDED, "color"));
        assertThat(db.dao(SchemaDao.class).latest("/pokemon/{id}").orElseThrow().version()).isEqualTo(2);
        assertThat(db.dao(SchemaDao.class).changesOfRun(second)).hasSize(2);
    }

    @Test
    void aSlowerRunIsADeviationOnlyBeyondTheToleranceAndTheBaselineIsRenewedFromTheWindow() {
        HistorySettings settings = new HistorySettings(true, Optional.empty(), 5432, "x", "postgres", "",
                Path.of("unused"), Duration.ofDays(7), 0.2, true, Optional.of(Duration.ofDays(30)));
        Baselines baselines = new Baselines(db.dao(BaselineDao.class), settings);
        UUID steady = db.insertRun(T0);
        record(steady, 100, T0);
        assertThat(baselines.compare(steady)).as("no baseline yet").isEmpty();
        assertThat(baselines.renew(T0.plusSeconds(10))).containsEntry("/pokemon/{id}", 100.0);

        UUID slightly = db.insertRun(T0.plusSeconds(20));
        record(slightly, 115, T0.plusSeconds(20));
        UUID slow = db.insertRun(T0.plusSeconds(30));
        record(slow, 300, T0.plusSeconds(30));

        assertThat(baselines.compare(slightly)).as("within 20%").isEmpty();
        assertThat(baselines.compare(slow)).singleElement().satisfies(deviation -> {
            assertThat(deviation.endpoint()).isEqualTo("/pokemon/{id}");
            assertThat(deviation.slower()).isTrue();
            assertThat(deviation.runMs()).isEqualTo(300.0);
        });
        assertThat(db.dao(BaselineHistoryDao.class).historyOf("/pokemon/{id}")).hasSize(1);
    }

    @Test
    void scenarioResultsAreStoredAndFlakinessCountedAcrossRuns() {
        ScenarioHistory scenarios = new ScenarioHistory(db.dao(ScenarioResultDao.class), db.dao(FlakyDao.class));
        UUID first = db.insertRun(T0);
        UUID second = db.insertRun(T0.plusSeconds(60));

        scenarios.store(List.of(new ScenarioResult("features/a.feature:9", "A", "b", "passed", 2, true),
                new ScenarioResult("features/a.feature:3", "A", "a", "passed", 1, false)), first, T0);
        scenarios.store(List.of(new ScenarioResult("features/a.feature:9", "A", "b", "passed", 1, false)), second,
                T0.plusSeconds(60));

        assertThat(db.dao(ScenarioResultDao.class).ofRun(first)).hasSize(2);
        assertThat(db.dao(FlakyDao.class).flakiest(10)).filteredOn(row -> row.scenarioKey().equals("features/a.feature:9"))
                .singleElement().satisfies(row -> {
                    assertThat(row.totalRuns()).isEqualTo(2);
                    assertThat(row.flakyRuns()).isEqualTo(1);
                });
    }

    /** Ten samples of {@code ms} for /pokemon/{id} in {@code run}. */
    private void record(UUID run, double ms, Instant at) {
        List<ApiResponseRow> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(new ApiResponseRow(run, "/pokemon/{id}", "pokemon", 1, "bulbasaur", "http://x/pokemon/1", 200, ms,
                    at.plusMillis(i), null));
        }
        db.dao(ResponseDao.class).insertResponses(rows);
    }
}
