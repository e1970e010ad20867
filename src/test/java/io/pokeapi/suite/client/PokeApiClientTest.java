package io.pokeapi.suite.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pokeapi.suite.config.SettingSource;
import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.config.SettingsLoader;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class PokeApiClientTest {

    private static final String PIKACHU = """
            {
              "id": 25,
              "name": "pikachu",
              "height": 4,
              "weight": 60,
              "base_experience": 112,
              "order": 35,
              "is_default": true,
              "types": [{"slot": 1, "type": {"name": "electric", "url": "https://pokeapi.co/api/v2/type/13/"}}],
              "abilities": [
                {"ability": {"name": "static", "url": "https://pokeapi.co/api/v2/ability/9/"}, "is_hidden": false, "slot": 1},
                {"ability": {"name": "lightning-rod", "url": "https://pokeapi.co/api/v2/ability/31/"}, "is_hidden": true, "slot": 3}
              ],
              "stats": [{"base_stat": 90, "effort": 2, "stat": {"name": "speed", "url": "https://pokeapi.co/api/v2/stat/6/"}}],
              "species": {"name": "pikachu", "url": "https://pokeapi.co/api/v2/pokemon-species/25/"},
              "moves": [{"move": {"name": "thunder-shock", "url": "https://pokeapi.co/api/v2/move/84/"}}]
            }
            """;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private static Settings settings(Map<String, String> values) {
        return new SettingsLoader(new SettingSource().withLayer(values, "test")).load();
    }

    private PokeApiClient client() {
        Settings settings = settings(Map.of("POKEAPI_BASE_URL", server.url("/api/v2").toString()));
        return new PokeApiClient(HttpClients.create(settings), settings.baseUrl());
    }

    private void answer(int code, String body) {
        server.enqueue(new MockResponse.Builder().code(code).body(body).build());
    }

    @Test
    void rootRequestsTheBaseUrlWithATrailingSlash() throws InterruptedException {
        answer(200, "{}");

        ApiResponse response = client().root();

        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/");
        assertThat(response.endpoint()).isEqualTo(new Endpoint("/"));
    }

    @Test
    void resourceRequestsTheResourceByName() throws InterruptedException {
        answer(200, PIKACHU);

        ApiResponse response = client().resource("pokemon", "pikachu");

        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/pokemon/pikachu");
        assertThat(response.endpoint()).isEqualTo(new Endpoint("/pokemon/{name}"));
    }

    @Test
    void resourceRequestsTheResourceById() throws InterruptedException {
        answer(200, PIKACHU);

        ApiResponse response = client().resource("pokemon", "25");

        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/pokemon/25");
        assertThat(response.endpoint()).isEqualTo(new Endpoint("/pokemon/{id}"));
    }

    @Test
    void listRequestsAPageWithOffsetAndLimit() throws InterruptedException {
        answer(200, "{\"count\": 0, \"next\": null, \"previous\": null, \"results\": []}");

        ApiResponse response = client().list("pokemon", OptionalInt.of(5), OptionalInt.of(10));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v2/pokemon/");
        assertThat(request.getUrl().queryParameter("offset")).isEqualTo("5");
        assertThat(request.getUrl().queryParameter("limit")).isEqualTo("10");
        assertThat(response.endpoint()).isEqualTo(new Endpoint("/pokemon"));
    }

    @Test
    void listWithoutOffsetOrLimitSendsNoQuery() throws InterruptedException {
        answer(200, "{\"count\": 0, \"next\": null, \"previous\": null, \"results\": []}");

        client().list("ability", OptionalInt.empty(), OptionalInt.empty());

        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/ability/");
    }

    @Test
    void followRequestsTheLinkAndComputesItsEndpointBelowTheBaseUrl() throws InterruptedException {
        answer(200, "[]");

        ApiResponse response = client().follow(server.url("/api/v2/pokemon/25/encounters").toString());

        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/pokemon/25/encounters");
        assertThat(response.endpoint()).isEqualTo(new Endpoint("/pokemon/{id}/encounters"));
    }

    @Test
    void followRejectsARelativeLink() {
        assertThatIllegalArgumentException().isThrownBy(() -> client().follow("/api/v2/pokemon/25"))
                .withMessageContaining("'/api/v2/pokemon/25'")
                .withMessageContaining("not an absolute http(s) URL");
    }

    @Test
    void aBaseUrlWithoutAPathComputesEndpointsFromTheFirstSegment() throws InterruptedException {
        answer(200, PIKACHU);
        Settings settings = settings(Map.of("POKEAPI_BASE_URL", server.url("/").toString()));
        PokeApiClient client = new PokeApiClient(HttpClients.create(settings), settings.baseUrl());

        ApiResponse response = client.resource("pokemon", "25");

        assertThat(server.takeRequest().getTarget()).isEqualTo("/pokemon/25");
        assertThat(response.endpoint()).isEqualTo(new Endpoint("/pokemon/{id}"));
    }

    @Test
    void everyRequestNamesTheSuiteAsUserAgent() throws InterruptedException {
        answer(200, "{}");

        client().root();

        assertThat(server.takeRequest().getHeaders().get("User-Agent")).isEqualTo(HttpClients.USER_AGENT);
        assertThat(HttpClients.USER_AGENT).startsWith("pokeapi-observability-tests/");
    }

    @Test
    void everyRequestCarriesItsEndpointAsTag() {
        answer(200, PIKACHU);
        List<Endpoint> tags = new CopyOnWriteArrayList<>();
        Settings settings = settings(Map.of("POKEAPI_BASE_URL", server.url("/api/v2").toString()));
        OkHttpClient http = HttpClients.create(settings).newBuilder()
                .addInterceptor(chain -> {
                    tags.add(chain.request().tag(Endpoint.class));
                    return chain.proceed(chain.request());
                })
                .build();

        new PokeApiClient(http, settings.baseUrl()).resource("pokemon", "25");

        assertThat(tags).containsExactly(new Endpoint("/pokemon/{id}"));
    }

    @Test
    void theResponseKeepsStatusContentTypeBodyAndUrl() {
        server.enqueue(new MockResponse.Builder().code(200)
                .addHeader("Content-Type", "application/json; charset=utf-8")
                .body(PIKACHU).build());

        ApiResponse response = client().resource("pokemon", "pikachu");

        assertThat(response.method()).isEqualTo("GET");
        assertThat(response.url()).isEqualTo(server.url("/api/v2/pokemon/pikachu").toString());
        assertThat(response.request()).isEqualTo("GET " + server.url("/api/v2/pokemon/pikachu"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.isSuccessful()).isTrue();
        assertThat(response.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(response.body()).isEqualTo(PIKACHU);
    }

    @Test
    void aResponseWithoutContentTypeHasAnEmptyOne() {
        answer(200, "{}");

        assertThat(client().root().contentType()).isEmpty();
    }

    @Test
    void anErrorStatusIsAResponseNotAnException() {
        answer(404, "Not Found");

        ApiResponse response = client().resource("pokemon", "nobody");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isSuccessful()).isFalse();
    }

    @Test
    void asParsesSnakeCaseFieldsIntoTheModel() {
        answer(200, PIKACHU);

        Pokemon pikachu = client().resource("pokemon", "pikachu").as(Pokemon.class);

        assertThat(pikachu.id()).isEqualTo(25);
        assertThat(pikachu.name()).isEqualTo("pikachu");
        assertThat(pikachu.height()).isEqualTo(4);
        assertThat(pikachu.weight()).isEqualTo(60);
        assertThat(pikachu.baseExperience()).isEqualTo(112);
        assertThat(pikachu.order()).isEqualTo(35);
        assertThat(pikachu.isDefault()).isTrue();
        assertThat(pikachu.types()).containsExactly(new Pokemon.TypeSlot(1,
                new NamedResource("electric", "https://pokeapi.co/api/v2/type/13/")));
        assertThat(pikachu.abilities()).extracting(a -> a.ability().name(), Pokemon.AbilitySlot::isHidden,
                        Pokemon.AbilitySlot::slot)
                .containsExactly(Tuple.tuple("static", false, 1),
                        Tuple.tuple("lightning-rod", true, 3));
        assertThat(pikachu.stats()).containsExactly(new Pokemon.Stat(90, 2,
                new NamedResource("speed", "https://pokeapi.co/api/v2/stat/6/")));
        assertThat(pikachu.species().name()).isEqualTo("pikachu");
        assertThat(pikachu.moves()).extracting(m -> m.move().name()).containsExactly("thunder-shock");
    }

    @Test
    void aNullBaseExperienceStaysNull() {
        answer(200, "{\"id\": 10093, \"name\": \"pikachu-cosplay\", \"base_experience\": null}");

        assertThat(client().resource("pokemon", "10093").as(Pokemon.class).baseExperience()).isNull();
    }

    @Test
    void trailingWhitespaceAfterTheDocumentIsFine() {
        answer(200, "{\"id\": 25}\n\n");

        assertThat(client().resource("pokemon", "25").as(Pokemon.class).id()).isEqualTo(25);
    }

    @Test
    void truncatedJsonIsMalformedAndTheMessageNamesTheUrlAndTheProblem() {
        answer(200, "{\"id\": 25,");
        PokeApiClient client = client();

        assertThatThrownBy(() -> client.resource("pokemon", "25").as(Pokemon.class))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("GET " + server.url("/api/v2/pokemon/25"))
                .hasMessageContaining("End of input");
    }

    @Test
    void contentAfterTheDocumentIsMalformedAndTheMessageSaysWhere() {
        answer(200, "{\"id\": 25} garbage");
        PokeApiClient client = client();

        assertThatThrownBy(() -> client.resource("pokemon", "25").as(Pokemon.class))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("GET " + server.url("/api/v2/pokemon/25"))
                .hasMessageContaining("line 1 column 13");
    }

    @Test
    void aParseErrorLeavesOutGsonsAdviceToParseLeniently() {
        answer(200, "{\"id\": 25} garbage");
        PokeApiClient client = client();

        assertThatThrownBy(() -> client.resource("pokemon", "25").as(Pokemon.class))
                .hasMessageStartingWith("Response of GET " + server.url("/api/v2/pokemon/25") + " (status 200) "
                        + "is not valid JSON: ")
                .hasMessageNotContaining("LENIENT")
                .hasMessageNotContaining("Troubleshooting");
    }

    @Test
    void aSecondDocumentAfterTheFirstIsMalformed() {
        answer(200, "{\"id\": 25}{\"id\": 26}");
        PokeApiClient client = client();

        assertThatThrownBy(() -> client.resource("pokemon", "25").json())
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("GET " + server.url("/api/v2/pokemon/25"));
    }

    @Test
    void anEmptyBodyIsMalformed() {
        answer(200, "");
        PokeApiClient client = client();

        assertThatThrownBy(() -> client.resource("pokemon", "25").as(Pokemon.class))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("GET " + server.url("/api/v2/pokemon/25"))
                .hasMessageContaining("the body is empty");
    }

    @Test
    void aValueOfTheWrongTypeDoesNotFitTheModel() {
        answer(200, "{\"id\": \"x\"}");
        PokeApiClient client = client();

        assertThatThrownBy(() -> client.resource("pokemon", "25").as(Pokemon.class))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("GET " + server.url("/api/v2/pokemon/25"))
                .hasMessageContaining("does not fit the Pokemon model")
                .hasMessageContaining("$.id");
    }

    @Test
    void anArrayWhereTheModelWantsAnObjectDoesNotFitTheModel() {
        answer(200, "[25]");
        PokeApiClient client = client();

        assertThatThrownBy(() -> client.resource("pokemon", "25").as(Pokemon.class))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("does not fit the Pokemon model");
    }

    @Test
    void aNullDocumentDoesNotFitTheModel() {
        answer(200, "null");
        PokeApiClient client = client();

        assertThatThrownBy(() -> client.resource("pokemon", "25").as(Pokemon.class))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("GET " + server.url("/api/v2/pokemon/25"))
                .hasMessageContaining("does not fit the Pokemon model");
    }

    @Test
    void asOnAnErrorStatusNamesTheUrlAndTheStatus() {
        answer(404, "Not Found");
        PokeApiClient client = client();

        assertThatThrownBy(() -> client.resource("pokemon", "nobody").as(Pokemon.class))
                .isInstanceOf(UnexpectedStatusException.class)
                .hasMessageStartingWith("GET " + server.url("/api/v2/pokemon/nobody") + " answered 404")
                .hasMessageContaining("a Pokemon document was expected")
                .hasMessageEndingWith(": Not Found");
    }

    @Test
    void aRefusedConnectionIsAnApiCallExceptionNamingTheUrl() throws IOException {
        MockWebServer closed = new MockWebServer();
        closed.start();
        String baseUrl = closed.url("/api/v2").toString();
        closed.close();
        Settings settings = settings(Map.of("POKEAPI_BASE_URL", baseUrl));
        PokeApiClient client = new PokeApiClient(HttpClients.create(settings), settings.baseUrl());

        assertThatThrownBy(() -> client.resource("pokemon", "25"))
                .isInstanceOf(ApiCallException.class)
                .hasMessageStartingWith("GET " + baseUrl + "/pokemon/25 failed: ");
    }

    @Test
    void aReadTimeoutIsAnApiCallExceptionSayingTimedOut() {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(10, TimeUnit.SECONDS).build());
        Settings settings = settings(Map.of(
                "POKEAPI_BASE_URL", server.url("/api/v2").toString(),
                "HTTP_READ_TIMEOUT", "100ms"));
        PokeApiClient client = new PokeApiClient(HttpClients.create(settings), settings.baseUrl());

        assertThatThrownBy(() -> client.resource("pokemon", "25"))
                .isInstanceOf(ApiCallException.class)
                .hasMessageStartingWith("GET " + server.url("/api/v2/pokemon/25") + " failed: timed out");
    }
}
