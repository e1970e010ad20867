package io.pokeapi.suite.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestDatabaseExtension.class)
class RunDaoTest {

    private final TestDatabase db;
    private final RunDao runs;

    RunDaoTest(TestDatabase db) {
        this.db = db;
        runs = db.dao(RunDao.class);
    }

    @Test
    void aRunIsOpenUntilFinished() {
        UUID id = UUID.randomUUID();
        Instant start = Instant.parse("2024-05-01T10:00:00.123456Z");
        Instant end = Instant.parse("2024-05-01T10:02:30Z");

        runs.insert(id, start, "https://pokeapi.co/api/v2", "@smoke and not @slow");
        assertThat(runs.find(id)).contains(
                new RunRow(id, start, null, "https://pokeapi.co/api/v2", "@smoke and not @slow", null));

        assertThat(runs.finish(id, end, "failed")).isTrue();
        assertThat(runs.find(id)).contains(
                new RunRow(id, start, end, "https://pokeapi.co/api/v2", "@smoke and not @slow", "failed"));
    }

    @Test
    void finishingAnUnknownRunChangesNothing() {
        assertThat(runs.finish(UUID.randomUUID(), Instant.now(), "passed")).isFalse();
        assertThat(runs.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aRunEndsPassedOrFailed() {
        UUID id = UUID.randomUUID();
        runs.insert(id, Instant.parse("2024-05-01T10:00:00Z"), "http://127.0.0.1:8000/api/v2", null);

        assertThatThrownBy(() -> runs.finish(id, Instant.parse("2024-05-01T10:01:00Z"), "skipped"))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasMessageContaining("runs_status_check");
    }
}
