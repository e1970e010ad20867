package io.pokeapi.suite.history;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

/** Real PokéAPI documents from the replica's bundled fixtures, and a short way to write small ones. */
final class Fixtures {

    /** Six of the Pokémon the bundled fixtures hold; 25 and 26 carry held items, the others an empty list. */
    static final int[] POKEMON = {1, 4, 6, 7, 25, 26};

    private Fixtures() {
    }

    static JsonElement json(String text) {
        return JsonParser.parseString(text);
    }

    static JsonObject pokemon(int id) {
        String resource = "/replica-fixtures/data/api/v2/pokemon/" + id + "/index.json";
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No bundled fixture " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return JsonParser.parseReader(reader).getAsJsonObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonObject> allPokemon() {
        return IntStream.of(POKEMON).mapToObj(Fixtures::pokemon).toList();
    }

    static Shape shapeOf(List<? extends JsonElement> documents) {
        return documents.stream().map(Shape::of).reduce(Shape.empty(), Shape::merge);
    }
}
