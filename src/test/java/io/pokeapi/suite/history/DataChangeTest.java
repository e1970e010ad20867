package io.pokeapi.suite.history;

import static io.pokeapi.suite.history.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataChangeTest {

    @Test
    void valuesShowAsCompactJson() {
        assertThat(new DataChange("abilities[lightning-rod]", null, json("""
                {"ability": {"name": "lightning-rod"}, "is_hidden": true}
                """))).hasToString("abilities[lightning-rod]: (absent) → {\"ability\":{\"name\":\"lightning-rod\"},\"is_hidden\":true}");
        assertThat(new DataChange("name", json("\"<pikachu> é\""), null)).hasToString("name: \"<pikachu> é\" → (absent)");
    }

    @Test
    void longValuesAreCutToEightyCharacters() {
        String longText = "x".repeat(200);

        String shown = new DataChange("flavor_text", new JsonPrimitive(longText), new JsonPrimitive("short")).toString();

        String oldShown = shown.substring("flavor_text: ".length(), shown.indexOf(" → "));
        assertThat(oldShown).hasSize(80).startsWith("\"xxx").endsWith("x…");
        assertThat(shown).endsWith(" → \"short\"");
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String emoji = "\uD83D\uDE00".repeat(100);

        String shown = new DataChange("e", null, new JsonPrimitive(emoji)).toString();

        String newShown = shown.substring(shown.indexOf(" → ") + 3);
        assertThat(newShown.codePointCount(0, newShown.length())).isEqualTo(80);
        assertThat(newShown).endsWith("\uD83D\uDE00…");
    }

    @Test
    void readableDiffHasOneLinePerChange() {
        List<DataChange> changes = DocumentDiff.between(json("""
                {"height": 4, "abilities": [{"ability": {"name": "static"}, "slot": 1}], "order": 35}
                """), json("""
                {"height": 5, "abilities": [{"ability": {"name": "static"}, "slot": 1},
                                            {"ability": {"name": "lightning-rod"}, "slot": 3}]}
                """));

        assertThat(DataChange.readableDiff(changes)).isEqualTo("""
                abilities[lightning-rod]: (absent) → {"ability":{"name":"lightning-rod"},"slot":3}
                height: 4 → 5
                order: 35 → (absent)""");
        assertThat(DataChange.readableDiff(List.of())).isEmpty();
    }

    @Test
    void aChangeKeepsItsValuesWhenTheDocumentIsEditedLater() {
        JsonObject added = json("{\"name\": \"static\"}").getAsJsonObject();
        DataChange change = new DataChange("abilities[static]", null, added);

        added.addProperty("name", "edited");

        assertThat(change.newValue()).isEqualTo(json("{\"name\": \"static\"}"));
        assertThat(change.isAddition()).isTrue();
        assertThat(change.isRemoval()).isFalse();
    }

    @Test
    void aChangeNeedsAValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DataChange("a", null, null));
    }
}
