package io.pokeapi.suite.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.google.gson.JsonObject;
import io.pokeapi.suite.client.ApiCallException;
import io.pokeapi.suite.client.HttpClients;
import io.pokeapi.suite.client.PokeApiClient;
import io.pokeapi.suite.config.ObservabilitySettings.LogFormat;
import io.pokeapi.suite.config.SettingSource;
import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.config.SettingsLoader;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RequestLogInterceptorTest {

    private static final String BODY = "{\"name\": \"pikachu\", \"id\": 25}";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private PokeApiClient client(Map<String, String> values) {
        Settings settings = new SettingsLoader(new SettingSource().withLayer(values, "test")).load();
        OkHttpClient http = HttpClients.create(settings, List.of(new RequestLogInterceptor()));
        return new PokeApiClient(http, URI.create(server.url("/api/v2").toString()));
    }

    @Test
    void eachRequestIsOneLineWithItsEndpointMethodStatusAndLatencyAndNoBody() {
        server.enqueue(new MockResponse.Builder().code(200).body(BODY).bodyDelay(60, TimeUnit.MILLISECONDS).build());
        server.enqueue(new MockResponse.Builder().code(404).body("{\"detail\": \"Not found.\"}").build());
        try (CapturedLogs logs = new CapturedLogs(LogFormat.JSON)) {
            PokeApiClient client = client(Map.of());
            client.resource("pokemon", "pikachu");
            client.resource("pokemon", "25");

            List<JsonObject> lines = logs.jsonLines();
            assertThat(lines).hasSize(2);
            JsonObject first = lines.get(0);
            assertThat(first.get("level").getAsString()).isEqualTo("INFO");
            assertThat(first.get("endpoint").getAsString()).isEqualTo("/pokemon/{name}");
            assertThat(first.get("method").getAsString()).isEqualTo("GET");
            assertThat(first.get("status").getAsInt()).isEqualTo(200);
            assertThat(first.get("latency_ms").getAsLong()).as("until the body was read").isGreaterThanOrEqualTo(60);
            assertThat(first.get("message").getAsString()).matches("GET /pokemon/\\{name} answered 200 in \\d+ ms");
            assertThat(lines.get(1).get("endpoint").getAsString()).isEqualTo("/pokemon/{id}");
            assertThat(lines.get(1).get("status").getAsInt()).isEqualTo(404);
            assertThat(logs.stdout()).as("neither bodies nor URLs").doesNotContain("pikachu\"").doesNotContain("Not found")
                    .doesNotContain(server.url("/").toString()).doesNotContain("/api/v2");
        }
    }

    @Test
    void aServerErrorIsAWarning() {
        server.enqueue(new MockResponse.Builder().code(503).body("{}").build());
        try (CapturedLogs logs = new CapturedLogs(LogFormat.JSON)) {
            client(Map.of()).list("type", OptionalInt.empty(), OptionalInt.empty());

            assertThat(logs.jsonLines()).singleElement().satisfies(line -> {
                assertThat(line.get("level").getAsString()).isEqualTo("WARN");
                assertThat(line.get("endpoint").getAsString()).isEqualTo("/type");
                assertThat(line.get("status").getAsInt()).isEqualTo(503);
            });
        }
    }

    @Test
    void aRequestWithoutResponseIsLeftToItsCallerAndIsADebugLineSayingWhy() {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(2, TimeUnit.SECONDS).build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(2, TimeUnit.SECONDS).build());
        Logger logger = (Logger) LoggerFactory.getLogger(RequestLogInterceptor.class);
        try (CapturedLogs logs = new CapturedLogs(LogFormat.JSON)) {
            PokeApiClient client = client(Map.of("HTTP_READ_TIMEOUT", "100ms", "HTTP_CALL_TIMEOUT", "1s"));

            assertThatThrownBy(() -> client.resource("ability", "static")).isInstanceOf(ApiCallException.class);
            assertThat(logs.stdout()).as("at INFO").isEmpty();

            logger.setLevel(Level.DEBUG);
            assertThatThrownBy(() -> client.resource("ability", "static")).isInstanceOf(ApiCallException.class);
            assertThat(logs.jsonLines()).singleElement().satisfies(line -> {
                assertThat(line.get("level").getAsString()).isEqualTo("DEBUG");
                assertThat(line.get("endpoint").getAsString()).isEqualTo("/ability/{name}");
                assertThat(line.has("status")).isFalse();
                assertThat(line.get("message").getAsString()).matches("GET /ability/\\{name} got no response after "
                        + "\\d+ ms: java.net.SocketTimeoutException: .*");
            });
        } finally {
            logger.setLevel(null);
        }
    }
}
