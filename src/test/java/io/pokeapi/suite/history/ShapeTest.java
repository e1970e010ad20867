package io.pokeapi.suite.history;

import static io.pokeapi.suite.contract.JsonKind.ARRAY;
import static io.pokeapi.suite.contract.JsonKind.BOOLEAN;
import static io.pokeapi.suite.contract.JsonKind.INTEGER;
import static io.pokeapi.suite.contract.JsonKind.NULL;
import static io.pokeapi.suite.contract.JsonKind.NUMBER;
import static io.pokeapi.suite.contract.JsonKind.OBJECT;
import static io.pokeapi.suite.contract.JsonKind.STRING;
import static io.pokeapi.suite.history.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.google.gson.JsonObject;
import io.pokeapi.suite.contract.JsonKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShapeTest {

    private static Map<String, Set<JsonKind>> fieldsOf(String document) {
        return Shape.of(json(document)).fields();
    }

    @Test
    void nestedFieldsAndNullsHaveDottedPaths() {
        assertThat(fieldsOf("""
                {"id": 25, "weight": 6.5, "is_default": true,
                 "sprites": {"front_default": "https://example.org/25.png", "back_female": null}}
                """)).containsExactly(
                entry("id", Set.of(INTEGER)),
                entry("is_default", Set.of(BOOLEAN)),
                entry("sprites", Set.of(OBJECT)),
                entry("sprites.back_female", Set.of(NULL)),
                entry("sprites.front_default", Set.of(STRING)),
                entry("weight", Set.of(NUMBER)));
    }

    @Test
    void arrayElementsShareOnePathAndTheirFieldsFollowIt() {
        assertThat(fieldsOf("""
                {"types": [{"slot": 1, "type": {"name": "electric", "url": "/api/v2/type/13/"}}]}
                """)).containsExactly(
                entry("types", Set.of(ARRAY)),
                entry("types[]", Set.of(OBJECT)),
                entry("types[].slot", Set.of(INTEGER)),
                entry("types[].type", Set.of(OBJECT)),
                entry("types[].type.name", Set.of(STRING)),
                entry("types[].type.url", Set.of(STRING)));
    }

    @Test
    void nestedArraysNestTheirPaths() {
        assertThat(fieldsOf("""
                {"moves": [{"move": {"name": "thunder-shock"},
                            "version_group_details": [{"level_learned_at": 1, "order": null}]}]}
                """)).containsOnlyKeys(
                "moves", "moves[]", "moves[].move", "moves[].move.name",
                "moves[].version_group_details", "moves[].version_group_details[]",
                "moves[].version_group_details[].level_learned_at", "moves[].version_group_details[].order");
    }

    @Test
    void anArraysElementShapeIsTheUnionOfItsElements() {
        assertThat(fieldsOf("""
                {"a": [{"x": 1}, {"y": "s"}, {"x": null}]}
                """)).containsExactly(
                entry("a", Set.of(ARRAY)),
                entry("a[]", Set.of(OBJECT)),
                entry("a[].x", Set.of(INTEGER, NULL)),
                entry("a[].y", Set.of(STRING)));
    }

    @Test
    void mixedElementKindsAreAllRecorded() {
        assertThat(fieldsOf("""
                {"a": [1, "two", null, [3.5], {"b": true}]}
                """)).containsExactly(
                entry("a", Set.of(ARRAY)),
                entry("a[]", Set.of(STRING, INTEGER, ARRAY, OBJECT, NULL)),
                entry("a[].b", Set.of(BOOLEAN)),
                entry("a[][]", Set.of(NUMBER)));
    }

    @Test
    void anEmptyArrayOrObjectRecordsOnlyItself() {
        assertThat(fieldsOf("""
                {"held_items": [], "cries": {}}
                """)).containsExactly(
                entry("cries", Set.of(OBJECT)),
                entry("held_items", Set.of(ARRAY)));
    }

    @Test
    void aRootArrayHasItsElementsAtBrackets() {
        assertThat(fieldsOf("""
                [{"id": 1}, {"id": "one"}, 2]
                """)).containsExactly(
                entry("[]", Set.of(INTEGER, OBJECT)),
                entry("[].id", Set.of(STRING, INTEGER)));
    }

    @Test
    void theDocumentItselfHasNoEntry() {
        assertThat(fieldsOf("5")).isEmpty();
        assertThat(fieldsOf("null")).isEmpty();
        assertThat(fieldsOf("{}")).isEmpty();
        assertThat(Shape.of(json("{}"))).isEqualTo(Shape.empty());
    }

    @Test
    void keysWithDotsBracketsOrNothingAreRecordedWithoutEscaping() {
        // Unescaped, such keys read like nested paths; an empty root key even reads like the document,
        // so its fields look like root fields. Neither occurs in PokéAPI; what matters is no crash.
        assertThat(fieldsOf("""
                {"generation-i": {"red-blue": {"front_gray": "x"}}, "a.b": 1, "c[]": [true], "": {"d]": null}}
                """)).containsExactly(
                entry("", Set.of(OBJECT)),
                entry("a.b", Set.of(INTEGER)),
                entry("c[]", Set.of(ARRAY)),
                entry("c[][]", Set.of(BOOLEAN)),
                entry("d]", Set.of(NULL)),
                entry("generation-i", Set.of(OBJECT)),
                entry("generation-i.red-blue", Set.of(OBJECT)),
                entry("generation-i.red-blue.front_gray", Set.of(STRING)));
    }

    @Test
    void twoPlacesThatReadAsOnePathGiveItTheKindsOfBoth() {
        assertThat(fieldsOf("""
                {"a.b": 1, "a": {"b": "x"}}
                """)).containsExactly(
                entry("a", Set.of(OBJECT)),
                entry("a.b", Set.of(INTEGER, STRING)));
    }

    @Test
    void mergeIsTheUnionAndLeavesBothShapesAlone() {
        Shape withSprite = Shape.of(json("""
                {"id": 25, "sprites": {"back_female": "https://example.org/f/25.png"}}
                """));
        Shape withoutSprite = Shape.of(json("""
                {"id": 1, "sprites": {"back_female": null}, "held_items": []}
                """));

        Shape merged = withSprite.merge(withoutSprite);

        assertThat(merged.fields()).containsExactly(
                entry("held_items", Set.of(ARRAY)),
                entry("id", Set.of(INTEGER)),
                entry("sprites", Set.of(OBJECT)),
                entry("sprites.back_female", Set.of(STRING, NULL)));
        assertThat(merged.typeOf("sprites.back_female")).isEqualTo("string|null");
        assertThat(withoutSprite.merge(withSprite)).isEqualTo(merged);
        assertThat(withSprite.fields()).containsOnlyKeys("id", "sprites", "sprites.back_female");
        assertThat(withSprite.typeOf("sprites.back_female")).isEqualTo("string");
        assertThat(withSprite.merge(Shape.empty())).isEqualTo(withSprite);
        assertThat(Shape.empty().merge(withSprite)).isEqualTo(withSprite);
    }

    @Test
    void typeOfListsKindsInEnumOrderWhateverOrderTheyWereSeenIn() {
        Shape shape = Shape.of(json("""
                {"a": [null, true, {}, "s", 1.5, 2, []]}
                """));

        assertThat(shape.typeOf("a[]")).isEqualTo("string|integer|number|boolean|object|array|null");
        assertThat(shape.typeOf("a")).isEqualTo("array");
        assertThat(shape.typeOf("missing")).isNull();
        assertThat(shape.kindsAt("missing")).isEmpty();
        assertThat(shape.has("a[]")).isTrue();
    }

    @Test
    void fieldsAreUnmodifiable() {
        Shape shape = Shape.of(json("{\"id\": 1}"));

        assertThatThrownBy(() -> shape.fields().put("name", EnumSet.of(STRING)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> shape.fields().get("id").add(NULL))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(shape.typeOf("id")).isEqualTo("integer");
    }

    @Test
    void toJsonIsSortedPathToTypeNames() {
        Shape shape = Shape.of(json("""
                {"sprites": {"back_female": null}, "id": 25}
                """)).merge(Shape.of(json("""
                {"sprites": {"back_female": "https://example.org/f/25.png"}}
                """)));

        assertThat(shape.toJson().toString()).isEqualTo(
                "{\"id\":[\"integer\"],\"sprites\":[\"object\"],\"sprites.back_female\":[\"string\",\"null\"]}");
    }

    @Test
    void aRealPokemonSurvivesTheJsonRoundTrip() {
        Shape pikachu = Shape.of(Fixtures.pokemon(25));

        Shape read = Shape.fromJson(json(pikachu.toJson().toString()));

        assertThat(read).isEqualTo(pikachu).hasSameHashCodeAs(pikachu);
        assertThat(read.fields()).containsExactlyEntriesOf(pikachu.fields());
    }

    @Test
    void fromJsonAcceptsReorderedKeysAndKinds() {
        // PostgreSQL's jsonb hands keys back in its own order.
        Shape read = Shape.fromJson(json("""
                {"sprites.back_female": ["null", "string"], "id": ["integer"]}
                """));

        assertThat(read.fields()).containsExactly(
                entry("id", Set.of(INTEGER)),
                entry("sprites.back_female", Set.of(STRING, NULL)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "null", "\"id\"", "3"})
    void fromJsonRejectsAnythingButAnObject(String garbage) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Shape.fromJson(json(garbage)))
                .withMessageContaining("must be a JSON object of field path to a list of JSON types");
        assertThatIllegalArgumentException().isThrownBy(() -> Shape.fromJson(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"height\": \"integer\"}",
            "{\"height\": []}",
            "{\"height\": [3]}",
            "{\"height\": [null]}",
            "{\"height\": [\"float\"]}",
            "{\"height\": {\"type\": \"integer\"}}"})
    void fromJsonNamesTheFieldWithBadTypes(String garbage) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Shape.fromJson(json(garbage)))
                .withMessageContaining("field 'height'");
    }

    @Test
    void aRealPokemonHasThePathsOfItsNestedArraysAndNullableSprites() {
        Shape pikachu = Shape.of(Fixtures.pokemon(25));

        assertThat(pikachu.typeOf("abilities[].ability.name")).isEqualTo("string");
        assertThat(pikachu.typeOf("moves[].version_group_details[].level_learned_at")).isEqualTo("integer");
        assertThat(pikachu.typeOf("moves[].version_group_details[].order")).isEqualTo("integer|null");
        assertThat(pikachu.typeOf("past_abilities[].abilities[].ability")).isEqualTo("null");
        assertThat(pikachu.typeOf("sprites.other.dream_world.front_female")).isEqualTo("null");
        assertThat(pikachu.typeOf("sprites.versions.generation-i.red-blue.front_gray")).isEqualTo("string");
        assertThat(pikachu.typeOf("past_types")).isEqualTo("array");
        assertThat(pikachu.has("past_types[]")).isFalse();
    }

    @Test
    void equalShapesAreEqual() {
        Shape one = Shape.of(json("{\"id\": 1, \"name\": \"bulbasaur\"}"));
        Shape same = Shape.of(json("{\"name\": \"pikachu\", \"id\": 25}"));
        Shape other = Shape.of(json("{\"id\": \"1\", \"name\": \"bulbasaur\"}"));

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
        assertThat(List.of(one.toString())).containsExactly("{\"id\":[\"integer\"],\"name\":[\"string\"]}");
        JsonObject written = one.toJson();
        written.remove("id");
        assertThat(one.has("id")).as("toJson hands out a copy").isTrue();
    }
}
