package io.pokeapi.suite.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A copy of the bundled fixtures in a temporary folder, with one document changed by a test. */
final class FixtureVariant {

    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().serializeNulls().create();

    private FixtureVariant() {
    }

    /** Copies the bundled fixtures under {@code root} and returns the copy's root (holding data/api/v2). */
    static Path copyOfBundled(Path root) throws IOException {
        Path source;
        try {
            source = Path.of(FixtureVariant.class.getResource("/replica-fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(file -> copy(file, root.resolve(source.relativize(file).toString())));
        }
        return root;
    }

    /** Changes the document at {@code data/api/v2/<resource>/<id>/index.json}. */
    static void edit(Path root, String resource, int id, Consumer<JsonObject> change) throws IOException {
        Path document = root.resolve("data/api/v2").resolve(resource).resolve(Integer.toString(id)).resolve("index.json");
        JsonObject json = JsonParser.parseString(Files.readString(document)).getAsJsonObject();
        change.accept(json);
        Files.writeString(document, PRETTY.toJson(json));
    }

    private static void copy(Path from, Path to) {
        try {
            if (Files.isDirectory(from)) {
                Files.createDirectories(to);
            } else {
                Files.copy(from, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
