package io.pokeapi.suite.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonKindTest {

    private static final JsonMapper JACKSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "pikachu"      | STRING
            ""             | STRING
            "25"           | STRING
            25             | INTEGER
            -1             | INTEGER
            0              | INTEGER
            5.0            | INTEGER
            0.0            | INTEGER
            1e2            | INTEGER
            1.5e1          | INTEGER
            12345678901234567890 | INTEGER
            1.5            | NUMBER
            -0.25          | NUMBER
            1e-2           | NUMBER
            true           | BOOLEAN
            false          | BOOLEAN
            {}             | OBJECT
            {"a": 1}       | OBJECT
            []             | ARRAY
            [1, 2]         | ARRAY
            null           | NULL
            """)
    void theKindOfAValue(String json, JsonKind kind) {
        assertThat(JsonKind.of(JsonParser.parseString(json))).as("read by Gson").isEqualTo(kind);
        assertThat(JsonKind.of(JACKSON.readTree(json))).as("read by Jackson").isEqualTo(kind);
    }

    @Test
    void aMissingValueIsNull() {
        assertThat(JsonKind.of((JsonElement) null)).isEqualTo(JsonKind.NULL);
        assertThat(JsonKind.of((JsonNode) null)).isEqualTo(JsonKind.NULL);
        assertThat(JsonKind.of(JACKSON.missingNode())).isEqualTo(JsonKind.NULL);
    }

    @Test
    void anIntegerSatisfiesNumberButNotTheOtherWayRound() {
        assertThat(JsonKind.INTEGER.satisfies(JsonKind.NUMBER)).isTrue();
        assertThat(JsonKind.NUMBER.satisfies(JsonKind.INTEGER)).isFalse();
    }

    @Test
    void everyKindSatisfiesItselfAndNoUnrelatedKind() {
        for (JsonKind kind : JsonKind.values()) {
            assertThat(kind.satisfies(kind)).as("%s satisfies itself", kind).isTrue();
            for (JsonKind other : JsonKind.values()) {
                if (other != kind && !(kind == JsonKind.INTEGER && other == JsonKind.NUMBER)) {
                    assertThat(kind.satisfies(other)).as("%s satisfies %s", kind, other).isFalse();
                }
            }
        }
    }

    @Test
    void parseReadsTheLowerCaseWord() {
        assertThat(JsonKind.parse("boolean")).isEqualTo(JsonKind.BOOLEAN);
        assertThat(JsonKind.parse(" Array ")).isEqualTo(JsonKind.ARRAY);
    }

    @Test
    void parseOfAnUnknownWordListsTheKnownOnes() {
        assertThatIllegalArgumentException().isThrownBy(() -> JsonKind.parse("float"))
                .withMessageContaining("'float'")
                .withMessageContaining("string, integer, number, boolean, object, array or null");
    }

    @Test
    void readsInLowerCase() {
        assertThat(JsonKind.INTEGER).hasToString("integer");
    }
}
