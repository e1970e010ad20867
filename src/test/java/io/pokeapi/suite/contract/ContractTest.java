package io.pokeapi.suite.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ContractTest {

    private static final Contract POKEMON = new Contract("pokemon", List.of(
            FieldRule.parse("id", "integer"),
            FieldRule.parse("name", "string"),
            FieldRule.parse("base_experience", "integer or null"),
            FieldRule.parse("is_default", "boolean"),
            FieldRule.parse("types[].slot", "integer"),
            FieldRule.parse("types[].type.name", "string"),
            FieldRule.parse("sprites.front_default", "string or null")));

    private static final JsonMapper JACKSON = JsonMapper.builder().build();

    private static JsonElement json(String text) {
        return JsonParser.parseString(text);
    }

    /** The violations in Gson's tree of {@code document}, which Jackson's tree of it must give alike. */
    private static List<Violation> check(Contract contract, String document) {
        List<Violation> violations = contract.check(json(document));
        assertThat(contract.check(JACKSON.readTree(document))).as("the same document read by Jackson")
                .isEqualTo(violations);
        return violations;
    }

    private static Contract contract(String path, String types) {
        return new Contract("test", List.of(FieldRule.parse(path, types)));
    }

    @Test
    void aDocumentThatKeepsTheContractHasNoViolations() {
        assertThat(check(POKEMON, """
                {"id": 25, "name": "pikachu", "base_experience": 112, "is_default": true,
                 "types": [{"slot": 1, "type": {"name": "electric"}}],
                 "sprites": {"front_default": "https://example.org/25.png"}}
                """)).isEmpty();
    }

    @Test
    void everyViolationIsReportedAtOnceInContractOrder() {
        List<Violation> violations = check(POKEMON, """
                {"id": "25", "base_experience": 1.5, "is_default": true,
                 "types": [{"slot": 1, "type": {"name": 13}}],
                 "sprites": {"front_default": false}}
                """);

        assertThat(violations).containsExactly(
                new Violation("id", "integer", "string"),
                new Violation("name", "string", "missing"),
                new Violation("base_experience", "integer or null", "number"),
                new Violation("types[0].type.name", "string", "integer"),
                new Violation("sprites.front_default", "string or null", "boolean"));
    }

    @Test
    void pathsNameTheConcreteArrayIndex() {
        List<Violation> violations = check(contract("types[].type.name", "string"), """
                {"types": [{"type": {"name": "grass"}}, {"type": {"name": null}}, {"type": {"name": "poison"}}]}
                """);

        assertThat(violations).containsExactly(new Violation("types[1].type.name", "string", "null"));
    }

    @Test
    void everyBrokenElementOfAnArrayIsReported() {
        List<Violation> violations = check(contract("types[].slot", "integer"), """
                {"types": [{"slot": "1"}, {"slot": 2}, {}]}
                """);

        assertThat(violations).containsExactly(
                new Violation("types[0].slot", "integer", "string"),
                new Violation("types[2].slot", "integer", "missing"));
    }

    @Test
    void aMissingFieldSaysMissing() {
        assertThat(check(contract("name", "string"), "{}"))
                .containsExactly(new Violation("name", "string", "missing"));
    }

    @Test
    void aMissingIntermediateObjectIsReportedOnceAtItsOwnPath() {
        Contract contract = new Contract("test", List.of(
                FieldRule.parse("sprites.front_default", "string or null"),
                FieldRule.parse("sprites.back_default", "string or null")));

        assertThat(contract.check(json("{}")))
                .containsExactly(new Violation("sprites", "object", "missing"));
    }

    @Test
    void aMissingArraySaysAnArrayWasExpected() {
        assertThat(check(contract("types[].slot", "integer"), "{}"))
                .containsExactly(new Violation("types", "array", "missing"));
    }

    @Test
    void aWrongTypeNamesExpectedAndActual() {
        List<Violation> violations = check(contract("height", "integer"), "{\"height\": \"seven\"}");

        assertThat(violations).containsExactly(new Violation("height", "integer", "string"));
        assertThat(violations.get(0)).hasToString("height: expected integer but was string");
    }

    @Test
    void stringOrNullAcceptsBoth() {
        Contract contract = contract("front_default", "string or null");

        assertThat(check(contract, "{\"front_default\": null}")).isEmpty();
        assertThat(check(contract, "{\"front_default\": \"x.png\"}")).isEmpty();
        assertThat(check(contract, "{\"front_default\": 1}"))
                .containsExactly(new Violation("front_default", "string or null", "integer"));
    }

    @Test
    void nullIsNotAcceptedWhereTheRuleDoesNotAllowIt() {
        assertThat(check(contract("name", "string"), "{\"name\": null}"))
                .containsExactly(new Violation("name", "string", "null"));
    }

    @Test
    void anIntegerSatisfiesNumber() {
        assertThat(check(contract("weight", "number"), "{\"weight\": 60}")).isEmpty();
    }

    @Test
    void aFractionIsNotAnInteger() {
        assertThat(check(contract("weight", "integer"), "{\"weight\": 1.5}"))
                .containsExactly(new Violation("weight", "integer", "number"));
    }

    @Test
    void fieldsTheContractDoesNotNameAreAllowed() {
        assertThat(check(contract("id", "integer"), "{\"id\": 25, \"cries\": {\"latest\": \"x.ogg\"}}")).isEmpty();
    }

    @Test
    void aNullIntermediateObjectPassesWhenTheRuleAllowsNull() {
        assertThat(check(contract("sprites.front_default", "string or null"), "{\"sprites\": null}")).isEmpty();
    }

    @Test
    void aNullIntermediateObjectIsAViolationWhenTheRuleDoesNotAllowNull() {
        assertThat(check(contract("sprites.front_default", "string"), "{\"sprites\": null}"))
                .containsExactly(new Violation("sprites", "object", "null"));
    }

    @Test
    void anIntermediateValueThatIsNoObjectIsAViolation() {
        assertThat(check(contract("species.name", "string"), "{\"species\": \"pikachu\"}"))
                .containsExactly(new Violation("species", "object", "string"));
    }

    @Test
    void anArrayElementThatIsNoObjectIsAViolationAtTheElement() {
        assertThat(check(contract("types[].slot", "integer"), "{\"types\": [{\"slot\": 1}, 2]}"))
                .containsExactly(new Violation("types[1]", "object", "integer"));
    }

    @Test
    void aFieldThatShouldBeAnArrayButIsNotIsAViolation() {
        assertThat(check(contract("types[].slot", "integer"), "{\"types\": {\"slot\": 1}}"))
                .containsExactly(new Violation("types", "array", "object"));
    }

    @Test
    void theElementsOfAnArrayOfValuesAreChecked() {
        assertThat(check(contract("names[]", "string"), "{\"names\": [\"a\", 1, \"c\"]}"))
                .containsExactly(new Violation("names[1]", "string", "integer"));
    }

    @Test
    void anEmptyArrayPasses() {
        assertThat(check(POKEMON, """
                {"id": 10, "name": "x", "base_experience": null, "is_default": false, "types": [],
                 "sprites": {"front_default": null}}
                """)).isEmpty();
    }

    @Test
    void aRootThatIsAnArrayIsOneViolationOfTheDocument() {
        assertThat(POKEMON.check(json("[{\"id\": 25}]")))
                .containsExactly(new Violation("(document)", "object", "array"));
    }

    @Test
    void aRootThatIsNullIsOneViolationOfTheDocument() {
        assertThat(POKEMON.check(json("null")))
                .containsExactly(new Violation("(document)", "object", "null"));
    }

    @Test
    void theContractKeepsItsName() {
        assertThat(POKEMON.name()).isEqualTo("pokemon");
    }

    @Test
    void laterChangesToTheRuleListDoNotChangeTheContract() {
        List<FieldRule> rules = new ArrayList<>(List.of(FieldRule.parse("id", "integer")));
        Contract contract = new Contract("test", rules);

        rules.add(FieldRule.parse("name", "string"));

        assertThat(contract.check(json("{\"id\": 1}"))).isEmpty();
    }
}
