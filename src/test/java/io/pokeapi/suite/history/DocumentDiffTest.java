package io.pokeapi.suite.history;

import static io.pokeapi.suite.history.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DocumentDiffTest {

    private static List<DataChange> diff(String previous, String current) {
        return DocumentDiff.between(json(previous), json(current));
    }

    private static DataChange change(String path, String oldValue, String newValue) {
        return new DataChange(path, oldValue == null ? null : json(oldValue), newValue == null ? null : json(newValue));
    }

    private static final String STATIC = """
            {"ability": {"name": "static", "url": "/api/v2/ability/9/"}, "is_hidden": false, "slot": 1}""";
    private static final String LIGHTNING_ROD = """
            {"ability": {"name": "lightning-rod", "url": "/api/v2/ability/31/"}, "is_hidden": true, "slot": 3}""";
    private static final String VOLT_ABSORB = """
            {"ability": {"name": "volt-absorb", "url": "/api/v2/ability/10/"}, "is_hidden": false, "slot": 2}""";

    @Test
    void theSameDataHasNoChanges() {
        assertThat(diff("{\"id\": 25, \"a\": [1, 2], \"o\": {\"x\": null}}", "{\"o\": {\"x\": null}, \"a\": [1, 2], \"id\": 25}"))
                .isEmpty();
        assertThat(DocumentDiff.between(Fixtures.pokemon(25), Fixtures.pokemon(25))).isEmpty();
    }

    @Test
    void numbersAreComparedByValue() {
        assertThat(diff("{\"weight\": 60}", "{\"weight\": 60.0}")).isEmpty();
        assertThat(diff("{\"big\": 12345678901234567890}", "{\"big\": 12345678901234567891}"))
                .containsExactly(change("big", "12345678901234567890", "12345678901234567891"));
        assertThat(diff("{\"id\": 25}", "{\"id\": \"25\"}")).containsExactly(change("id", "25", "\"25\""));
    }

    @Test
    void aChangedValue() {
        List<DataChange> changes = diff("{\"id\": 25, \"height\": 4}", "{\"id\": 25, \"height\": 5}");

        assertThat(changes).containsExactly(change("height", "4", "5"));
        assertThat(changes.get(0)).hasToString("height: 4 → 5");
    }

    @Test
    void aChangedNestedValue() {
        assertThat(diff("""
                {"sprites": {"front_default": "a.png", "other": {"home": {"front_shiny": "b.png"}}}}
                """, """
                {"sprites": {"front_default": "a.png", "other": {"home": {"front_shiny": "c.png"}}}}
                """)).containsExactly(change("sprites.other.home.front_shiny", "\"b.png\"", "\"c.png\""));
    }

    @Test
    void anAddedAndARemovedField() {
        assertThat(diff("{\"id\": 25, \"order\": 35}", "{\"id\": 25, \"is_default\": true}")).containsExactly(
                change("is_default", null, "true"),
                change("order", "35", null));
    }

    @Test
    void aJsonNullIsAValueNotAnAbsence() {
        List<DataChange> changes = diff("{\"a\": null, \"b\": 1}", "{\"b\": null}");

        assertThat(changes).containsExactly(
                new DataChange("a", JsonNull.INSTANCE, null),
                new DataChange("b", new JsonPrimitive(1), JsonNull.INSTANCE));
        assertThat(DataChange.readableDiff(changes)).isEqualTo("a: null → (absent)\nb: 1 → null");
    }

    @Test
    void anAddedOrRemovedSubtreeIsOneChangeAtItsTop() {
        String cries = "{\"latest\": \"a.ogg\", \"legacy\": \"b.ogg\"}";

        assertThat(diff("{\"id\": 25}", "{\"id\": 25, \"cries\": " + cries + "}"))
                .containsExactly(change("cries", null, cries));
        assertThat(diff("{\"id\": 25, \"cries\": " + cries + "}", "{\"id\": 25}"))
                .containsExactly(change("cries", cries, null));
    }

    @Test
    void aValueThatChangesKindIsOneChangeWithItsSubtree() {
        assertThat(diff("{\"other\": {\"home\": {\"front\": \"x\"}}}", "{\"other\": null}"))
                .containsExactly(change("other", "{\"home\": {\"front\": \"x\"}}", "null"));
        assertThat(diff("{\"types\": [1]}", "{\"types\": {\"0\": 1}}"))
                .containsExactly(change("types", "[1]", "{\"0\": 1}"));
    }

    @Test
    void reorderedNamedElementsAreNoChange() {
        assertThat(diff("{\"abilities\": [" + STATIC + ", " + LIGHTNING_ROD + "]}",
                "{\"abilities\": [" + LIGHTNING_ROD + ", " + STATIC + "]}")).isEmpty();
        assertThat(diff("""
                {"forms": [{"name": "pikachu", "url": "/1"}, {"name": "pikachu-cap", "url": "/2"}]}
                """, """
                {"forms": [{"name": "pikachu-cap", "url": "/2"}, {"name": "pikachu", "url": "/1"}]}
                """)).isEmpty();
    }

    @Test
    void aNamedElementInsertedAtTheFrontIsExactlyOneChange() {
        List<DataChange> changes = diff("{\"abilities\": [" + STATIC + ", " + LIGHTNING_ROD + "]}",
                "{\"abilities\": [" + VOLT_ABSORB + ", " + STATIC + ", " + LIGHTNING_ROD + "]}");

        assertThat(changes).containsExactly(change("abilities[volt-absorb]", null, VOLT_ABSORB));
        assertThat(changes.get(0).toString())
                .startsWith("abilities[volt-absorb]: (absent) → {\"ability\":{\"name\":\"volt-absorb\"");
    }

    @Test
    void namedElementsAreComparedByName() {
        String hiddenStatic = STATIC.replace("\"is_hidden\": false", "\"is_hidden\": true");

        assertThat(diff("{\"abilities\": [" + STATIC + ", " + LIGHTNING_ROD + "]}",
                "{\"abilities\": [" + hiddenStatic + "]}")).containsExactly(
                change("abilities[lightning-rod]", LIGHTNING_ROD, null),
                change("abilities[static].is_hidden", "false", "true"));
    }

    @Test
    void localizedNamesAreKeyedByTheirLanguageNotTheirText() {
        assertThat(diff("""
                {"names": [{"language": {"name": "en"}, "name": "Static"}, {"language": {"name": "de"}, "name": "Statik"}]}
                """, """
                {"names": [{"language": {"name": "de"}, "name": "Statik"}, {"language": {"name": "en"}, "name": "Static!"}]}
                """)).containsExactly(change("names[en].name", "\"Static\"", "\"Static!\""));
    }

    @Test
    void entriesSharingALanguageAreComparedByPosition() {
        String fr = "{\"effect\": \"Paralyse.\", \"language\": {\"name\": \"fr\"}}";
        String en1 = "{\"effect\": \"Paralyzes.\", \"language\": {\"name\": \"en\"}}";
        String en2 = "{\"effect\": \"May paralyze.\", \"language\": {\"name\": \"en\"}}";

        assertThat(diff("{\"effect_entries\": [" + en1 + ", " + en2 + "]}",
                "{\"effect_entries\": [" + en2 + ", " + en1 + "]}")).containsExactly(
                change("effect_entries[0].effect", "\"Paralyzes.\"", "\"May paralyze.\""),
                change("effect_entries[1].effect", "\"May paralyze.\"", "\"Paralyzes.\""));
        // A unique language is an identity, though: then a reordering is no change.
        assertThat(diff("{\"effect_entries\": [" + fr + ", " + en1 + "]}",
                "{\"effect_entries\": [" + en1 + ", " + fr + "]}")).isEmpty();
    }

    @Test
    void entriesAboutTwoResourcesAreComparedByPosition() {
        String redBlue = "{\"level_learned_at\": 1, \"move_learn_method\": {\"name\": \"level-up\"}, \"version_group\": {\"name\": \"red-blue\"}}";
        String yellow = "{\"level_learned_at\": 1, \"move_learn_method\": {\"name\": \"level-up\"}, \"version_group\": {\"name\": \"yellow\"}}";

        assertThat(diff("{\"d\": [" + redBlue + ", " + yellow + "]}", "{\"d\": [" + yellow + ", " + redBlue + "]}"))
                .containsExactly(
                        change("d[0].version_group.name", "\"red-blue\"", "\"yellow\""),
                        change("d[1].version_group.name", "\"yellow\"", "\"red-blue\""));
    }

    @Test
    void arraysWithoutNamesAreComparedByPosition() {
        assertThat(diff("{\"g\": [1, 2, 3]}", "{\"g\": [1, 2, 3, 4]}")).containsExactly(change("g[3]", null, "4"));
        assertThat(diff("{\"g\": [1, 2, 3]}", "{\"g\": [1, 3]}")).containsExactly(
                change("g[1]", "2", "3"),
                change("g[2]", "3", null));
        assertThat(diff("""
                {"stats": [{"base_stat": 35, "effort": 0}, {"base_stat": 55, "effort": 0}]}
                """, """
                {"stats": [{"base_stat": 35, "effort": 0}, {"base_stat": 60, "effort": 0}]}
                """)).containsExactly(change("stats[1].base_stat", "55", "60"));
        assertThat(diff("{\"n\": [\"a\", {\"name\": \"b\"}]}", "{\"n\": [{\"name\": \"b\"}, \"a\"]}"))
                .as("not every element has a name").hasSize(2);
    }

    @Test
    void aDocumentThatIsAnArrayOrAValueHasPathsFromItsRoot() {
        assertThat(diff("[1, 2]", "[1, 5]")).containsExactly(change("[1]", "2", "5"));
        List<DataChange> changes = diff("4", "5");
        assertThat(changes).containsExactly(change("", "4", "5"));
        assertThat(changes.get(0)).hasToString("(document): 4 → 5");
    }

    @Test
    void changesComeInPathOrderWithPositionsInNumericOrder() {
        JsonArray before = new JsonArray();
        JsonArray after = new JsonArray();
        for (int i = 0; i < 12; i++) {
            before.add(i);
            after.add(i == 2 || i == 10 ? i + 100 : i);
        }
        JsonObject previous = json("{\"z\": 1, \"a\": {\"b\": 1}, \"a-b\": 1}").getAsJsonObject();
        JsonObject current = json("{\"z\": 2, \"a\": {\"b\": 2}, \"a-b\": 2}").getAsJsonObject();
        previous.add("m", before);
        current.add("m", after);

        assertThat(DocumentDiff.between(previous, current)).extracting(DataChange::path)
                .containsExactly("a.b", "a-b", "m[2]", "m[10]", "z");
    }

    @Test
    void aRealPokemonWithShuffledListsAndOneNewAbilityHasExactlyThatChange() {
        JsonObject pikachu = Fixtures.pokemon(25);
        JsonObject shuffled = pikachu.deepCopy();
        for (String list : List.of("abilities", "moves", "game_indices", "types", "held_items", "stats")) {
            shuffled.add(list, shuffle(shuffled.getAsJsonArray(list)));
        }
        shuffled.getAsJsonArray("abilities").add(json(VOLT_ABSORB));
        shuffled.addProperty("base_experience", 113);

        assertThat(DocumentDiff.between(pikachu, shuffled)).containsExactly(
                change("abilities[volt-absorb]", null, VOLT_ABSORB),
                change("base_experience", "112", "113"));
    }

    private static JsonArray shuffle(JsonArray array) {
        List<JsonElement> elements = new ArrayList<>(array.asList());
        Collections.reverse(elements); // at least one guaranteed move, whatever the seed
        Collections.shuffle(elements, new Random(25));
        JsonArray shuffled = new JsonArray();
        elements.forEach(shuffled::add);
        return shuffled;
    }
}
