package io.pokeapi.suite.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A full-size Pokédex generated from a real api-data subset, for benchmarks and tests that walk every
 * Pokémon: as many Pokémon as asked, made from the real documents under new ids and names, each with its
 * encounters, and every ability and type listing exactly the generated Pokémon that hold it. The ability
 * and type lists, the API root and the JSON Schemas are the real ones.
 */
public final class LargePokedex {

    /** The marker of a complete build, naming its inputs: a folder whose marker matches is reused. */
    static final String MARKER = "large-pokedex.txt";
    // Raised whenever the generated documents change, so that folders built before are built again.
    private static final int FORMAT = 1;
    private static final String API = "data/api/v2";
    private static final String SCHEMAS = "data/schema/v2";
    private static final Pattern POKEMON_URL = Pattern.compile("/api/v2/pokemon/([0-9]+)/?");

    private LargePokedex() {
    }

    /**
     * Builds the Pokédex at {@code into}, or reuses the one there if it was built from the same inputs.
     *
     * @param realData     an api-data folder such as /work/shared/pokeapi-data
     * @param into         the folder to build, replaced if it holds a Pokédex built from other inputs
     * @param pokemonCount how many Pokémon it holds
     * @return {@code into}
     * @throws IllegalArgumentException if {@code realData} is not api-data, or {@code into} holds something else
     */
    public static synchronized Path build(Path realData, Path into, int pokemonCount) {
        Path realApi = realData.resolve(API);
        if (!Files.isRegularFile(realApi.resolve("pokemon").resolve("index.json"))) {
            throw new IllegalArgumentException("No PokéAPI data at " + realData.toAbsolutePath().normalize()
                    + ": expected " + API + "/pokemon/index.json there");
        }
        // Two processes (two test JVMs, two benchmarks) may ask for the same folder at once: one builds,
        // the other waits and then finds it built.
        Path lockFile = into.resolveSibling(into.getFileName() + ".lock");
        try {
            Files.createDirectories(lockFile.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                return buildUnlocked(realData, realApi, into, pokemonCount);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + lockFile + " to build the Pokédex", e);
        }
    }

    private static Path buildUnlocked(Path realData, Path realApi, Path into, int pokemonCount) {
        if (isBuilt(realData, into, pokemonCount)) {
            return into;
        }
        if (Files.exists(into) && !Files.isRegularFile(into.resolve(MARKER)) && !isEmpty(into)) {
            throw new IllegalArgumentException(into.toAbsolutePath().normalize()
                    + " exists and is not a generated Pokédex: remove it or build elsewhere");
        }
        // Built aside and moved in at the end, so that an interrupted build never looks complete.
        Path building = into.resolveSibling(into.getFileName() + ".building");
        FileTrees.delete(building);
        Path api = building.resolve(API);
        PokedexPlan plan = PokedexPlan.of(listed(realApi), new TreeSet<>(documentIds(realApi.resolve("pokemon"))),
                pokemonCount);
        PokemonDocuments pokemon = new PokemonDocuments(realApi, api);
        pokemon.write(plan);
        writePokemonList(plan, api.resolve("pokemon").resolve("index.json"));
        pokemon.abilities().rewrite(realApi, api);
        pokemon.types().rewrite(realApi, api);
        copy(realApi.resolve("index.json"), api.resolve("index.json"));
        copy(realApi.resolve("ability").resolve("index.json"), api.resolve("ability").resolve("index.json"));
        copy(realApi.resolve("type").resolve("index.json"), api.resolve("type").resolve("index.json"));
        if (Files.isDirectory(realData.resolve(SCHEMAS))) {
            FileTrees.copy(realData.resolve(SCHEMAS), building.resolve(SCHEMAS));
        }
        writeMarker(building, inputs(realData, pokemonCount));
        FileTrees.delete(into);
        try {
            Files.move(building, into, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + building + " to " + into, e);
        }
        return into;
    }

    /** Whether {@code into} holds a complete Pokédex built from these inputs. */
    static boolean isBuilt(Path realData, Path into, int pokemonCount) {
        Path marker = into.resolve(MARKER);
        try {
            return Files.isRegularFile(marker) && Files.readString(marker).equals(inputs(realData, pokemonCount));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Changes the document at {@code data/api/v2/<resource>/<id>/index.json} of an api-data folder, for a
     * test. The folder then no longer is what its inputs build: the next {@link #build} builds it again.
     * A folder not built here (such as a copy of the fixtures) is only edited.
     */
    public static void edit(Path data, String resource, int id, Consumer<JsonObject> change) {
        Path file = document(data.resolve(API), resource, id);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No document " + resource + "/" + id + " at " + file);
        }
        JsonElement json = JsonFiles.read(file);
        change.accept(json.getAsJsonObject());
        JsonFiles.write(file, json);
        // Still a generated Pokédex, which build may replace, but no longer what its inputs build.
        Path marker = data.resolve(MARKER);
        if (Files.isRegularFile(marker)) {
            try {
                Files.writeString(marker, "edited " + resource + "/" + id + "\n", StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot mark " + data + " as edited", e);
            }
        }
    }

    /** {@code <api>/<resource>/<id>/index.json}. */
    static Path document(Path api, String resource, int id) {
        return api.resolve(resource).resolve(Integer.toString(id)).resolve("index.json");
    }

    /** The ids of a resource's documents: its numbered folders that hold an index.json. */
    static List<Integer> documentIds(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(entry -> entry.getFileName().toString().matches("[0-9]+"))
                    .filter(entry -> Files.isRegularFile(entry.resolve("index.json")))
                    .map(entry -> Integer.valueOf(entry.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    /** The real Pokémon list: id to name. */
    private static Map<Integer, String> listed(Path realApi) {
        Path list = realApi.resolve("pokemon").resolve("index.json");
        Map<Integer, String> listed = new LinkedHashMap<>();
        for (JsonElement result : JsonFiles.read(list).getAsJsonObject().getAsJsonArray("results")) {
            JsonObject entry = result.getAsJsonObject();
            String url = entry.get("url").getAsString();
            Matcher id = POKEMON_URL.matcher(url);
            if (!id.matches()) {
                throw new IllegalArgumentException(list + " lists '" + url + "', not /api/v2/pokemon/<id>/");
            }
            listed.put(Integer.valueOf(id.group(1)), entry.get("name").getAsString());
        }
        return listed;
    }

    /** The list as api-data holds one: every Pokémon on one page, relative URLs. */
    private static void writePokemonList(PokedexPlan plan, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                JsonWriter json = new JsonWriter(out)) {
            json.beginObject();
            json.name("count").value(plan.pokemon().size());
            json.name("next").nullValue();
            json.name("previous").nullValue();
            json.name("results").beginArray();
            for (PokedexPlan.Planned pokemon : plan.pokemon()) {
                json.beginObject().name("name").value(pokemon.name())
                        .name("url").value("/api/v2/pokemon/" + pokemon.id() + "/").endObject();
            }
            json.endArray().endObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static String inputs(Path realData, int pokemonCount) {
        return "LargePokedex format " + FORMAT + "\nfrom " + realData.toAbsolutePath().normalize()
                + "\npokemon " + pokemonCount + "\n";
    }

    private static void writeMarker(Path folder, String inputs) {
        try {
            Files.writeString(folder.resolve(MARKER), inputs);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + folder.resolve(MARKER), e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + from + " to " + to, e);
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}
