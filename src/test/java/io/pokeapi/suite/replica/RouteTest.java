package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouteTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v2", "/api/v2/"})
    void apiRoot(String path) {
        assertThat(Route.parse(path)).isEqualTo(new Route.RootIndex());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v2/pokemon", "/api/v2/pokemon/"})
    void resourceList(String path) {
        assertThat(Route.parse(path)).isEqualTo(new Route.ResourceList("pokemon"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v2/pokemon/25", "/api/v2/pokemon/25/"})
    void documentById(String path) {
        assertThat(Route.parse(path)).isEqualTo(new Route.Document("pokemon", "25", Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v2/pokemon/pikachu", "/api/v2/pokemon/pikachu/"})
    void documentByName(String path) {
        assertThat(Route.parse(path)).isEqualTo(new Route.Document("pokemon", "pikachu", Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v2/pokemon/25/encounters", "/api/v2/pokemon/25/encounters/"})
    void nestedDocument(String path) {
        assertThat(Route.parse(path))
                .isEqualTo(new Route.Document("pokemon", "25", Optional.of("encounters")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v2/pokemon/Pikachu", "/api/v2/pokemon/abc!!", "/api/v2/pokemon/-1"})
    void keysAreLeftForTheResourceToJudge(String path) {
        // whether a key names anything depends on the resource's list, not on the path's shape
        assertThat(Route.parse(path)).isInstanceOf(Route.Document.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
        "", "/", "/api", "/api/v1/pokemon/25", "/api/v2x", "/api/v2pokemon",
        "/api/v2//pokemon", "/api/v2/pokemon//25", "/api/v2/pokemon/25//",
        "/api/v2/Pokemon/25", "/api/v2/../etc/passwd", "/api/v2/pokemon/25/../../x",
        "/api/v2/pokemon/25/Encounters", "/api/v2/pokemon/25/encounters/1",
        "/api/v2/%70okemon/25", "/api/v2/pokemon/25/.."
    })
    void everythingElseIsUnknown(String path) {
        assertThat(Route.parse(path)).isEqualTo(new Route.Unknown());
    }
}
