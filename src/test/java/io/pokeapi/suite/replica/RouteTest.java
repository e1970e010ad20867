package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    void encountersUnderADocument(String path) {
        assertThat(Route.parse(path))
                .isEqualTo(new Route.Document("pokemon", "25", Optional.of("encounters")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v2/pokemon/Pikachu", "/api/v2/pokemon/PIKACHU", "/api/v2/pokemon/piKAchu/"})
    void theKeyIsLookedUpLowerCased(String path) {
        assertThat(Route.parse(path)).isEqualTo(new Route.Document("pokemon", "pikachu", Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/api/v2/pokemon/-1, -1",
        "/api/v2/pokemon/0, 0",
        "/api/v2/pokemon/025, 025",
        "/api/v2/pokemon/mr_mime, mr_mime",
        "/api/v2/pokemon/%70ikachu, pikachu",
    })
    void keysOfTheRightShapeAreLeftForTheResourceToJudge(String path, String key) {
        assertThat(Route.parse(path)).isEqualTo(new Route.Document("pokemon", key, Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v2/Pokemon/25", "/api/v2/digimon/1", "/api/v2/../etc"})
    void anyResourceNameIsLeftForTheDataToJudge(String path) {
        // which resources exist is the served root document's business
        assertThat(Route.parse(path)).isInstanceOf(Route.Document.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v2/%70okemon/25, pokemon", "/api/v2/Pokemon/25, Pokemon", "/api/v2/a+b/25, a+b"})
    void theResourceIsDecodedButKeepsItsCase(String path, String resource) {
        assertThat(Route.parse(path)).isEqualTo(new Route.Document(resource, "25", Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/v2/pokemon/abc!!", "/api/v2/pokemon/pika%20chu", "/api/v2/pokemon/pika+chu",
        "/api/v2/pokemon/%F0%9F%94%A5", "/api/v2/pokemon/2.5", "/api/v2/pokemon/pok%C3%A9mon",
        "/api/v2/pokemon/%2e%2e", "/api/v2/pokemon/a%2Fb", "/api/v2/pokemon/%zz", "/api/v2/%zz/",
        "/api/v2/pokemon/25/Encounters", "/api/v2/pokemon/25/moves", "/api/v2/pokemon/25/..",
        "/api/v2/pokemon/abc!!/encounters", "/api/v2/../etc/passwd"
    })
    void malformedKeysAndNestedSegmentsAreBadRequests(String path) {
        assertThat(Route.parse(path)).isEqualTo(new Route.BadRequest());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
        "", "/", "/api", "/api/v1/pokemon/25", "/api/v2x", "/api/v2pokemon",
        "/api/v2//pokemon", "/api/v2/pokemon//25", "/api/v2/pokemon/25//", "/api/v2//",
        "/api/v2/pokemon/25/encounters/1", "/api/v2/pokemon/25/../../x"
    })
    void everythingElseIsUnknown(String path) {
        assertThat(Route.parse(path)).isEqualTo(new Route.Unknown());
    }
}
