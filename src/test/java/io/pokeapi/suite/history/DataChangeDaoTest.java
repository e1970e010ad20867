package io.pokeapi.suite.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestDatabaseExtension.class)
class DataChangeDaoTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private final TestDatabase db;
    private final DataChangeDao changes;

    DataChangeDaoTest(TestDatabase db) {
        this.db = db;
        changes = db.dao(DataChangeDao.class);
    }

    @Test
    void valuesAreJsonOrAbsent() {
        UUID run = db.insertRun(T0);
        List<DataChangeRow> rows = List.of(
                change(run, "weight", "69", "70", T0),
                change(run, "cries.latest", null, "\"https://example.org/1.ogg\"", T0), // appeared
                change(run, "past_types", "[]", null, T0), // disappeared
                change(run, "sprites.back_female", "\"b.png\"", "null", T0), // became JSON null
                change(run, "species", "{\"name\": \"bulbasaur\"}", "{\"name\": \"ivysaur\"}", T0));

        changes.insert(rows);

        List<DataChangeRow> stored = changes.ofRun(run);
        assertThat(stored).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            DataChangeRow expected = rows.get(i);
            DataChangeRow actual = stored.get(i);
            assertThat(actual).usingRecursiveComparison().ignoringFields("oldValue", "newValue").isEqualTo(expected);
            assertThat(json(actual.oldValue())).isEqualTo(json(expected.oldValue()));
            assertThat(json(actual.newValue())).isEqualTo(json(expected.newValue()));
        }
        assertThat(stored.get(1).oldValue()).isNull();
        assertThat(stored.get(2).newValue()).isNull();
        assertThat(stored.get(3).newValue()).isEqualTo("null");
    }

    @Test
    void recentChangesComeLatestFirst() {
        UUID earlier = db.insertRun(T0);
        UUID later = db.insertRun(T0);
        DataChangeRow first = change(earlier, "weight", "69", "70", T0);
        DataChangeRow second = change(later, "weight", "70", "71", T0.plusSeconds(60));
        DataChangeRow third = change(later, "height", "7", "8", T0.plusSeconds(60));
        changes.insert(List.of(first));
        changes.insert(List.of(second, third));

        assertThat(changes.recent(2)).containsExactly(third, second);
        assertThat(changes.recent(10)).containsExactly(third, second, first);
        assertThat(changes.ofRun(earlier)).containsExactly(first);
    }

    private static Object json(String text) {
        return text == null ? null : JsonParser.parseString(text);
    }

    private static DataChangeRow change(UUID run, String path, String oldValue, String newValue, Instant at) {
        return new DataChangeRow(run, "/pokemon/{id}", "pokemon", 1, path, oldValue, newValue, at);
    }
}
