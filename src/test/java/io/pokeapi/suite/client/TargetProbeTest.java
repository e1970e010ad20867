package io.pokeapi.suite.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pokeapi.suite.config.SettingSource;
import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.config.SettingsLoader;
import java.io.IOException;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class TargetProbeTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private static PokeApiClient clientFor(String baseUrl) {
        Settings settings = new SettingsLoader(new SettingSource()
                .withLayer(Map.of("POKEAPI_BASE_URL", baseUrl), "test")).load();
        return new PokeApiClient(HttpClients.create(settings), settings.baseUrl());
    }

    @Test
    void aRootAnsweringOkPassesAndWasAskedOnce() throws InterruptedException {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"pokemon\": \"x\"}").build());

        assertThatCode(() -> TargetProbe.check(clientFor(server.url("/api/v2").toString())))
                .doesNotThrowAnyException();
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anUnreachableTargetNamesTheBaseUrlAndHowToFixIt() throws IOException {
        MockWebServer closed = new MockWebServer();
        closed.start();
        String baseUrl = closed.url("/api/v2").toString();
        closed.close();
        PokeApiClient client = clientFor(baseUrl);

        assertThatThrownBy(() -> TargetProbe.check(client))
                .isInstanceOf(TargetUnreachableException.class)
                .hasMessageStartingWith("PokéAPI at " + baseUrl + " is unreachable: ")
                .hasMessageContaining("POKEAPI_BASE_URL")
                .hasMessageContaining("TARGET=replica");
    }

    @Test
    void aRootAnswering404NamesTheStatusAndTheExpectedBasePath() {
        server.enqueue(new MockResponse.Builder().code(404).body("Not Found").build());
        String baseUrl = server.url("/").toString();
        PokeApiClient client = clientFor(baseUrl);

        assertThatThrownBy(() -> TargetProbe.check(client))
                .isInstanceOf(TargetUnreachableException.class)
                .hasMessageContaining(" answered 404 ")
                .hasMessageContaining("ends in /api/v2")
                .hasMessageContaining("POKEAPI_BASE_URL");
    }

    @Test
    void aRootAnsweringAServerErrorIsNotAccepted() {
        server.enqueue(new MockResponse.Builder().code(503).build());
        PokeApiClient client = clientFor(server.url("/api/v2").toString());

        assertThatThrownBy(() -> TargetProbe.check(client))
                .isInstanceOf(TargetUnreachableException.class)
                .hasMessageContaining("PokéAPI at " + server.url("/api/v2") + " answered 503");
    }
}
