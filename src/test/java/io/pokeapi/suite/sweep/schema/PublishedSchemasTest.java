package io.pokeapi.suite.sweep.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Validation against the hand-written schemas: what a violation and an unknown field are called. */
class PublishedSchemasTest {

    private static final String BULBASAUR = """
            {"id": 1, "name": "bulbasaur", "base_experience": 64,
             "species": {"name": "bulbasaur", "url": "/api/v2/pokemon-species/1/"},
             "types": [{"slot": 1, "type": {"name": "grass", "url": "/api/v2/type/12/"}},
                       {"slot": 2, "type": {"name": "poison", "url": "/api/v2/type/4/"}}]}
            """;

    private static PublishedSchemas schemas;

    @BeforeAll
    static void compile() {
        schemas = PublishedSchemas.fromFolder(MinimalSchemas.folder());
    }

    @Test
    void aDocumentThatFollowsItsSchemaIsValidWithNoUnknownFields() {
        SchemaResult result = schemas.validate(SchemaDocument.POKEMON, BULBASAUR);

        assertThat(result.valid()).isTrue();
        assertThat(result.violations()).isEmpty();
        assertThat(result.unknownFields()).isEmpty();
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedByItsPath() {
        SchemaResult result = schemas.validate(SchemaDocument.POKEMON, BULBASAUR.replace("\"id\": 1", "\"id\": \"1\""));

        assertThat(result.violations()).containsExactly(new SchemaViolation("id", "expected integer but was string"));
    }

    @Test
    void aMissingRequiredFieldIsNamedByItsPath() {
        SchemaResult result = schemas.validate(SchemaDocument.POKEMON,
                BULBASAUR.replace("\"id\": 1, \"name\": \"bulbasaur\",", "\"id\": 1,"));

        assertThat(result.violations()).containsExactly(new SchemaViolation("name", "missing"));
    }

    @Test
    void aWrongTypeDeepInAnArrayIsNamedWithItsIndexes() {
        SchemaResult result = schemas.validate(SchemaDocument.POKEMON,
                BULBASAUR.replace("\"url\": \"/api/v2/type/4/\"", "\"url\": 4"));

        assertThat(result.violations())
                .containsExactly(new SchemaViolation("types[1].type.url", "expected string but was integer"));
    }

    @Test
    void aMissingFieldDeepInAnArrayIsNamedWithItsIndexes() {
        SchemaResult result = schemas.validate(SchemaDocument.POKEMON, BULBASAUR.replace("\"name\": \"grass\", ", ""));

        assertThat(result.violations()).containsExactly(new SchemaViolation("types[0].type.name", "missing"));
    }

    @Test
    void aNullableFieldNamesBothTypesWithNullLast() {
        SchemaResult result = schemas.validate(SchemaDocument.POKEMON,
                BULBASAUR.replace("\"base_experience\": 64", "\"base_experience\": \"64\""));

        assertThat(result.violations())
                .containsExactly(new SchemaViolation("base_experience", "expected integer or null but was string"));
    }

    @Test
    void aNullableObjectAcceptsNullAndNamesItsAlternativesWhenNeitherFits() {
        String species = "\"species\": {\"name\": \"bulbasaur\", \"url\": \"/api/v2/pokemon-species/1/\"}";

        SchemaResult asNull = schemas.validate(SchemaDocument.POKEMON, BULBASAUR.replace(species, "\"species\": null"));
        SchemaResult asNumber = schemas.validate(SchemaDocument.POKEMON, BULBASAUR.replace(species, "\"species\": 1"));

        assertThat(asNull.violations()).isEmpty();
        assertThat(asNumber.violations())
                .containsExactly(new SchemaViolation("species", "expected object or null but was integer"));
    }

    @Test
    void aNullableObjectThatIsAnObjectReportsOnlyWhatTheObjectLacks() {
        SchemaResult result = schemas.validate(SchemaDocument.POKEMON,
                BULBASAUR.replace("\"url\": \"/api/v2/pokemon-species/1/\"", "\"url\": null"));

        assertThat(result.violations())
                .containsExactly(new SchemaViolation("species.url", "expected string but was null"));
    }

    @Test
    void aDocumentOfTheWrongKindIsAViolationOfTheDocumentItself() {
        SchemaResult result = schemas.validate(SchemaDocument.POKEMON, "[1, 2]");

        assertThat(result.violations())
                .containsExactly(new SchemaViolation("(document)", "expected object but was array"));
    }

    @Test
    void theElementsOfADocumentThatIsAnArrayAreNamedByTheirIndex() {
        String encounters = """
                [{"location_area": {"name": "a", "url": "/a/"}, "max_chance": 10},
                 {"location_area": {"name": "b"}, "max_chance": "10"}]
                """;

        SchemaResult result = schemas.validate(SchemaDocument.POKEMON_ENCOUNTERS, encounters);

        assertThat(result.violations()).containsExactlyInAnyOrder(
                new SchemaViolation("[1].location_area.url", "missing"),
                new SchemaViolation("[1].max_chance", "expected integer but was string"));
    }

    @Test
    void aListFollowsTheSchemaItsEntryFileRefersTo() {
        SchemaResult result = schemas.validate(SchemaDocument.TYPE_LIST,
                "{\"count\": 1, \"next\": null, \"results\": [{\"name\": \"normal\", \"url\": 1}]}");

        assertThat(result.violations())
                .containsExactly(new SchemaViolation("results[0].url", "expected string but was integer"));
    }

    @Test
    void unknownFieldsAreListedByGenericPathOnceEachAndSorted() {
        String withExtras = BULBASAUR
                .replace("\"slot\": 1,", "\"slot\": 1, \"shiny\": true,")
                .replace("\"slot\": 2,", "\"slot\": 2, \"shiny\": false,")
                .replace("\"name\": \"grass\",", "\"name\": \"grass\", \"colour\": \"green\",")
                .replace("\"id\": 1,", "\"id\": 1, \"weight\": 69, \"cries\": {\"latest\": \"x\"},");

        SchemaResult result = schemas.validate(SchemaDocument.POKEMON, withExtras);

        assertThat(result.valid()).isTrue();
        assertThat(result.unknownFields()).containsExactly("cries", "types[].shiny", "types[].type.colour", "weight");
    }

    @Test
    void unknownFieldsOfTheElementsOfADocumentThatIsAnArrayStartWithTheirBrackets() {
        SchemaResult result = schemas.validate(SchemaDocument.POKEMON_ENCOUNTERS,
                "[{\"location_area\": {\"name\": \"a\", \"url\": \"/a/\"}, \"max_chance\": 10,"
                        + " \"version_details\": []}]");

        assertThat(result.unknownFields()).containsExactly("[].version_details");
    }

    @Test
    void aBodyThatIsNotJsonIsOneViolationOfTheDocument() {
        SchemaResult result = schemas.validate(SchemaDocument.ABILITY, "{\"id\": 1,");

        assertThat(result.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.path()).isEqualTo("(document)");
            assertThat(violation.problem()).startsWith("not valid JSON: ").doesNotContain("\n");
        });
    }

    @Test
    void theGenericPathLeavesOutTheArrayIndexes() {
        assertThat(SchemaResult.genericPath("types[2].type.url")).isEqualTo("types[].type.url");
        assertThat(SchemaResult.genericPath("[0].version_details[12].encounter_details[3].chance"))
                .isEqualTo("[].version_details[].encounter_details[].chance");
        assertThat(SchemaResult.genericPath("sprites.other.showdown.front_female"))
                .isEqualTo("sprites.other.showdown.front_female");
    }
}
