package io.pokeapi.suite.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestDatabaseExtension.class)
class ScenarioResultDaoTest {

    private final TestDatabase db;

    ScenarioResultDaoTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void aRunsResultsAreStoredInABatch() {
        UUID run = UUID.randomUUID();
        UUID otherRun = UUID.randomUUID();
        RunDao runs = db.dao(RunDao.class);
        runs.insert(run, Instant.parse("2024-05-01T10:00:00Z"), "https://pokeapi.co/api/v2", "@smoke");
        runs.insert(otherRun, Instant.parse("2024-05-01T11:00:00Z"), "https://pokeapi.co/api/v2", null);
        List<ScenarioResultRow> results = List.of(
                new ScenarioResultRow(run, "features/pokemon.feature:12", "Pokémon", "Pikachu is electric",
                        "passed", 1, false),
                new ScenarioResultRow(run, "features/type.feature:30", "Types", "Fire beats grass",
                        "passed", 2, true),
                new ScenarioResultRow(run, "features/ability.feature:7", "Abilities", "Stench exists",
                        "failed", 4, false));
        ScenarioResultDao dao = db.dao(ScenarioResultDao.class);

        dao.insert(results);
        dao.insert(List.of(new ScenarioResultRow(otherRun, "features/pokemon.feature:12", "Pokémon",
                "Pikachu is electric", "skipped", 0, false)));

        assertThat(dao.ofRun(run)).containsExactlyElementsOf(results);
        assertThat(dao.ofRun(otherRun)).singleElement().extracting(ScenarioResultRow::status).isEqualTo("skipped");
    }
}
