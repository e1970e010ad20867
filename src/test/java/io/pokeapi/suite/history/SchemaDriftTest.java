package io.pokeapi.suite.history;

import static io.pokeapi.suite.history.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SchemaDriftTest {

    private static Shape shape(String... documents) {
        return Fixtures.shapeOf(List.of(documents).stream().map(Fixtures::json).toList());
    }

    private static SchemaDrift observed(Shape previous, List<? extends JsonElement> documents) {
        SchemaDrift drift = new SchemaDrift(previous);
        documents.forEach(drift::observe);
        return drift;
    }

    private static SchemaDrift observed(Shape previous, String... documents) {
        return observed(previous, List.of(documents).stream().map(Fixtures::json).toList());
    }

    @Test
    void aFirstRunHasNoChangesAndStoresWhatItSaw() {
        List<JsonObject> pokemon = Fixtures.allPokemon();

        SchemaDrift drift = observed(Shape.empty(), pokemon);

        assertThat(drift.changes()).isEmpty();
        assertThat(drift.changed()).isFalse();
        assertThat(drift.nextVersion()).isEqualTo(Fixtures.shapeOf(pokemon));
        assertThat(drift.nextVersion().typeOf("sprites.back_female")).isEqualTo("string|null");
    }

    @Test
    void nothingObservedChangesNothing() {
        Shape previous = shape("{\"id\": 1}");

        SchemaDrift drift = new SchemaDrift(previous);

        assertThat(drift.changes()).isEmpty();
        assertThat(drift.nextVersion()).isEqualTo(previous);
        assertThat(new SchemaDrift(Shape.empty()).nextVersion().isEmpty()).isTrue();
    }

    @Test
    void theSameDocumentsAgainChangeNothing() {
        List<JsonObject> pokemon = Fixtures.allPokemon();
        Shape previous = Fixtures.shapeOf(pokemon);

        SchemaDrift drift = observed(previous, pokemon);

        assertThat(drift.changes()).isEmpty();
        assertThat(drift.nextVersion()).isEqualTo(previous);
    }

    @Test
    void aVariantThatRemovesRetypesAndAddsAFieldInEveryPokemonGivesExactlyThoseThreeChanges() {
        Shape previous = Fixtures.shapeOf(Fixtures.allPokemon());
        List<JsonObject> variant = Fixtures.allPokemon();
        for (JsonObject pokemon : variant) {
            pokemon.remove("base_experience");
            pokemon.addProperty("height", pokemon.get("height").getAsString());
            pokemon.getAsJsonObject("sprites").addProperty("front_gray", "https://example.org/gray.png");
        }

        SchemaDrift drift = observed(previous, variant);

        assertThat(drift.changes()).containsExactly(
                SchemaChange.removed("base_experience", "integer"),
                SchemaChange.typeChanged("height", "integer", "string"),
                SchemaChange.added("sprites.front_gray", "string"));
        assertThat(drift.changed()).isTrue();
        Shape next = drift.nextVersion();
        assertThat(next.has("base_experience")).isFalse();
        assertThat(next.typeOf("height")).isEqualTo("string");
        assertThat(next.typeOf("sprites.front_gray")).isEqualTo("string");
        assertThat(next.fields()).hasSize(previous.fields().size());
        assertThat(observed(next, variant).changes()).as("the next run against the stored next version").isEmpty();
    }

    @Test
    void optionalArrayContentIsNotAChange() {
        // Bulbasaur, Charmander, Charizard and Squirtle hold no items; Pikachu and Raichu do.
        Shape previous = Fixtures.shapeOf(Fixtures.allPokemon());
        assertThat(previous.has("held_items[].item.name")).isTrue();

        SchemaDrift drift = observed(previous, List.of(Fixtures.pokemon(1), Fixtures.pokemon(4), Fixtures.pokemon(25)));

        assertThat(drift.changes()).isEmpty();
        assertThat(drift.nextVersion()).isEqualTo(previous);
    }

    @Test
    void aFieldMissingFromEveryElementOfDocumentsThatHaveElementsIsRemoved() {
        Shape previous = shape("""
                {"held_items": [{"item": {"name": "oran-berry"}, "version_details": []}]}
                """);

        SchemaDrift drift = observed(previous, """
                {"held_items": []}
                """, """
                {"held_items": [{"item": {"name": "light-ball"}}]}
                """);

        assertThat(drift.changes()).containsExactly(SchemaChange.removed("held_items[].version_details", "array"));
    }

    @Test
    void aFieldIsKeptWhileSomeDocumentWithItsParentHasIt() {
        Shape previous = shape("""
                {"sprites": {"front_default": "a", "back_female": "b"}}
                """);

        SchemaDrift drift = observed(previous, """
                {"sprites": {"front_default": "a"}}
                """, """
                {"sprites": {"front_default": "a", "back_female": "c"}}
                """);

        assertThat(drift.changes()).isEmpty();
    }

    @Test
    void aPathWhoseParentNeverAppearedIsNotJudged() {
        Shape previous = shape("""
                {"sprites": {"other": {"home": {"front_default": "x"}}},
                 "past_types": [{"generation": {"name": "generation-v"}, "types": []}]}
                """, """
                {"sprites": {"other": null}, "past_types": []}
                """);

        SchemaDrift drift = observed(previous, """
                {"sprites": {"other": null}, "past_types": []}
                """);

        assertThat(drift.changes()).isEmpty();
        assertThat(drift.nextVersion()).isEqualTo(previous);
    }

    @Test
    void rootFieldsAreNotJudgedByDocumentsThatAreNoObjects() {
        Shape previous = shape("{\"id\": 1}");

        SchemaDrift drift = observed(previous, "[1, 2]");

        assertThat(drift.changes()).containsExactly(
                SchemaChange.added("[]", "integer"));
    }

    @Test
    void aRemovedSubtreeIsReportedOnceAtItsTop() {
        Shape previous = shape("""
                {"id": 25, "cries": {"latest": "a.ogg", "legacy": "b.ogg"},
                 "forms": [{"name": "pikachu", "url": "/api/v2/pokemon-form/25/"}]}
                """);

        SchemaDrift drift = observed(previous, "{\"id\": 26}");

        assertThat(drift.changes()).containsExactly(
                SchemaChange.removed("cries", "object"),
                SchemaChange.removed("forms", "array"));
        assertThat(drift.nextVersion().fields()).containsOnlyKeys("id");
    }

    @Test
    void aRemovedNestedSubtreeIsReportedOnceAtItsTop() {
        Shape previous = shape("""
                {"sprites": {"front_default": "x", "other": {"home": {"front_default": "y"}}}}
                """);

        SchemaDrift drift = observed(previous, """
                {"sprites": {"front_default": "x"}}
                """);

        assertThat(drift.changes()).containsExactly(SchemaChange.removed("sprites.other", "object"));
        assertThat(drift.nextVersion().fields()).containsOnlyKeys("sprites", "sprites.front_default");
    }

    @Test
    void aTypeChangeNamesEveryKindSeenThisRun() {
        Shape previous = shape("{\"height\": 4}");

        SchemaDrift drift = observed(previous, "{\"height\": 4}", "{\"height\": \"5\"}");

        assertThat(drift.changes()).containsExactly(SchemaChange.typeChanged("height", "integer", "string|integer"));
        assertThat(drift.nextVersion().typeOf("height")).isEqualTo("string|integer");
    }

    @Test
    void aFieldThatBecomesNullableChangesType() {
        Shape previous = shape("{\"base_experience\": 64}");

        SchemaDrift drift = observed(previous, "{\"base_experience\": null}");

        assertThat(drift.changes()).containsExactly(
                SchemaChange.typeChanged("base_experience", "integer", "null"));
        assertThat(drift.nextVersion().typeOf("base_experience")).isEqualTo("null");
    }

    @Test
    void wholeValuesOfANumberFieldAreNoTypeChangeButFractionsOfAnIntegerFieldAre() {
        Shape numbers = shape("{\"rate\": 0.5}");
        Shape integers = shape("{\"rate\": 1}");

        assertThat(observed(numbers, "{\"rate\": 1}").changes()).isEmpty();
        assertThat(observed(numbers, "{\"rate\": 1}").nextVersion()).isEqualTo(numbers);
        assertThat(observed(integers, "{\"rate\": 0.5}").changes())
                .containsExactly(SchemaChange.typeChanged("rate", "integer", "number"));
    }

    @Test
    void aRunThatSeesFewerKindsOrFieldsDoesNotNarrowTheStoredShape() {
        Shape previous = shape("""
                {"sprites": {"back_female": "https://example.org/f.png"}, "held_items": [{"item": {"name": "x"}}]}
                """, """
                {"sprites": {"back_female": null}, "held_items": []}
                """);

        SchemaDrift drift = observed(previous, """
                {"sprites": {"back_female": null}, "held_items": []}
                """);

        assertThat(drift.changes()).isEmpty();
        assertThat(drift.nextVersion()).isEqualTo(previous);
        assertThat(drift.nextVersion().typeOf("sprites.back_female")).isEqualTo("string|null");
    }

    @Test
    void everyNewPathIsAddedWithItsKinds() {
        Shape previous = shape("{\"id\": 1, \"past_types\": []}");

        SchemaDrift drift = observed(previous, """
                {"id": 1, "past_types": [{"generation": {"name": "generation-v"}}]}
                """);

        assertThat(drift.changes()).containsExactly(
                SchemaChange.added("past_types[]", "object"),
                SchemaChange.added("past_types[].generation", "object"),
                SchemaChange.added("past_types[].generation.name", "string"));
        assertThat(drift.nextVersion().fields()).containsOnlyKeys(
                "id", "past_types", "past_types[]", "past_types[].generation", "past_types[].generation.name");
    }

    @Test
    void changesAreSortedByPath() {
        Shape previous = shape("{\"b\": 1, \"d\": 1, \"e\": {\"x\": 1}}");

        SchemaDrift drift = observed(previous, "{\"a\": 1, \"b\": \"1\", \"c\": 1, \"e\": {}}");

        assertThat(drift.changes()).extracting(SchemaChange::path).containsExactly("a", "b", "c", "d", "e.x");
    }

    @Test
    void parallelObservationGivesTheSameResultAsSequential() throws Exception {
        Shape previous = shape("""
                {"id": 1, "name": "x", "base_experience": 1, "held_items": [{"item": {"name": "y"}, "rarity": 1}]}
                """);
        List<JsonElement> documents = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            // Each document adds a field of its own, so a lost update changes the result.
            documents.add(json("{\"id\": " + i + ", \"name\": " + (i % 7 == 0 ? "null" : "\"p\"")
                    + ", \"extra_" + i + "\": " + i
                    + ", \"held_items\": " + (i % 3 == 0 ? "[]" : "[{\"item\": {\"name\": \"y\"}, \"rarity\": \"" + i + "\"}]")
                    + "}"));
        }
        SchemaDrift sequential = observed(previous, documents);

        SchemaDrift parallel = new SchemaDrift(previous);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> tasks = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int first = thread;
                tasks.add(pool.submit(() -> {
                    start.await();
                    for (int i = first; i < documents.size(); i += 8) {
                        parallel.observe(documents.get(i));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> task : tasks) {
                task.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(sequential.changes()).hasSize(3003).contains(
                SchemaChange.removed("base_experience", "integer"),
                SchemaChange.typeChanged("held_items[].rarity", "integer", "string"),
                SchemaChange.typeChanged("name", "string", "string|null"),
                SchemaChange.added("extra_2999", "integer"));
        assertThat(parallel.changes()).isEqualTo(sequential.changes());
        assertThat(parallel.nextVersion()).isEqualTo(sequential.nextVersion());
    }
}
