package io.pokeapi.suite.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.pokeapi.suite.contract.JsonKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A new body read in one pass gives the shape and identity its tree gives, and nothing for what is not JSON. */
class StreamedDocumentTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"id\": 25, \"name\": \"pikachu\", \"types\": [{\"slot\": 1, \"type\": {\"name\": \"electric\"}}]}",
            "[{\"id\": 1}, {\"id\": \"2\", \"extra\": [[], [null, 1.5, 2.0, 1e2, -0, true]]}]",
            "{\"id\": \"25\", \"name\": 25}",
            "{\"id\": 1.5, \"name\": null, \"sprites\": {\"other\": {\"home\": {\"front\": null}}}}",
            "{\"id\": 12345678901, \"name\": \"\", \"a.b\": 1, \"a\": {\"b\": \"x\"}, \"empty\": {}}",
            "{}",
            "[]",
    })
    void aDocumentReadInOnePassHasTheShapeAndIdentityOfItsTree(String text) {
        assertReadAsItsTree(text);
    }

    @Test
    void everyBundledPokemonReadInOnePassHasTheShapeAndIdentityOfItsTree() {
        for (int id : Fixtures.POKEMON) {
            assertReadAsItsTree(Fixtures.pokemon(id).toString());
        }
    }

    @Test
    void everyRealPokemonReadInOnePassHasTheShapeAndIdentityOfItsTree() throws IOException {
        Path pokemon = Path.of(System.getProperty("pokeapi.data", "../shared/pokeapi-data"))
                .resolve("data/api/v2/pokemon").toAbsolutePath();
        Assumptions.assumeTrue(Files.isDirectory(pokemon), "no PokéAPI data at " + pokemon);
        List<Path> documents;
        try (Stream<Path> files = Files.walk(pokemon)) {
            documents = files.filter(file -> file.getFileName().toString().equals("index.json")).toList();
        }
        assertThat(documents).hasSizeGreaterThan(100); // every Pokémon and its encounters
        for (Path document : documents) {
            assertReadAsItsTree(Files.readString(document));
        }
    }

    @Test
    void aKeyRepeatedInAnObjectGivesTheKindsOfAllItsValuesAndTheLastIdentityAsATreeDoes() {
        // A tree keeps only a repeated key's last value; one pass cannot forget the first. Neither occurs in PokéAPI.
        String text = "{\"id\": 1, \"id\": \"one\", \"name\": 3, \"name\": \"b\", \"s\": {\"x\": 1, \"x\": null}}";

        assertThat(StreamedDocument.read(text)).hasValueSatisfying(read -> {
            assertThat(read.shape().fields()).containsOnly(
                    Map.entry("id", EnumSet.of(JsonKind.INTEGER, JsonKind.STRING)),
                    Map.entry("name", EnumSet.of(JsonKind.INTEGER, JsonKind.STRING)),
                    Map.entry("s", EnumSet.of(JsonKind.OBJECT)),
                    Map.entry("s.x", EnumSet.of(JsonKind.INTEGER, JsonKind.NULL)));
            assertThat(read.identity()).isEqualTo(JsonDocuments.identity(JsonParser.parseString(text)))
                    .isEqualTo(new JsonDocuments.Identity(null, "b", true));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Not Found", "25", "\"pikachu\"", "null", "{\"id\": 1} {\"id\": 2}", "{\"id\": 1,}",
            "{'id': 1}", "[1, 2", "{\"id\": NaN}"})
    void aBodyThatIsNoJsonObjectOrArrayGivesNothing(String text) {
        assertThat(StreamedDocument.read(text)).isEmpty();
    }

    private static void assertReadAsItsTree(String text) {
        JsonElement tree = JsonParser.parseString(text);
        assertThat(StreamedDocument.read(text)).as(text.length() > 200 ? text.substring(0, 200) + "…" : text)
                .hasValueSatisfying(read -> {
                    assertThat(read.shape()).isEqualTo(Shape.of(tree));
                    assertThat(read.identity()).isEqualTo(JsonDocuments.identity(tree));
                });
    }
}
