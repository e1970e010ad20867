package io.pokeapi.suite.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiNamesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Lightning Rod  | lightning-rod
            Pikachu        | pikachu
            Farfetch’d     | farfetchd
            Farfetch'd     | farfetchd
            Mr. Mime       | mr-mime
            Mime Jr.       | mime-jr
            Flabébé        | flabebe
            Ho-Oh          | ho-oh
            Porygon2       | porygon2
            Type: Null     | type-null
            '  Static  '   | static
            """)
    void theApiNameOfADisplayName(String displayName, String apiName) {
        assertThat(ApiNames.of(displayName)).isEqualTo(apiName);
    }

    @Test
    void aListJoinedByCommasAndAnd() {
        assertThat(ApiNames.listOf("Grass, Ice, Bug and Steel")).containsExactly("grass", "ice", "bug", "steel");
    }

    @Test
    void aListOfOne() {
        assertThat(ApiNames.listOf("Electric")).containsExactly("electric");
    }

    @Test
    void aListOfTwoJoinedByAnd() {
        assertThat(ApiNames.listOf("Water and Flying")).containsExactly("water", "flying");
    }

    @Test
    void andInsideANameDoesNotSplitIt() {
        assertThat(ApiNames.listOf("Sand Veil and Sandstorm")).containsExactly("sand-veil", "sandstorm");
    }

    @Test
    void namesInAListAreConvertedToo() {
        assertThat(ApiNames.listOf("Lightning Rod, Static")).containsExactly("lightning-rod", "static");
    }
}
