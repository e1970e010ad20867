package io.pokeapi.suite.history;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.pokeapi.suite.client.ApiResponse;
import io.pokeapi.suite.client.Endpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real Pokémon documents of ../shared/pokeapi-data (or -Dpokeapi.data=...) as a replica on
 * {@link #TARGET} answers them: compact, with absolute links. Each document can be answered under
 * many URLs, each copy with an id and a name of its own, so that every URL has a body of its own.
 */
final class PokemonDocuments {

    static final URI TARGET = URI.create("http://127.0.0.1:8080/api/v2");

    private static final String ID_MARK = "-987654321";
    private static final String NAME_MARK = "@name@";

    /** Each document compact and absolute, its top-level id and name replaced by marks. */
    private final List<Template> templates;

    private PokemonDocuments(List<Template> templates) {
        this.templates = templates;
    }

    /** Reads every Pokémon document of the sample; skips the calling test where the sample is absent. */
    static PokemonDocuments read() {
        Path folder = Path.of(System.getProperty("pokeapi.data", "../shared/pokeapi-data"))
                .resolve("data/api/v2/pokemon").toAbsolutePath();
        Assumptions.assumeTrue(Files.isDirectory(folder), "no PokéAPI data sample at " + folder);
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> documents = entries.map(entry -> entry.resolve("index.json")).filter(Files::isRegularFile)
                    .sorted().toList();
            List<Template> templates = new ArrayList<>();
            for (Path document : documents) {
                templates.add(Template.of(Files.readString(document)));
            }
            return new PokemonDocuments(templates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return templates.size();
    }

    /**
     * The {@code n}th response of a sweep over {@code copies × size()} URLs: document {@code n % size()},
     * under an id of its own.
     */
    ApiResponse response(int n) {
        Template template = templates.get(n % templates.size());
        int copy = n / templates.size();
        int id = template.id() + copy * 100_000;
        String body = template.body().replace(ID_MARK, String.valueOf(id))
                .replace(NAME_MARK, template.name() + (copy == 0 ? "" : "-" + copy));
        return response(id, body);
    }

    /** The response of {@code /pokemon/{id}} with this body. */
    static ApiResponse response(int id, String body) {
        return new ApiResponse("GET", TARGET + "/pokemon/" + id, new Endpoint("/pokemon/{id}"), 200,
                "application/json; charset=utf-8", body, Duration.ofMillis(5));
    }

    /** A document with its top-level id and name marked, to be filled in per copy. */
    private record Template(int id, String name, String body) {

        static Template of(String fileText) {
            JsonObject document = JsonParser.parseString(fileText).getAsJsonObject();
            int id = document.get("id").getAsInt();
            String name = document.get("name").getAsString();
            document.addProperty("id", Integer.parseInt(ID_MARK));
            document.addProperty("name", NAME_MARK);
            String compact = document.toString();
            return new Template(id, name, compact.replace("\"/api/v2/", "\"" + TARGET.resolve("/api/v2/")));
        }
    }
}
