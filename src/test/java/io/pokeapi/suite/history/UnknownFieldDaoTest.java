package io.pokeapi.suite.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestDatabaseExtension.class)
class UnknownFieldDaoTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private final TestDatabase db;
    private final UnknownFieldDao fields;

    UnknownFieldDaoTest(TestDatabase db) {
        this.db = db;
        fields = db.dao(UnknownFieldDao.class);
    }

    @Test
    void aRunsUnknownFieldsAreKeptBySchemaAndPath() {
        UUID run = db.insertRun(T0);
        UUID other = db.insertRun(T0);
        fields.insert(List.of(
                new UnknownFieldRow(run, "type/$id/index.json", "sprites", 21, T0),
                new UnknownFieldRow(run, "pokemon/$id/index.json", "sprites.other.showdown.front_female", 1351, T0),
                new UnknownFieldRow(other, "type/$id/index.json", "sprites", 21, T0)));

        assertThat(fields.ofRun(run)).containsExactly(
                new UnknownFieldRow(run, "pokemon/$id/index.json", "sprites.other.showdown.front_female", 1351, T0),
                new UnknownFieldRow(run, "type/$id/index.json", "sprites", 21, T0));
    }

    @Test
    void aFieldIsKeptOncePerRunAndSchema() {
        UUID run = db.insertRun(T0);
        UnknownFieldRow field = new UnknownFieldRow(run, "type/$id/index.json", "sprites", 21, T0);

        assertThatThrownBy(() -> fields.insert(List.of(field, field)))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasMessageContaining("schema_unknown_fields_run_field_key");
    }
}
