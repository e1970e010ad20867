package io.pokeapi.suite.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldRuleTest {

    @Test
    void parsesASingleType() {
        assertThat(FieldRule.parse("id", "integer")).isEqualTo(new FieldRule("id", Set.of(JsonKind.INTEGER)));
    }

    @Test
    void parsesTypesJoinedByOr() {
        assertThat(FieldRule.parse("base_experience", "integer or null").allowed())
                .containsExactlyInAnyOrder(JsonKind.INTEGER, JsonKind.NULL);
    }

    @Test
    void parsesTypesJoinedByCommaOrBar() {
        assertThat(FieldRule.parse("front_default", "string, null").allowed())
                .containsExactlyInAnyOrder(JsonKind.STRING, JsonKind.NULL);
        assertThat(FieldRule.parse("front_default", "string | null").allowed())
                .containsExactlyInAnyOrder(JsonKind.STRING, JsonKind.NULL);
    }

    @Test
    void typeWordsIgnoreCaseAndSpaces() {
        assertThat(FieldRule.parse("  name ", " String ").allowed()).containsExactly(JsonKind.STRING);
        assertThat(FieldRule.parse("  name ", " String ").path()).isEqualTo("name");
    }

    @Test
    void anUnknownTypeWordIsAClearError() {
        assertThatIllegalArgumentException().isThrownBy(() -> FieldRule.parse("name", "text or null"))
                .withMessage("Unknown JSON type 'text': use string, integer, number, boolean, object, array or null");
    }

    @Test
    void noTypeAtAllIsAnError() {
        assertThatIllegalArgumentException().isThrownBy(() -> FieldRule.parse("name", " , "))
                .withMessage("No JSON type given for field 'name'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", ".name", "name.", "sprites..front_default"})
    void anInvalidPathIsRejected(String path) {
        assertThatIllegalArgumentException().isThrownBy(() -> FieldRule.parse(path, "string"))
                .withMessageStartingWith("Invalid field path");
    }

    @Test
    void theRuleDescribesItsTypesInAFixedOrder() {
        assertThat(FieldRule.parse("x", "null or string").describeAllowed()).isEqualTo("string or null");
        assertThat(FieldRule.parse("x", "number, integer").describeAllowed()).isEqualTo("integer or number");
    }

    @Test
    void anArrayStepStaysOneStep() {
        assertThat(FieldRule.parse("types[].type.name", "string").steps())
                .containsExactly("types[]", "type", "name");
    }
}
