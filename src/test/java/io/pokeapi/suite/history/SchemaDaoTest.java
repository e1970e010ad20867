package io.pokeapi.suite.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestDatabaseExtension.class)
class SchemaDaoTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private final TestDatabase db;
    private final SchemaDao schemas;

    SchemaDaoTest(TestDatabase db) {
        this.db = db;
        schemas = db.dao(SchemaDao.class);
    }

    @Test
    void anEndpointWithoutVersionsHasNoLatest() {
        assertThat(schemas.latest("/pokemon/{id}")).isEmpty();
    }

    @Test
    void theLatestVersionIsTheEndpointsHighest() {
        UUID run = db.insertRun(T0);
        String v1 = "{\"id\": \"number\", \"name\": \"string\"}";
        String v2 = "{\"id\": \"number\", \"name\": \"string\", \"weight\": \"number\"}";
        long first = schemas.insertVersion("/pokemon/{id}", 1, v1, run);
        long second = schemas.insertVersion("/pokemon/{id}", 2, v2, run);
        schemas.insertVersion("/type/{id}", 1, "{}", run);
        schemas.insertVersion("/type/{id}", 2, "{}", run);
        schemas.insertVersion("/type/{id}", 3, "{}", null);

        SchemaVersionRow latest = schemas.latest("/pokemon/{id}").orElseThrow();

        assertThat(second).isGreaterThan(first);
        assertThat(latest.id()).isEqualTo(second);
        assertThat(latest.endpoint()).isEqualTo("/pokemon/{id}");
        assertThat(latest.version()).isEqualTo(2);
        assertThat(JsonParser.parseString(latest.shape())).isEqualTo(JsonParser.parseString(v2));
        assertThat(latest.runId()).isEqualTo(run);
        assertThat(latest.createdAt()).isNotNull();
        assertThat(schemas.latest("/type/{id}")).get().extracting(SchemaVersionRow::version).isEqualTo(3);
    }

    @Test
    void anEndpointHasEachVersionOnce() {
        UUID run = db.insertRun(T0);
        schemas.insertVersion("/ability/{id}", 1, "{}", run);

        assertThatThrownBy(() -> schemas.insertVersion("/ability/{id}", 1, "{\"id\": \"number\"}", run))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasMessageContaining("schema_versions_endpoint_version_key");
    }

    @Test
    void changesAreListedByRunAndLatestFirst() {
        UUID earlier = db.insertRun(T0);
        UUID later = db.insertRun(T0);
        long v1 = schemas.insertVersion("/pokemon/{id}", 1, "{}", earlier);
        long v2 = schemas.insertVersion("/pokemon/{id}", 2, "{}", later);
        List<SchemaChangeRow> earlierChanges = List.of(
                change(v1, earlier, SchemaChangeRow.FIELD_ADDED, "weight", null, "number", T0),
                change(v1, earlier, SchemaChangeRow.FIELD_REMOVED, "height", "number", null, T0));
        List<SchemaChangeRow> laterChanges = List.of(
                change(v2, later, SchemaChangeRow.TYPE_CHANGED, "sprites.front_default", "string", "null",
                        T0.plusSeconds(60)),
                change(v2, later, SchemaChangeRow.FIELD_ADDED, "cries.latest", null, "string", T0.plusSeconds(60)));

        schemas.insertChanges(earlierChanges);
        schemas.insertChanges(laterChanges);

        assertThat(schemas.changesOfRun(earlier)).containsExactlyElementsOf(earlierChanges);
        assertThat(schemas.changesOfRun(later)).containsExactlyElementsOf(laterChanges);
        assertThat(schemas.recentChanges(3)).containsExactly(laterChanges.get(1), laterChanges.get(0),
                earlierChanges.get(1));
    }

    @Test
    void aChangeCarriesTheTypesItsKindNeeds() {
        UUID run = db.insertRun(T0);
        long v1 = schemas.insertVersion("/pokemon/{id}", 1, "{}", run);

        assertThatThrownBy(() -> schemas.insertChanges(List.of(
                change(v1, run, SchemaChangeRow.FIELD_ADDED, "weight", "number", "number", T0))))
                .hasMessageContaining("schema_changes_types_check");
        assertThatThrownBy(() -> schemas.insertChanges(List.of(
                change(v1, run, "field_renamed", "weight", "number", "number", T0))))
                .hasMessageContaining("schema_changes_change_type_check");
    }

    private static SchemaChangeRow change(long version, UUID run, String type, String path, String oldType,
                                          String newType, Instant at) {
        return new SchemaChangeRow(version, "/pokemon/{id}", type, path, oldType, newType, run, at);
    }
}
