package io.pokeapi.suite.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.config.SettingSource;
import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.config.SettingsLoader;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client asks the API about every request and, told nothing changed, gives the body it kept. */
class RevalidationTest {

    private static final String PIKACHU = "{\"id\":25,\"name\":\"pikachu\"}";
    private static final String ETAG = "W/\"1b-pikachu\"";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path folder;

    private final Settings settings = new SettingsLoader(new SettingSource().withLayer(Map.of(), "test")).load();
    private RevalidationCache cache;

    @AfterEach
    void closeTheCache() {
        if (cache != null) {
            cache.close();
        }
    }

    private PokeApiClient client() {
        cache = RevalidationCache.open(folder).orElseThrow();
        return new PokeApiClient(http(), URI.create(server.url("/api/v2").toString()));
    }

    private OkHttpClient http() {
        return HttpClients.create(settings, List.of(), Optional.of(cache));
    }

    private void answerPikachu() {
        // A day's freshness, as PokéAPI gives: the client must ask all the same.
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .addHeader("Cache-Control", "public, max-age=86400, s-maxage=86400").addHeader("ETag", ETAG)
                .body(PIKACHU).build());
    }

    @Test
    void aKeptBodyIsAskedForAgainWithItsETagAndA304GivesItBack() throws Exception {
        PokeApiClient client = client();
        answerPikachu();
        server.enqueue(new MockResponse.Builder().code(304).addHeader("ETag", ETAG).build());

        ApiResponse first = client.resource("pokemon", "pikachu");
        ApiResponse second = client.resource("pokemon", "pikachu");

        RecordedRequest firstRequest = server.takeRequest();
        RecordedRequest secondRequest = server.takeRequest();
        assertThat(firstRequest.getHeaders().get("If-None-Match")).isNull();
        assertThat(secondRequest.getHeaders().get("If-None-Match")).as("asked again, with the kept ETag")
                .isEqualTo(ETAG);
        assertThat(first.revalidated()).isFalse();
        assertThat(second.revalidated()).isTrue();
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(PIKACHU);
    }

    @Test
    void aChangedDocumentComesWithItsNewBody() throws Exception {
        PokeApiClient client = client();
        answerPikachu();
        String changed = "{\"id\":25,\"name\":\"pikachu\",\"order\":36}";
        server.enqueue(new MockResponse.Builder().code(200).addHeader("ETag", "W/\"24-changed\"").body(changed).build());

        client.resource("pokemon", "pikachu");
        ApiResponse second = client.resource("pokemon", "pikachu");

        assertThat(second.revalidated()).isFalse();
        assertThat(second.body()).isEqualTo(changed);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aRequestWithItsOwnConditionGetsTheRaw304() throws Exception {
        cache = RevalidationCache.open(folder).orElseThrow();
        OkHttpClient http = http();
        answerPikachu();
        server.enqueue(new MockResponse.Builder().code(304).addHeader("ETag", ETAG).build());
        http.newCall(new Request.Builder().url(server.url("/api/v2/pokemon/pikachu")).build()).execute().close();

        try (Response conditional = http.newCall(new Request.Builder().url(server.url("/api/v2/pokemon/pikachu"))
                .header("If-None-Match", ETAG).build()).execute()) {
            assertThat(conditional.code()).isEqualTo(304);
            assertThat(RevalidateInterceptor.revalidated(conditional)).isFalse();
        }
    }

    @Test
    void withoutACacheEveryRequestIsUnconditional() throws Exception {
        PokeApiClient client = new PokeApiClient(HttpClients.create(settings, List.of(), Optional.empty()),
                URI.create(server.url("/api/v2").toString()));
        answerPikachu();
        answerPikachu();

        client.resource("pokemon", "pikachu");
        ApiResponse second = client.resource("pokemon", "pikachu");

        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("If-None-Match")).isNull();
        assertThat(second.revalidated()).isFalse();
    }

    @Test
    void oneSuiteAtATimeHoldsTheFolder() {
        cache = RevalidationCache.open(folder).orElseThrow();

        assertThat(RevalidationCache.open(folder)).as("held by the first").isEmpty();
        cache.close();
        Optional<RevalidationCache> again = RevalidationCache.open(folder);
        assertThat(again).as("free once the first closed it").isPresent();
        cache = again.get();
    }
}
