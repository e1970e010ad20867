package io.pokeapi.suite.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.client.HttpClients;
import io.pokeapi.suite.client.RevalidationCache;
import io.pokeapi.suite.config.SettingSource;
import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.config.SettingsLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's count of body bytes the API sent: a revalidated document costs none. */
class RequestRecorderTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void aFetchedBodyCountsItsLengthAndA304Nothing(@TempDir Path folder) throws Exception {
        Settings settings = new SettingsLoader(new SettingSource().withLayer(Map.of(), "test")).load();
        RequestRecorder recorder = new RequestRecorder();
        String body = "{\"id\":25,\"name\":\"pikachu\"}";
        server.enqueue(new MockResponse.Builder().code(200).addHeader("ETag", "W/\"1a-x\"").body(body).build());
        server.enqueue(new MockResponse.Builder().code(304).addHeader("ETag", "W/\"1a-x\"").build());
        try (RevalidationCache cache = RevalidationCache.open(folder).orElseThrow()) {
            OkHttpClient http = HttpClients.create(settings, List.of(recorder), Optional.of(cache));
            Request pikachu = new Request.Builder().url(server.url("/api/v2/pokemon/pikachu")).build();

            http.newCall(pikachu).execute().close();
            long first = recorder.bodyBytes();
            recorder.clear();
            http.newCall(pikachu).execute().close();

            assertThat(first).isEqualTo(body.length());
            assertThat(recorder.bodyBytes()).isZero();
            assertThat(recorder.urls()).containsExactly(pikachu.url().toString());
        }
    }
}
