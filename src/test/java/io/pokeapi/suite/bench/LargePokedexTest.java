package io.pokeapi.suite.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A generated Pokédex of 150 Pokémon from the real api-data subset; skipped where that subset is absent. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargePokedexTest {

    private static final int COUNT = 150;
    private static final Path BUILDS = Path.of("target", "test-pokedex");
    private static final Pattern ID_URL = Pattern.compile("/api/v2/([a-z-]+)/([0-9]+)/");

    private Path real;
    private Path api;

    @BeforeAll
    void build() {
        real = RealPokeapiData.folder().orElse(null);
        Assumptions.assumeTrue(real != null, "no PokéAPI data sample at ../shared/pokeapi-data or /work/shared");
        api = LargePokedex.build(real, BUILDS.resolve("pokedex-" + COUNT), COUNT).resolve("data/api/v2");
    }

    @Test
    void everyListedPokemonHasItsDocumentAndEncounters() {
        JsonObject list = read(api.resolve("pokemon/index.json"));
        assertThat(list.get("count").getAsInt()).isEqualTo(COUNT);
        assertThat(list.get("next").isJsonNull()).isTrue();
        assertThat(list.getAsJsonArray("results")).hasSize(COUNT);

        List<Integer> listed = new ArrayList<>();
        for (JsonElement result : list.getAsJsonArray("results")) {
            int id = idIn(result.getAsJsonObject().get("url").getAsString(), "pokemon");
            listed.add(id);
            JsonObject pokemon = read(LargePokedex.document(api, "pokemon", id));
            assertThat(pokemon.get("id").getAsInt()).isEqualTo(id);
            assertThat(pokemon.get("name").getAsString()).isEqualTo(result.getAsJsonObject().get("name").getAsString());
            assertThat(pokemon.get("location_area_encounters").getAsString())
                    .isEqualTo("/api/v2/pokemon/" + id + "/encounters");
            assertThat(JsonFiles.read(PokemonDocuments.encountersFile(api, id)).isJsonArray()).isTrue();
            pokemon.getAsJsonArray("forms").forEach(form -> idIn(form.getAsJsonObject().get("url").getAsString(),
                    "pokemon-form"));
            idIn(pokemon.getAsJsonObject("species").get("url").getAsString(), "pokemon-species");
        }
        assertThat(LargePokedex.documentIds(api.resolve("pokemon"))).containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void everyListedAbilityAndTypeHasItsDocumentAndTheirListsAreTheRealOnes() {
        for (String resource : List.of("ability", "type")) {
            JsonObject list = read(api.resolve(resource).resolve("index.json"));
            assertThat(list).isEqualTo(read(real.resolve("data/api/v2").resolve(resource).resolve("index.json")));
            for (JsonElement result : list.getAsJsonArray("results")) {
                int id = idIn(result.getAsJsonObject().get("url").getAsString(), resource);
                JsonObject document = read(LargePokedex.document(api, resource, id));
                assertThat(document.get("name")).isEqualTo(result.getAsJsonObject().get("name"));
            }
        }
        assertThat(api.resolveSibling("../schema/v2/pokemon/index.json").normalize()).isRegularFile();
    }

    @Test
    void abilitiesAndTypesNameExactlyThePokemonThatHoldThem() {
        for (String resource : List.of("ability", "type")) {
            Set<String> heldByPokemon = new HashSet<>();
            for (int id : LargePokedex.documentIds(api.resolve("pokemon"))) {
                JsonObject pokemon = read(LargePokedex.document(api, "pokemon", id));
                String field = resource.equals("ability") ? "abilities" : "types";
                for (JsonElement element : pokemon.getAsJsonArray(field)) {
                    JsonObject held = element.getAsJsonObject();
                    heldByPokemon.add(holding(idIn(held.getAsJsonObject(resource).get("url").getAsString(), resource),
                            id, pokemon.get("name").getAsString(), held));
                }
            }
            List<String> listedByHeld = new ArrayList<>();
            for (int id : LargePokedex.documentIds(api.resolve(resource))) {
                for (JsonElement element : read(LargePokedex.document(api, resource, id)).getAsJsonArray("pokemon")) {
                    JsonObject holder = element.getAsJsonObject();
                    JsonObject pokemon = holder.getAsJsonObject("pokemon");
                    listedByHeld.add(holding(id, idIn(pokemon.get("url").getAsString(), "pokemon"),
                            pokemon.get("name").getAsString(), holder));
                }
            }
            assertThat(heldByPokemon).isNotEmpty();
            assertThat(listedByHeld).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(heldByPokemon);
        }
    }

    @Test
    void idsAndNamesAreUniqueKeys() {
        Set<Integer> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int id : LargePokedex.documentIds(api.resolve("pokemon"))) {
            JsonObject pokemon = read(LargePokedex.document(api, "pokemon", id));
            assertThat(ids.add(pokemon.get("id").getAsInt())).as("id %d once", id).isTrue();
            String name = pokemon.get("name").getAsString();
            assertThat(name).matches("[a-z0-9-]+");
            assertThat(names.add(name)).as("name %s once", name).isTrue();
        }
        assertThat(ids).hasSize(COUNT);
    }

    @Test
    void theRealPokemonAreKeptAsTheyAreAndTheOthersAreMadeFromThem() {
        Path realApi = real.resolve("data/api/v2");
        List<Integer> realIds = LargePokedex.documentIds(realApi.resolve("pokemon"));
        for (int id : realIds) {
            assertThat(read(LargePokedex.document(api, "pokemon", id)))
                    .isEqualTo(read(LargePokedex.document(realApi, "pokemon", id)));
            assertThat(JsonFiles.read(PokemonDocuments.encountersFile(api, id)))
                    .isEqualTo(JsonFiles.read(PokemonDocuments.encountersFile(realApi, id)));
        }
        int generated = LargePokedex.documentIds(api.resolve("pokemon")).stream()
                .filter(id -> !realIds.contains(id)).findFirst().orElseThrow();
        JsonObject pokemon = read(LargePokedex.document(api, "pokemon", generated));
        JsonObject template = read(LargePokedex.document(realApi, "pokemon",
                idIn(pokemon.getAsJsonObject("species").get("url").getAsString(), "pokemon-species")));
        assertThat(pokemon.get("name").getAsString()).isEqualTo(template.get("name").getAsString() + "-" + generated);
        assertThat(pokemon.get("moves")).isEqualTo(template.get("moves"));
    }

    @Test
    void buildingAgainWithTheSameInputsReusesTheFolder() throws IOException {
        Path into = fresh("reused");
        LargePokedex.build(real, into, 64);
        Object before = fileKey(LargePokedex.document(into.resolve("data/api/v2"), "pokemon", 1));

        LargePokedex.build(real, into, 64);

        assertThat(fileKey(LargePokedex.document(into.resolve("data/api/v2"), "pokemon", 1))).isEqualTo(before);
    }

    @Test
    void aDifferentCountBuildsAgain() {
        Path into = fresh("recounted");
        LargePokedex.build(real, into, 64);

        LargePokedex.build(real, into, 66);

        Path builtApi = into.resolve("data/api/v2");
        assertThat(read(builtApi.resolve("pokemon/index.json")).get("count").getAsInt()).isEqualTo(66);
        assertThat(LargePokedex.documentIds(builtApi.resolve("pokemon"))).hasSize(66);
    }

    @Test
    void anEditedFolderIsBuiltAgain() {
        Path into = fresh("edited");
        LargePokedex.build(real, into, 64);
        LargePokedex.edit(into, "pokemon", 25, pikachu -> pikachu.addProperty("weight", 9999));
        assertThat(read(LargePokedex.document(into.resolve("data/api/v2"), "pokemon", 25)).get("weight").getAsInt())
                .isEqualTo(9999);

        LargePokedex.build(real, into, 64);

        assertThat(read(LargePokedex.document(into.resolve("data/api/v2"), "pokemon", 25)).get("weight"))
                .isEqualTo(read(LargePokedex.document(real.resolve("data/api/v2"), "pokemon", 25)).get("weight"));
    }

    @Test
    void aFolderHoldingSomethingElseIsLeftAlone() throws IOException {
        Path into = fresh("foreign");
        Files.createDirectories(into);
        Files.writeString(into.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> LargePokedex.build(real, into, 64))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a generated Pokédex");
        assertThat(into.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void twoBuildersOfOneFolderAtOnceBothGetTheSameCompletePokedex() throws Exception {
        Path into = fresh("built-twice-at-once");
        ExecutorService builders = Executors.newFixedThreadPool(2);
        try {
            List<Future<Path>> builds = List.of(builders.submit(() -> LargePokedex.build(real, into, 64)),
                    builders.submit(() -> LargePokedex.build(real, into, 64)));
            for (Future<Path> build : builds) {
                assertThat(build.get()).isEqualTo(into);
            }
        } finally {
            builders.shutdownNow();
        }
        assertThat(LargePokedex.isBuilt(real, into, 64)).isTrue();
        assertThat(read(into.resolve("data/api/v2/pokemon/index.json")).get("count").getAsInt()).isEqualTo(64);
    }

    private static Path fresh(String name) {
        Path folder = BUILDS.resolve(name);
        FileTrees.delete(folder);
        return folder;
    }

    private static String holding(int heldId, int pokemonId, String pokemonName, JsonObject entry) {
        return heldId + " held by " + pokemonId + " " + pokemonName + " in slot " + entry.get("slot")
                + (entry.has("is_hidden") ? ", hidden " + entry.get("is_hidden") : "");
    }

    private static int idIn(String url, String resource) {
        Matcher matcher = ID_URL.matcher(url);
        assertThat(matcher.matches()).as("%s is /api/v2/<resource>/<id>/", url).isTrue();
        assertThat(matcher.group(1)).isEqualTo(resource);
        return Integer.parseInt(matcher.group(2));
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    private static JsonObject read(Path file) {
        return JsonFiles.read(file).getAsJsonObject();
    }
}
