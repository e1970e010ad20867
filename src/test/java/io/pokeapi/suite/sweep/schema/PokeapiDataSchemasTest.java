package io.pokeapi.suite.sweep.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PokéAPI's published schemas against its real documents, both in ../shared/pokeapi-data
 * (or -Dpokeapi.data=...). Skipped where that folder is absent.
 */
class PokeapiDataSchemasTest {

    private static Path api;
    private static PublishedSchemas schemas;

    @BeforeAll
    static void compileThePublishedSchemas() {
        Path folder = Path.of(System.getProperty("pokeapi.data", "../shared/pokeapi-data")).toAbsolutePath();
        Assumptions.assumeTrue(Files.isDirectory(folder.resolve("data/schema/v2")),
                "no PokéAPI schemas at " + folder);
        api = folder.resolve("data/api/v2");
        schemas = PublishedSchemas.fromFolder(folder.resolve("data"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "25", "151", "493", "10033"})
    void realPokemonAndTheirEncountersFollowTheirSchemasAndHaveNoUnknownFields(String id) throws IOException {
        assertFollows(SchemaDocument.POKEMON, "pokemon/" + id + "/index.json");
        assertFollows(SchemaDocument.POKEMON_ENCOUNTERS, "pokemon/" + id + "/encounters/index.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "9", "65", "10001"})
    void realAbilitiesFollowTheirSchema(String id) throws IOException {
        assertFollows(SchemaDocument.ABILITY, "ability/" + id + "/index.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "10", "18", "10001", "10002"})
    void realTypesFollowTheirSchema(String id) throws IOException {
        assertFollows(SchemaDocument.TYPE, "type/" + id + "/index.json");
    }

    @Test
    void realListsFollowTheirSchemas() throws IOException {
        assertFollows(SchemaDocument.POKEMON_LIST, "pokemon/index.json");
        assertFollows(SchemaDocument.ABILITY_LIST, "ability/index.json");
        assertFollows(SchemaDocument.TYPE_LIST, "type/index.json");
    }

    @Test
    void aBrokenBulbasaurIsReportedFieldByField() throws IOException {
        JsonObject bulbasaur = json("pokemon/1/index.json");
        bulbasaur.addProperty("height", "7");
        bulbasaur.remove("weight");
        bulbasaur.getAsJsonArray("types").get(1).getAsJsonObject().getAsJsonObject("type").addProperty("url", 4);
        bulbasaur.getAsJsonArray("moves").get(3).getAsJsonObject().getAsJsonArray("version_group_details").get(0)
                .getAsJsonObject().addProperty("level_learned_at", "1");
        bulbasaur.getAsJsonArray("past_abilities").get(0).getAsJsonObject().getAsJsonArray("abilities").get(0)
                .getAsJsonObject().addProperty("ability", 3);

        SchemaResult result = schemas.validate(SchemaDocument.POKEMON, bulbasaur.toString());

        assertThat(result.violations()).containsExactlyInAnyOrder(
                new SchemaViolation("height", "expected integer but was string"),
                new SchemaViolation("weight", "missing"),
                new SchemaViolation("types[1].type.url", "expected string but was integer"),
                new SchemaViolation("moves[3].version_group_details[0].level_learned_at",
                        "expected integer but was string"),
                new SchemaViolation("past_abilities[0].abilities[0].ability",
                        "expected object or null but was integer"));
    }

    @Test
    void aPastAbilityThatIsAnIncompleteResourceIsReportedInsideIt() throws IOException {
        JsonObject bulbasaur = json("pokemon/1/index.json");
        JsonObject resource = new JsonObject();
        resource.addProperty("name", "chlorophyll");
        bulbasaur.getAsJsonArray("past_abilities").get(0).getAsJsonObject().getAsJsonArray("abilities").get(0)
                .getAsJsonObject().add("ability", resource);

        SchemaResult result = schemas.validate(SchemaDocument.POKEMON, bulbasaur.toString());

        assertThat(result.violations())
                .containsExactly(new SchemaViolation("past_abilities[0].abilities[0].ability.url", "missing"));
    }

    @Test
    void fieldsTheSchemasDoNotDescribeAreListedByGenericPath() throws IOException {
        JsonObject bulbasaur = json("pokemon/1/index.json");
        bulbasaur.getAsJsonObject("sprites").getAsJsonObject("other").getAsJsonObject("showdown")
                .addProperty("front_gigantamax", "x.png");
        bulbasaur.getAsJsonArray("abilities").forEach(ability -> ability.getAsJsonObject()
                .getAsJsonObject("ability").addProperty("generation", "generation-iii"));
        bulbasaur.addProperty("is_legendary", false);

        SchemaResult result = schemas.validate(SchemaDocument.POKEMON, bulbasaur.toString());

        assertThat(result.violations()).isEmpty();
        assertThat(result.unknownFields()).containsExactly("abilities[].ability.generation", "is_legendary",
                "sprites.other.showdown.front_gigantamax");
    }

    @Test
    void threadsValidatingAtOnceGetTheSameResultsAsOneAlone() throws Exception {
        JsonObject broken = json("pokemon/25/index.json");
        broken.addProperty("id", "25");
        broken.addProperty("shiny", true);
        Map<SchemaDocument, String> documents = Map.of(
                SchemaDocument.POKEMON, broken.toString(),
                SchemaDocument.POKEMON_ENCOUNTERS, read("pokemon/25/encounters/index.json"),
                SchemaDocument.TYPE, read("type/13/index.json"),
                SchemaDocument.ABILITY, read("ability/9/index.json"));
        List<Callable<Map<SchemaDocument, SchemaResult>>> runs = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            runs.add(() -> validateAll(documents));
        }
        Map<SchemaDocument, SchemaResult> alone = validateAll(documents);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Map<SchemaDocument, SchemaResult>> run : pool.invokeAll(runs)) {
                assertThat(run.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(alone.get(SchemaDocument.POKEMON).violations())
                .containsExactly(new SchemaViolation("id", "expected integer but was string"));
        assertThat(alone.get(SchemaDocument.POKEMON).unknownFields()).containsExactly("shiny");
    }

    private static Map<SchemaDocument, SchemaResult> validateAll(Map<SchemaDocument, String> documents) {
        Map<SchemaDocument, SchemaResult> results = new EnumMap<>(SchemaDocument.class);
        documents.forEach((document, body) -> results.put(document, schemas.validate(document, body)));
        return results;
    }

    private static void assertFollows(SchemaDocument document, String file) throws IOException {
        SchemaResult result = schemas.validate(document, read(file));

        assertThat(result.violations()).as(file).isEmpty();
        assertThat(result.unknownFields()).as(file).isEmpty();
    }

    private static JsonObject json(String file) throws IOException {
        return JsonParser.parseString(read(file)).getAsJsonObject();
    }

    private static String read(String file) throws IOException {
        return Files.readString(api.resolve(file));
    }
}
