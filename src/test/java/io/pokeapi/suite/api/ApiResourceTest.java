package io.pokeapi.suite.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiResourceTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Pokémon   | POKEMON
            pokemon   | POKEMON
            ability   | ABILITY
            abilities | ABILITY
            Abilities | ABILITY
            type      | TYPE
            types     | TYPE
            """)
    void theResourceAWordMeans(String word, ApiResource resource) {
        assertThat(ApiResource.fromWord(word)).isEqualTo(resource);
    }

    @Test
    void anUnknownWordIsAClearError() {
        assertThatIllegalArgumentException().isThrownBy(() -> ApiResource.fromWord("berries"))
                .withMessageStartingWith("Unknown resource 'berries'")
                .withMessageContaining("Pokémon, abilities and types");
    }

    @Test
    void eachResourceHasTheApiPathSegment() {
        assertThat(ApiResource.POKEMON.path()).isEqualTo("pokemon");
        assertThat(ApiResource.ABILITY.path()).isEqualTo("ability");
        assertThat(ApiResource.TYPE.path()).isEqualTo("type");
    }

    @Test
    void readsAsTheFeatureWord() {
        assertThat(ApiResource.POKEMON).hasToString("pokémon");
        assertThat(ApiResource.POKEMON.word()).isEqualTo("Pokémon");
    }
}
